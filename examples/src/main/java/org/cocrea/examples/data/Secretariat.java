package org.cocrea.examples.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.cocrea.core.Attendance;
import org.cocrea.core.DecisionRule;
import org.cocrea.core.ForumType;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.RepresentationModel;
import org.cocrea.core.Resolution;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.SessionType;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.cocrea.core.PartialDate;

/**
 * Builds an example's Secretariado Técnico Local from its own facts (who sits, who chairs, which sessions took place
 * and what they agreed) by the conventions all the examples share:
 *
 * <ul>
 *   <li>every titular seat starts on the installation day and has an alternate; titulars are numbered
 *       {@code m-<code>-01}, {@code -02}, ... in the order declared, their alternates follow in the same order, and
 *       the facilitator's seat comes last;</li>
 *   <li>guarantor-body seats are ex officio, regional links designated by the civil-society nucleus, the other seats
 *       by invitation;</li>
 *   <li>sessions are numbered from 1 in the order declared ({@code s-<code>-01}, minutes at
 *       {@code <web>/sesiones/01.pdf}), chaired by the seat with role CHAIR, attended by every titular seat already in
 *       office, with the agenda sent five days before; every resolution is taken by consensus, with the votes of all
 *       titular seats;</li>
 *   <li>the operating rules are dated by the session that approved them (a RULES_APPROVAL resolution) and published at
 *       {@code <web>/lineamientos.pdf}; the installation act is at {@code <web>/acta-instalacion.pdf} and designates
 *       the facilitator when the facilitator's seat starts on the installation day.</li>
 * </ul>
 *
 * <pre>{@code
 * Secretariat stl = new Secretariat("dgo", "https://durango.cocrea.example", LocalDate.of(2015, 4, 10))
 *     .seat(IDAIP, "p-dgo-idaip", Sector.GUARANTOR_BODY, StlRole.TECHNICAL_SECRETARIAT)
 *     .seat(AYTO, null, Sector.GOVERNMENT, StlRole.CHAIR)
 *     .seat(CONSEJO, null, Sector.CIVIL_SOCIETY, StlRole.CO_CHAIR)
 *     .installation(List.of("Instalación del STL"), agreement("r-dgo-00", ResolutionKind.OTHER, "Se instala."))
 *     .ordinary(LocalDate.of(2015, 4, 24), List.of("Lineamientos de operación"),
 *         agreement("r-dgo-01", ResolutionKind.RULES_APPROVAL, "Se aprueban los lineamientos."))
 *     .followUps(LocalDate.of(2015, 11, 20), LocalDate.of(2016, 2, 26))
 *     .quorum(2).model(RepresentationModel.TRIPARTITE).act("Victoria de Durango, Dgo.", signatories);
 * LocalTechnicalSecretariat value = stl.build();
 * }</pre>
 */
final class Secretariat {

  /** A resolution as the sources state it; the session it is taken in counts the votes. */
  record Agreement(String id, ResolutionKind kind, String text) {}

  private record SessionSpec(SessionType type, LocalDate date, List<String> agenda, List<Agreement> agreements) {}

  private final String code;
  private final String web;
  private final LocalDate installed;
  private final List<StlMembership> titulars = new ArrayList<>();
  private final List<SessionSpec> sessions = new ArrayList<>();
  private StlMembership.Builder facilitator;
  private LocalDate facilitatorFrom;
  private String place;
  private List<Signatory> signatories = List.of();
  private RepresentationModel model;
  private int quorum;

  /**
   * A secretariat with no seats and no sessions yet.
   *
   * @param code the exercise's short code in ids ({@code "dgo"} gives {@code stl-dgo}, {@code m-dgo-01}, ...)
   * @param web the exercise's web address, without a trailing slash
   * @param installed the installation day: the first session and the start of every titular seat
   */
  Secretariat(String code, String web, LocalDate installed) {
    this.code = Objects.requireNonNull(code, "code");
    this.web = Objects.requireNonNull(web, "web");
    this.installed = Objects.requireNonNull(installed, "installed");
  }

  /** A resolution for {@link #installation}, {@link #ordinary} or {@link #extraordinary}. */
  static Agreement agreement(String id, ResolutionKind kind, String text) {
    return new Agreement(id, kind, text);
  }

  // ------------------------------------------------------------------------------------------------ seats

  /**
   * Adds a titular seat (and its alternate).
   *
   * @param personId the person holding it, or null when the sources do not say
   */
  Secretariat seat(String orgId, String personId, Sector sector, StlRole role) {
    StlMembership.Builder b = StlMembership.builder().organizationId(orgId).seatSector(sector).role(role).titular(true)
        .selection(sector == Sector.GUARANTOR_BODY ? SelectionMethod.EX_OFFICIO : SelectionMethod.INVITATION)
        .startDate(installed);
    if (personId != null) {
      b.personId(personId);
    }
    return add(b);
  }

  /** Adds a civil-society regional link's seat (and its alternate), designated by the nucleus of organisations. */
  Secretariat regionalLink(String orgId, String region) {
    return add(StlMembership.builder().organizationId(orgId).seatSector(Sector.CIVIL_SOCIETY)
        .role(StlRole.REGIONAL_LINK).titular(true).selection(SelectionMethod.DESIGNATED_BY_CSO_NUCLEUS)
        .startDate(installed).region(region));
  }

  private Secretariat add(StlMembership.Builder titular) {
    titulars.add(titular.id(seatId(titulars.size() + 1)).build());
    return this;
  }

  /** Sets the facilitator, invited on {@code from}, who sits for an organisation in the given sector. */
  Secretariat facilitator(String orgId, String personId, Sector sector, LocalDate from) {
    facilitator = StlMembership.builder().organizationId(orgId).personId(personId).seatSector(sector);
    return facilitatorFrom(from);
  }

  /** Sets a facilitator who sits in their own name, invited on {@code from}. */
  Secretariat facilitator(String personId, LocalDate from) {
    facilitator = StlMembership.builder().personId(personId);
    return facilitatorFrom(from);
  }

  private Secretariat facilitatorFrom(LocalDate from) {
    facilitator.role(StlRole.FACILITATOR).titular(true).selection(SelectionMethod.INVITATION).startDate(from);
    facilitatorFrom = from;
    return this;
  }

  /** Every seat: each titular followed by its alternate, then the facilitator. */
  List<StlMembership> seats() {
    List<StlMembership> seats = new ArrayList<>();
    int next = titulars.size() + 1;
    for (StlMembership t : titulars) {
      seats.add(t);
      StlMembership.Builder a = StlMembership.builder().id(seatId(next++))
          .organizationId(t.organizationId().orElseThrow()).seatSector(t.seatSector().orElseThrow())
          .role(StlRole.MEMBER).titular(false).alternateOfId(t.id()).selection(t.selection().orElseThrow())
          .startDate(t.startDate().orElseThrow());
      t.publicCallId().ifPresent(a::publicCallId);
      t.region().ifPresent(a::region);
      seats.add(a.build());
    }
    if (facilitator != null) {
      seats.add(facilitator.id(seatId(next)).build());
    }
    return seats;
  }

  /** The organisations holding a seat, the facilitator's included. */
  Set<String> organizationIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (StlMembership m : seats()) {
      m.organizationId().ifPresent(ids::add);
    }
    return ids;
  }

  private String seatId(int n) {
    return "m-" + code + "-" + twoDigits(n);
  }

  // ------------------------------------------------------------------------------------------------ sessions

  /** Adds the installation session, held on the installation day. */
  Secretariat installation(List<String> agenda, Agreement... agreements) {
    return session(SessionType.INSTALLATION, installed, agenda, agreements);
  }

  /** Adds an ordinary session. */
  Secretariat ordinary(LocalDate date, List<String> agenda, Agreement... agreements) {
    return session(SessionType.ORDINARY, date, agenda, agreements);
  }

  /** Adds an extraordinary session. */
  Secretariat extraordinary(LocalDate date, List<String> agenda, Agreement... agreements) {
    return session(SessionType.EXTRAORDINARY, date, agenda, agreements);
  }

  /**
   * Adds ordinary follow-up sessions on the given dates, each taking note of the progress of the plan in resolution
   * {@code r-<code>-s<number>}.
   */
  Secretariat followUps(LocalDate... dates) {
    for (LocalDate date : dates) {
      String number = twoDigits(sessions.size() + 1);
      ordinary(date, List.of("Lista de asistencia y declaración de quórum", "Aprobación del orden del día",
              "Seguimiento de los compromisos del Plan de Acción Local", "Asuntos generales"),
          agreement("r-" + code + "-s" + number, ResolutionKind.OTHER,
              "Se tiene por presentado el avance de los compromisos y se acuerda publicarlo."));
    }
    return this;
  }

  private Secretariat session(SessionType type, LocalDate date, List<String> agenda, Agreement... agreements) {
    sessions.add(new SessionSpec(type, date, List.copyOf(agenda), Arrays.asList(agreements)));
    return this;
  }

  // ------------------------------------------------------------------------------------------------ the rest

  /**
   * Sets the quorum of the operating rules: how many members must be present, among them at least one from government
   * and one from civil society.
   */
  Secretariat quorum(int minMembers) {
    this.quorum = minMembers;
    return this;
  }

  /** Sets the representation model. */
  Secretariat model(RepresentationModel model) {
    this.model = model;
    return this;
  }

  /** Sets where the installation act was signed and who signed it, in order. */
  Secretariat act(String place, Signatory... signatories) {
    this.place = place;
    this.signatories = List.of(signatories);
    return this;
  }

  /**
   * The secretariat: active, a decision-making forum, with the seats, sessions, rules and act declared.
   *
   * @throws IllegalStateException if no session approves the operating rules
   */
  LocalTechnicalSecretariat build() {
    List<StlMembership> seats = seats();
    List<StlSession> built = sessions(seats);
    LocalDate rulesApproved = built.stream().filter(s -> s.resolutions().stream()
            .anyMatch(r -> r.kind().orElse(null) == ResolutionKind.RULES_APPROVAL))
        .findFirst().flatMap(StlSession::date).map(PartialDate::earliest)
        .orElseThrow(() -> new IllegalStateException("no session approves the operating rules"));
    boolean facilitatorAtInstallation = installed.equals(facilitatorFrom);
    return LocalTechnicalSecretariat.builder().id("stl-" + code)
        .installedOn(installed)
        .installationAct(InstallationAct.builder().date(installed).place(place).signatories(signatories)
            .documentUrl(web + "/acta-instalacion.pdf").facilitatorDesignated(facilitatorAtInstallation).build())
        .memberships(seats)
        .representationModel(model)
        .forumType(ForumType.DECISION_MAKING)
        .rules(OperatingRules.builder().approvedOn(rulesApproved).publishedUrl(web + "/lineamientos.pdf")
            .quorum(QuorumRule.builder().minMembers(quorum).putMinPerSector(Sector.GOVERNMENT, 1)
                .putMinPerSector(Sector.CIVIL_SOCIETY, 1).build())
            .agendaNoticeDays(5).decisionRule(DecisionRule.CONSENSUS).meetingFrequencyMonths(3)
            .alternatesPolicy(true).rotationPolicy(false).successionPlan(true).crisisContinuityAgreement(true)
            .build())
        .sessions(built)
        .status(StlStatus.ACTIVE)
        .build();
  }

  private List<StlSession> sessions(List<StlMembership> seats) {
    String chair = titulars.stream().filter(m -> m.role().orElse(null) == StlRole.CHAIR).findFirst()
        .map(StlMembership::id).orElseThrow(() -> new IllegalStateException("no seat chairs the secretariat"));
    int votes = titulars.size();
    List<StlSession> result = new ArrayList<>();
    int number = 1;
    for (SessionSpec spec : sessions) {
      String n = twoDigits(number);
      StlSession.Builder b = StlSession.builder().id("s-" + code + "-" + n).number(number).type(spec.type())
          .date(spec.date()).chairMembershipId(chair).minutesUrl(web + "/sesiones/" + n + ".pdf")
          .agenda(spec.agenda()).agendaSentOn(spec.date().minusDays(5));
      for (Agreement a : spec.agreements()) {
        b.addResolution(Resolution.builder().id(a.id()).kind(a.kind()).text(a.text())
            .decisionRule(DecisionRule.CONSENSUS).votesFor(votes).votesAgainst(0).abstentions(0).build());
      }
      for (StlMembership m : seats) {
        boolean inOffice = !m.startDate().map(PartialDate::earliest).map(spec.date()::isBefore).orElse(false);
        if (m.titular().orElse(false) && inOffice && m.role().orElse(null) != StlRole.FACILITATOR) {
          b.addAttendance(Attendance.builder().membershipId(m.id()).present(true).asAlternate(false).build());
        }
      }
      result.add(b.build());
      number++;
    }
    return result;
  }

  private static String twoDigits(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }
}
