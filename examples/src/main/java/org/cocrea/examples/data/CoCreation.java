package org.cocrea.examples.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cocrea.core.CallPurpose;
import org.cocrea.core.Channel;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.Disposition;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.Iap2Level;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Proposal;
import org.cocrea.core.PublicCall;
import org.cocrea.core.ReasonedResponse;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.Sector;
import org.cocrea.core.TableKind;
import org.cocrea.core.Technique;

/**
 * Builds an example's co-creation (step 3) from its own facts (the public call, the participatory tables and the
 * proposals they produced) by the conventions all the examples share: the call is {@code call-<code>-mesas} and its
 * publication opens the published timeline; each table's report is at {@code <web>/mesas/<table id>.pdf}; a
 * participant is marked as an STL member when its organisation holds a seat; every reasoned response is published on
 * one date in one document.
 *
 * <pre>{@code
 * CoCreation coCreation = new CoCreation("dgo", WEB, secretariat.organizationIds())
 *     .call(LocalDate.of(2015, 4, 27), LocalDate.of(2015, 5, 8), "convocatoria-mesas.pdf", "Abierta a todos.",
 *         Channel.WEB, Channel.PRESS)
 *     .responses(LocalDate.of(2015, 8, 25), "respuestas-razonadas.pdf")
 *     .table("t-dgo-1", TableKind.THEMATIC, "Salud", LocalDate.of(2015, 5, 12), "Victoria de Durango",
 *         "Auditorio del IDAIP", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IDAIP, CONSEJO)
 *     .adopted("pr-dgo-01", "t-dgo-1", CONSEJO, Sector.CIVIL_SOCIETY, "El problema.", "La solución.");
 * CoCreationProcess process = coCreation.build();
 * }</pre>
 */
final class CoCreation {

  private final String code;
  private final String web;
  private final Set<String> stlOrganizations;
  private final List<DiagnosticInput> diagnostics = new ArrayList<>();
  private final List<ParticipatoryTable> tables = new ArrayList<>();
  private final List<Proposal> proposals = new ArrayList<>();
  private PublicCall call;
  private LocalDate respondedOn;
  private String responsesUrl;

  /**
   * A co-creation with no call, tables or proposals yet.
   *
   * @param code the exercise's short code in ids
   * @param web the exercise's web address, without a trailing slash
   * @param stlOrganizations the organisations holding a seat in the STL ({@link Secretariat#organizationIds()})
   */
  CoCreation(String code, String web, Set<String> stlOrganizations) {
    this.code = Objects.requireNonNull(code, "code");
    this.web = Objects.requireNonNull(web, "web");
    this.stlOrganizations = Set.copyOf(stlOrganizations);
  }

  /** Sets the public call to the tables, published at {@code <web>/<file>}. */
  CoCreation call(LocalDate publishedOn, LocalDate closesOn, String file, String eligibility, Channel... channels) {
    EnumSet<Channel> through = EnumSet.noneOf(Channel.class);
    through.addAll(List.of(channels));
    call = PublicCall.builder().id("call-" + code + "-mesas").purpose(CallPurpose.TABLES).publishedOn(publishedOn)
        .closesOn(closesOn).channels(through).url(web + "/" + file).eligibility(eligibility).build();
    return this;
  }

  /** The public call to the tables. */
  PublicCall call() {
    return Objects.requireNonNull(call, "call() not set");
  }

  /** Sets when and where ({@code <web>/<file>}) the reasoned responses to proposals were published. */
  CoCreation responses(LocalDate publishedOn, String file) {
    respondedOn = publishedOn;
    responsesUrl = web + "/" + file;
    return this;
  }

  /** Adds a diagnostic input (a consultation, a survey) that fed the tables. */
  CoCreation diagnostic(DiagnosticInput input) {
    diagnostics.add(input);
    return this;
  }

  /** Adds a participatory table with the organisations that took part in it. */
  CoCreation table(String id, TableKind kind, String theme, LocalDate date, String city, String venue,
      Iap2Level level, Technique technique, String... participants) {
    List<Participation> ps = new ArrayList<>();
    for (String orgId : participants) {
      ps.add(Participation.builder().organizationId(orgId).stlMember(stlOrganizations.contains(orgId)).build());
    }
    tables.add(ParticipatoryTable.builder().id(id).kind(kind).theme(theme).date(date).city(city).venue(venue)
        .participationLevel(level).technique(technique).participants(ps)
        .reportUrl(web + "/mesas/" + id + ".pdf").build());
    return this;
  }

  /** Adds a proposal adopted without a published response of its own. */
  CoCreation adopted(String id, String tableId, String byOrg, Sector sector, String problem, String solution) {
    return proposal(id, tableId, byOrg, sector, problem, solution, Disposition.ADOPTED, null);
  }

  /**
   * Adds a proposal.
   *
   * @param response the reasoned response, published with the others ({@link #responses}), or null for none
   */
  CoCreation proposal(String id, String tableId, String byOrg, Sector sector, String problem, String solution,
      Disposition disposition, String response) {
    Proposal.Builder b = Proposal.builder().id(id).tableId(tableId).submittedById(byOrg).sector(sector)
        .problem(problem).proposedSolution(solution).disposition(disposition);
    if (response != null) {
      Objects.requireNonNull(respondedOn, "responses() not set");
      b.response(ReasonedResponse.builder().text(response).publishedOn(respondedOn).url(responsesUrl).build());
    }
    proposals.add(b.build());
    return this;
  }

  /** The report of the tables for the repository, published at {@code <web>/mesas/relatorias.pdf}. */
  RepositoryDocument tablesReport(String title, LocalDate publishedOn) {
    return Kit.document(DocumentKind.TABLE_REPORT, title, web + "/mesas/relatorias.pdf", publishedOn);
  }

  /** The document of reasoned responses ({@link #responses}) as the report of the tables, for the repository. */
  RepositoryDocument responsesReport(String title) {
    return Kit.document(DocumentKind.TABLE_REPORT, title, Objects.requireNonNull(responsesUrl, "responses() not set"),
        respondedOn);
  }

  /** The co-creation process: the call, the published timeline, the diagnostic inputs, tables and proposals. */
  CoCreationProcess build() {
    return CoCreationProcess.builder().publicCallId(call().id()).timelinePublishedOn(call().publishedOn().orElseThrow())
        .diagnosticInputs(diagnostics).tables(tables).proposals(proposals).build();
  }
}
