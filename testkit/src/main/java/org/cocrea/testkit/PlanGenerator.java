package org.cocrea.testkit;

import static org.cocrea.testkit.WordLists.CAUSES;
import static org.cocrea.testkit.WordLists.CONCEPTS;
import static org.cocrea.testkit.WordLists.DELIVERABLES;
import static org.cocrea.testkit.WordLists.EFFECTS;
import static org.cocrea.testkit.WordLists.FREQUENCIES;
import static org.cocrea.testkit.WordLists.LEGAL_CONTEXT;
import static org.cocrea.testkit.WordLists.MEANS;
import static org.cocrea.testkit.WordLists.MECHANISMS;
import static org.cocrea.testkit.WordLists.SOURCES;
import static org.cocrea.testkit.WordLists.TITLE_FORMS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cocrea.core.Budget;
import org.cocrea.core.CallPurpose;
import org.cocrea.core.Channel;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentChange;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.ConceptEntry;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.DecisionRule;
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.DiagnosticKind;
import org.cocrea.core.Disposition;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.Iap2Level;
import org.cocrea.core.Indicator;
import org.cocrea.core.IndicatorType;
import org.cocrea.core.Introduction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Measurement;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestonePeriod;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.PalSections;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.Proposal;
import org.cocrea.core.PublicCall;
import org.cocrea.core.ReasonedResponse;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.core.TableKind;
import org.cocrea.core.Technique;
import org.cocrea.testkit.RandomExercises.Size;
import org.cocrea.testkit.WordLists.Theme;

/**
 * The plans: their timeline, co-creation tables and proposals, sections, commitments, milestones and indicators
 * (a part of {@link Generation}).
 */
class PlanGenerator extends TrackingGenerator {

  PlanGenerator(long seed, Size size, double rate) {
    super(seed, size, rate);
  }

  // ---------------------------------------------------------------------------------------------- timeline


  List<PlanDates> timeline() {
    declared = chance(0.1) ? LocalDate.of(2015, 3, 9)
        : LocalDate.of(between(2015, 2019), 1, 1).plusDays(rnd.nextInt(365));
    installed = defect(0.05) ? declared.minusDays(between(5, 40)) : declared.plusDays(between(25, 240));
    List<PlanDates> plans = new ArrayList<>();
    LocalDate previousEnd = null;
    for (int k = 1; k <= size.plans; k++) {
      PlanDates d = new PlanDates();
      d.ordinal = k;
      d.firstTable = previousEnd == null ? installed.plusDays(between(20, 120))
          : previousEnd.minusDays(between(30, 90));
      d.lastTable = d.firstTable.plusDays(between(0, 60));
      d.approvedOn = d.lastTable.plusDays(between(10, 45));
      d.publishedOn = d.approvedOn.plusDays(between(3, 30));
      if (defect(0.05)) {
        d.approvedOn = d.publishedOn.plusDays(between(5, 20));
      }
      d.periodStart = d.publishedOn.plusDays(between(0, 30));
      if (previousEnd != null && !d.periodStart.isAfter(previousEnd)) {
        d.periodStart = previousEnd.plusDays(1);
      }
      double r = rnd.nextDouble();
      int months = defect(0.03) ? 30 : r < 0.7 ? 12 : r < 0.9 ? 18 : 24;
      d.periodEnd = d.periodStart.plusMonths(months).minusDays(1);
      plans.add(d);
      previousEnd = d.periodEnd;
    }
    PlanDates last = plans.get(plans.size() - 1);
    if (chance(0.7)) {
      asOf = last.periodEnd.plusDays(between(45, 240));
    } else {
      long duration = ChronoUnit.DAYS.between(last.periodStart, last.periodEnd);
      asOf = last.periodStart.plusDays(between(215, (int) Math.max(216, duration - 20)));
    }
    decisionRule = pick(DecisionRule.values());
    noticeDays = between(3, 7);
    return plans;
  }

  // ---------------------------------------------------------------------------------------------- plans

  LocalActionPlan plan(PlanDates d) {
    int k = d.ordinal;
    int commitments = size.commitments / size.plans;
    int tableCount = between(size.minTables, size.maxTables);
    CoCreationProcess.Builder co = CoCreationProcess.builder();
    PublicCall call = PublicCall.builder().id(next("call-")).purpose(CallPurpose.TABLES)
        .publishedOn(d.firstTable.minusDays(between(20, 45))).closesOn(d.firstTable.minusDays(between(1, 7)))
        .channels(someOf(Channel.class, 1, 4)).url(url("plan-" + k + "/convocatoria-mesas.pdf"))
        .eligibility("Abierta a toda persona, colectivo u organización interesada.").build();
    calls.add(call);
    co.publicCallId(call.id());
    co.timelinePublishedOn(defect(0.08) ? d.firstTable.minusDays(between(1, 10))
        : d.firstTable.minusDays(between(14, 40)));
    if (!defect(0.08)) {
      int inputs = between(1, 3);
      for (int i = 0; i < inputs; i++) {
        DiagnosticKind kind = pick(DiagnosticKind.values());
        co.addDiagnosticInput(DiagnosticInput.builder().id(next("d-")).kind(kind).technique(pick(Technique.values()))
            .date(dateBetween(d.firstTable.minusDays(90), d.firstTable.minusDays(5)))
            .description("Insumo de diagnóstico para las mesas: " + kind.labelEs().toLowerCase(Locale.ROOT) + ".")
            .participants(between(15, 2500)).reportUrl(url("plan-" + k + "/diagnostico-" + (i + 1) + ".pdf"))
            .build());
      }
    }
    // tables
    double style = rnd.nextDouble();
    List<ParticipatoryTable> tables = new ArrayList<>();
    List<Theme> tableThemes = new ArrayList<>();
    List<List<String>> tableOrgs = new ArrayList<>();
    for (int i = 0; i < tableCount; i++) {
      Theme theme = themes.get((i + (k - 1) * 3) % themes.size());
      TableKind kind = style < 0.5 ? TableKind.THEMATIC
          : style < 0.75 ? (i == tableCount - 1 ? TableKind.SUPPLY : TableKind.DEMAND) : TableKind.REGIONAL;
      if (i == tableCount - 1 && chance(0.2)) {
        kind = TableKind.TECHNOLOGY;
      }
      LocalDate date = i == 0 ? d.firstTable : i == tableCount - 1 ? d.lastTable
          : dateBetween(d.firstTable, d.lastTable);
      String city = kind == TableKind.REGIONAL ? state.municipalities()[i % state.municipalities().length]
          : pick(state.municipalities());
      List<Participation> participants = new ArrayList<>();
      List<String> present = new ArrayList<>();
      boolean onlyGovernment = defect(0.04);
      String office = offices.getOrDefault(theme, head);
      present.add(office);
      if (!onlyGovernment) {
        present.add(guarantor);
        int csos = between(2, 6);
        for (int j = 0; j < csos; j++) {
          String c = pick(civilSociety);
          if (!present.contains(c)) {
            present.add(c);
          }
        }
        if (!academia.isEmpty() && chance(0.4)) {
          present.add(pick(academia));
        }
        if (!otherOrgs.isEmpty() && chance(0.3)) {
          present.add(pick(otherOrgs));
        }
      } else if (government.size() > 1) {
        present.add(pick(government));
      }
      for (String o : new LinkedHashSet<>(present)) {
        Participation.Builder p = Participation.builder().organizationId(o).stlMember(memberOrgs.contains(o));
        if (chance(0.8)) {
          p.sector(orgs.get(o).sector().orElseThrow());
        }
        if (chance(0.3)) {
          p.personId(representative(o));
        }
        participants.add(p.build());
      }
      Iap2Level levelOfParticipation = defect(0.06) ? pick(new Iap2Level[] {Iap2Level.INFORM, Iap2Level.CONSULT})
          : pick(new Iap2Level[] {Iap2Level.INVOLVE, Iap2Level.COLLABORATE, Iap2Level.EMPOWER});
      String id = next("t-");
      tables.add(ParticipatoryTable.builder().id(id).kind(kind).theme(theme.name()).date(date).city(city)
          .venue(pick(new String[] {"Auditorio del organismo garante", "Casa de la Cultura", "Palacio Municipal",
            "Biblioteca Pública Central", "Universidad"}) + " de " + city)
          .participationLevel(levelOfParticipation).technique(pick(Technique.values())).participants(participants)
          .reportUrl(url("plan-" + k + "/mesas/" + id + ".pdf")).build());
      tableThemes.add(theme);
      tableOrgs.add(new ArrayList<>(new LinkedHashSet<>(present)));
      documents.add(document(DocumentKind.TABLE_REPORT, "Relatoría de la mesa " + theme.name(),
          "plan-" + k + "/mesas/" + id + ".pdf", date.plusDays(between(1, 20))));
    }
    co.tables(tables);
    // proposals: the first `commitments` become commitments
    int proposalCount = commitments + Math.max(tableCount, commitments / 4) + between(0, 3);
    List<Proposal> proposals = new ArrayList<>();
    List<Theme> proposalThemes = new ArrayList<>();
    List<String> proposers = new ArrayList<>();
    for (int i = 0; i < proposalCount; i++) {
      int t = i % tableCount;
      Theme theme = tableThemes.get(t);
      List<String> at = tableOrgs.get(t);
      String by = at.get(rnd.nextInt(at.size()));
      Disposition disposition;
      if (i < commitments) {
        disposition = chance(0.8) ? Disposition.ADOPTED : Disposition.MERGED;
      } else {
        double r = rnd.nextDouble();
        disposition = r < 0.25 ? Disposition.ADOPTED : r < 0.45 ? Disposition.MERGED
            : r < 0.7 ? Disposition.DEFERRED : Disposition.REJECTED;
      }
      Proposal.Builder p = Proposal.builder().id(next("pr-")).tableId(tables.get(t).id()).submittedById(by)
          .sector(orgs.get(by).sector().orElseThrow())
          .problem(es("En " + place + " " + pick(CAUSES) + " en lo que toca a " + theme.topic() + "."))
          .proposedSolution(es("Crear " + pick(MECHANISMS) + " para " + theme.topic() + ".")).disposition(disposition);
      boolean needsResponse = disposition != Disposition.ADOPTED;
      if ((needsResponse && !defect(0.08)) || (!needsResponse && chance(0.3))) {
        p.response(ReasonedResponse.builder()
            .text(switch (disposition) {
              case ADOPTED -> "La propuesta se incorpora como compromiso del plan.";
              case MERGED -> "La propuesta se integra con otra afín en un solo compromiso.";
              case DEFERRED -> "La propuesta se considerará en el siguiente plan por falta de suficiencia "
                  + "presupuestal en el ejercicio actual.";
              case REJECTED -> "La propuesta excede las atribuciones de las instituciones participantes.";
            })
            .publishedOn(dateBetween(d.lastTable, d.publishedOn))
            .url(url("plan-" + k + "/respuestas-razonadas.pdf")).build());
      }
      proposals.add(p.build());
      proposalThemes.add(theme);
      proposers.add(by);
    }
    co.proposals(proposals);
    // approval
    boolean resolved = !defect(0.05);
    String approval = resolved ? resolution(d.approvedOn, ResolutionKind.PAL_APPROVAL,
        "Se aprueba el Plan de Acción Local " + k + " de " + place) : null;
    // commitments
    List<Commitment> list = new ArrayList<>();
    for (int i = 0; i < commitments; i++) {
      list.add(commitment(d, i + 1, proposalThemes.get(i), proposals, i, proposers.get(i)));
    }
    boolean ended = asOf.isAfter(d.periodEnd);
    String hash = Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong());
    LocalActionPlan.Builder plan = LocalActionPlan.builder().id(next("pal-")).ordinal(k)
        .title("Plan de Acción Local " + d.periodStart.getYear() + "-" + d.periodEnd.getYear() + " de " + place)
        .periodStart(d.periodStart).periodEnd(d.periodEnd).approvedOn(d.approvedOn)
        .launchEventOn(d.publishedOn.plusDays(between(0, 10)))
        .approvedTextHash("sha256:" + hash)
        .publishedTextHash(defect(0.03) ? "sha256:" + hash + "0" : "sha256:" + hash)
        .status(ended ? PlanStatus.CLOSED : PlanStatus.IN_IMPLEMENTATION)
        .sections(sections(k))
        .crossCuttingReview(defect(0.1) ? EnumSet.noneOf(CrossCuttingTheme.class)
            : someOf(CrossCuttingTheme.class, 2, 4))
        .trackingDashboardUrl(url("plan-" + k + "/tablero"))
        .coCreation(co.build())
        .commitments(list);
    if (approval != null) {
      plan.approvedByResolutionId(approval);
    }
    if (!defect(0.04)) {
      plan.publishedOn(d.publishedOn).documentUrl(url("plan-" + k + "/pal.pdf"));
      documents.add(document(DocumentKind.PAL, "Plan de Acción Local " + k, "plan-" + k + "/pal.pdf",
          d.publishedOn));
    }
    plan.progressReports(progressReports(d, list));
    plan.evaluations(evaluations(d, list));
    return plan.build();
  }

  PalSections sections(int k) {
    List<ConceptEntry> concepts = new ArrayList<>();
    for (String[] c : CONCEPTS) {
      concepts.add(ConceptEntry.builder().term(c[0]).definition(c[1]).build());
    }
    Introduction.Builder intro = Introduction.builder()
        .context(place + " enfrenta retos de confianza institucional, acceso a servicios y uso transparente de "
            + "los recursos públicos.")
        .importance("El ejercicio permite que sociedad y gobierno definan juntos problemas y soluciones.")
        .actors("Participan el organismo garante local, el gobierno, organizaciones de la sociedad civil y el "
            + "INAI, cuya colaboración da legitimidad y continuidad a los compromisos.")
        .expectedOutcomes("Mejores servicios de salud, educación y seguridad, y un uso más transparente de los "
            + "recursos.")
        .addActorId(guarantor).addActorId(head).addActorId(civilSociety.get(0));
    if (!defect(0.05)) {
      intro.addActorId(inai);
    }
    PalSections.Builder s = PalSections.builder().introduction(intro.build())
        .legalContext(List.of(LEGAL_CONTEXT).subList(0, defect(0.05) ? 0 : between(6, LEGAL_CONTEXT.length)))
        .stlComposition("El STL se integra por representantes del gobierno, de la sociedad civil y del organismo "
            + "garante.")
        .coCreationMethodology("Mesas participativas temáticas con la técnica de grupo nominal.")
        .followUpMechanism("Reportes semestrales de avance publicados en el tablero de seguimiento.");
    if (!defect(0.05)) {
      s.conceptMap(concepts);
    }
    return s.build();
  }

  Commitment commitment(PlanDates d, int number, Theme theme, List<Proposal> proposals, int proposal,
      String proposer) {
    String id = code + "-" + d.periodStart.getYear() + "-P" + d.ordinal + "-C" + number;
    LocalDate start = d.periodStart.plusDays(between(0, 30));
    LocalDate end = d.periodEnd.minusDays(between(0, 30));
    boolean outside = defect(0.03);
    if (outside) {
      if (chance(0.5)) {
        start = d.periodStart.minusDays(between(10, 60));
      } else {
        end = d.periodEnd.plusDays(between(10, 60));
      }
    }
    String office = offices.getOrDefault(theme, head);
    Commitment.Builder c = Commitment.builder().id(id).number(number)
        .title(es(String.format(Locale.ROOT, pick(TITLE_FORMS), theme.topic())))
        .type(number > 1 && chance(0.12) ? CommitmentType.PROACTIVE : CommitmentType.REGULAR)
        .specificObjectives(List.of("Publicar información completa y oportuna sobre " + theme.topic() + ".",
            "Crear un espacio de seguimiento con organizaciones de la sociedad civil.").subList(0, between(1, 2)))
        .description("El compromiso pone a disposición de la ciudadanía información sobre " + theme.topic()
            + " y establece " + pick(MECHANISMS) + ".")
        .expectedResults("Información útil y verificable, y una ciudadanía que vigila " + theme.topic() + ".")
        .relevanceJustification("Abre información antes reservada y crea un canal de participación y rendición "
            + "de cuentas.")
        .policyArea(theme.area())
        .startDate(start);
    if (!defect(0.03)) {
      c.problem("En " + place + ", " + pick(CAUSES) + " respecto " + es("de " + theme.topic()) + "; en consecuencia, "
          + pick(EFFECTS) + ".");
    }
    if (!defect(0.06)) {
      c.statusQuo("Hoy la información sobre " + theme.topic() + " se publica de forma parcial y sin periodicidad.");
    }
    if (!defect(0.03)) {
      c.objective("Transparentar y someter al escrutinio ciudadano " + theme.topic() + " mediante "
          + pick(MECHANISMS) + ".");
    }
    if (!defect(0.06)) {
      c.contributionToProblem("Al publicar la información y abrir su seguimiento, la ciudadanía puede detectar y "
          + "reportar irregularidades, lo que reduce la opacidad.");
    }
    if (!(outside && chance(0.3))) {
      c.endDate(end);
    } else {
      end = d.periodEnd;
    }
    c.components(defect(0.5) ? someOf(OpenGovComponent.class, 1, 4) : EnumSet.allOf(OpenGovComponent.class));
    Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
    if (defect(0.03)) {
      values.add(OgpValue.TECHNOLOGY_AND_INNOVATION);
    } else {
      OgpValue[] core = {OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION,
        OgpValue.PUBLIC_ACCOUNTABILITY};
      int n = between(1, 3);
      while (values.size() < n) {
        values.add(pick(core));
      }
      if (chance(0.3)) {
        values.add(OgpValue.TECHNOLOGY_AND_INNOVATION);
      }
    }
    c.ogpValues(values);
    List<String> responsible = new ArrayList<>();
    if (!defect(0.03)) {
      responsible.add(office);
      if (chance(0.3) && government.size() > 1) {
        String other = pick(government);
        if (!other.equals(office)) {
          responsible.add(other);
        }
      }
    }
    c.responsibleInstitutionIds(responsible);
    List<String> csos = new ArrayList<>();
    if (!defect(0.1)) {
      csos.add(orgs.get(proposer).sector().orElse(null) == Sector.CIVIL_SOCIETY ? proposer : pick(civilSociety));
      if (chance(0.3)) {
        String other = pick(civilSociety);
        if (!csos.contains(other)) {
          csos.add(other);
        }
      }
    }
    c.coResponsibleCsoIds(csos);
    if (chance(0.4) && !academia.isEmpty()) {
      c.addOtherActorId(pick(academia));
    }
    if (chance(0.2) && !international.isEmpty()) {
      c.addOtherActorId(pick(international));
    }
    // milestones
    int n = between(size.minMilestones, size.maxMilestones);
    long days = Math.max(n, ChronoUnit.DAYS.between(start, end) + 1);
    if (rate == 0) {
      n = (int) Math.max(n, days / 170 + 1);
    }
    boolean weighted = chance(0.5);
    int[] weights = weights(n);
    if (weighted && defect(0.05)) {
      weights[n - 1] = Math.min(100, weights[n - 1] + 15);
    }
    List<Milestone> milestones = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      LocalDate mStart = start.plusDays(days * i / n);
      LocalDate due = i == n - 1 ? end : start.plusDays(days * (i + 1) / n - 1);
      milestones.add(milestone(id, i + 1, n, theme, mStart, due, d, weighted ? weights[i] : -1, office, csos));
    }
    c.milestones(milestones);
    // indicators
    int indicators = defect(0.05) ? 0 : between(rate == 0 ? 2 : 1, 3);
    for (int i = 0; i < indicators; i++) {
      c.addIndicator(indicator(id, i + 1, theme, start, end, office));
    }
    if (!defect(0.05)) {
      if (chance(0.72)) {
        c.budget(Budget.builder().amount(BigDecimal.valueOf(between(50, 5000) * 1000L)).currency("MXN")
            .source(pick(SOURCES)).noSpecificBudget(false).build());
      } else {
        c.budget(Budget.builder().noSpecificBudget(true).build());
      }
    }
    if (!defect(0.1)) {
      c.addSdgTarget(theme.sdg());
      if (chance(0.3) && !theme.sdg().equals("16.10")) {
        c.addSdgTarget("16.10");
      }
    }
    c.addLinkedProgram("Plan " + (level == JurisdictionLevel.STATE ? "Estatal" : "Municipal") + " de Desarrollo, "
        + "eje " + theme.area());
    if (chance(0.3)) {
      c.addLinkedProgram("Programa Sectorial de " + theme.area());
    }
    c.crossCutting(someOf(CrossCuttingTheme.class, 0, 2));
    if (!defect(0.06)) {
      c.addOriginProposalId(proposals.get(proposal).id());
      if (chance(0.25)) {
        for (int j = proposals.size() - 1; j >= 0; j--) {
          if (proposals.get(j).disposition().orElse(null) == Disposition.MERGED && j != proposal) {
            c.addOriginProposalId(proposals.get(j).id());
            break;
          }
        }
      }
    }
    c.continuesExistingPractice(defect(0.06));
    if (chance(0.8)) {
      c.contactPersonId(person(office, "Enlace de gobierno abierto", "Enlace de gobierno abierto",
          Seniority.OPERATIONAL));
    }
    LocalDate changeFrom = start.plusDays(60);
    LocalDate changeTo = min(min(end, asOf), d.periodEnd);
    if (chance(0.12) && changeFrom.isBefore(changeTo)) {
      LocalDate when = dateBetween(changeFrom, changeTo);
      CommitmentChange.Builder change = CommitmentChange.builder().date(when)
          .description("Se recorre la fecha de término del hito " + between(1, n) + " y se precisa su entregable.");
      if (!defect(0.2)) {
        change.reason("La información requerida depende de un sistema que la dependencia aún no libera.");
        change.approvedByResolutionId(resolution(when, ResolutionKind.COMMITMENT_CHANGE,
            "Se aprueba la modificación del compromiso " + id));
      }
      c.addModification(change.build());
    }
    return c.build();
  }

  int[] weights(int n) {
    int[] parts = new int[n];
    int sum = 0;
    for (int i = 0; i < n; i++) {
      parts[i] = between(1, 4);
      sum += parts[i];
    }
    int[] w = new int[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = 100 * parts[i] / sum;
      total += w[i];
    }
    w[n - 1] += 100 - total;
    return w;
  }

  Milestone milestone(String commitmentId, int number, int count, Theme theme, LocalDate start,
      LocalDate due, PlanDates plan, int weight, String office, List<String> csos) {
    int stage = Math.min(DELIVERABLES.length - 1, number == count ? DELIVERABLES.length - 1
        : (number - 1) * (DELIVERABLES.length - 1) / Math.max(1, count - 1));
    String deliverable = es(String.format(Locale.ROOT, DELIVERABLES[stage], theme.topic()));
    Milestone.Builder m = Milestone.builder().id(commitmentId + "-M" + number).number(number)
        .description("Actividad " + number + " de " + count + ": " + deliverable.toLowerCase(Locale.ROOT) + ".")
        .startDate(start);
    if (!defect(0.04)) {
      m.deliverable(deliverable);
    }
    if (!defect(0.04)) {
      m.verificationMeans(pick(MEANS));
    }
    if (chance(0.5)) {
      m.indicatorText("Porcentaje de avance del entregable: " + deliverable.toLowerCase(Locale.ROOT));
    }
    if (!defect(0.04)) {
      m.addResponsible(Responsible.builder().organizationId(office).side(ResponsibleSide.GOVERNMENT).build());
      if (!csos.isEmpty() && chance(0.7)) {
        m.addResponsible(Responsible.builder().organizationId(csos.get(0)).side(ResponsibleSide.CIVIL_SOCIETY)
            .build());
      }
    }
    LocalDate dueDate = due;
    if (defect(0.03)) {
      if (chance(0.7)) {
        dueDate = due.plusDays(between(10, 60));
        m.dueDate(dueDate);
      } else {
        dueDate = null;
      }
    } else {
      m.dueDate(due);
    }
    long months = ChronoUnit.MONTHS.between(plan.periodStart, due);
    m.period(number == count ? MilestonePeriod.FINAL
        : months < 6 ? MilestonePeriod.SEMESTER_1 : months < 12 ? MilestonePeriod.SEMESTER_2
        : MilestonePeriod.SEMESTER_3);
    if (weight >= 0) {
      m.weight(BigDecimal.valueOf(weight));
    }
    LocalDate limit = dueDate == null ? due : dueDate;
    if (limit.isBefore(asOf)) {
      double r = rnd.nextDouble();
      if (defect(0.12)) {
        MilestoneStatus recorded = pick(new MilestoneStatus[] {MilestoneStatus.NOT_STARTED,
          MilestoneStatus.IN_PROGRESS, MilestoneStatus.LATE});
        m.status(recorded);
        if (recorded != MilestoneStatus.NOT_STARTED) {
          m.progressNarrative("El avance se retrasó por cambios administrativos en la dependencia.");
        }
      } else {
        LocalDate done = r < 0.9 ? dateBetween(max(start, limit.minusDays(30)), limit)
            : dateBetween(limit.plusDays(1), min(asOf, limit.plusDays(40)));
        complete(m, min(done, asOf), theme);
      }
    } else if (!start.isAfter(asOf)) {
      if (chance(0.1)) {
        complete(m, dateBetween(start, asOf), theme);
      } else {
        m.status(MilestoneStatus.IN_PROGRESS)
            .progressNarrative(es("Se trabaja con las organizaciones en el contenido de " + theme.topic() + "."));
      }
    } else {
      m.status(MilestoneStatus.NOT_STARTED);
    }
    return m.build();
  }

  void complete(Milestone.Builder m, LocalDate on, Theme theme) {
    m.status(MilestoneStatus.COMPLETED).completedOn(on)
        .progressNarrative(es("Se integró la información de " + theme.topic() + " con apoyo de las organizaciones."))
        .completionNarrative("El entregable se publicó y fue revisado en la mesa de seguimiento.")
        .addEvidenceUrl(url("evidencias/" + Long.toUnsignedString(rnd.nextLong(), 36) + ".pdf"));
    if (chance(0.3)) {
      m.addEvidenceUrl(url("evidencias/" + Long.toUnsignedString(rnd.nextLong(), 36) + ".pdf"));
    }
  }

  Indicator indicator(String commitmentId, int number, Theme theme, LocalDate start, LocalDate end,
      String office) {
    IndicatorType type = number == 1 ? pick(new IndicatorType[] {IndicatorType.INPUT, IndicatorType.OUTPUT,
      IndicatorType.PROCESS}) : number == 2 ? pick(new IndicatorType[] {IndicatorType.INTERMEDIATE_RESULT,
        IndicatorType.IMPACT}) : pick(IndicatorType.values());
    String[] shape = switch (type) {
      case INPUT -> new String[] {"Personas servidoras públicas capacitadas", "personas"};
      case OUTPUT -> new String[] {"Registros publicados en formato abierto", "registros"};
      case PROCESS -> new String[] {"Sesiones de seguimiento realizadas", "sesiones"};
      case INTERMEDIATE_RESULT -> new String[] {"Consultas ciudadanas a la información publicada", "visitas"};
      case IMPACT -> new String[] {"Quejas ciudadanas atendidas", "por ciento"};
    };
    int target = type == IndicatorType.IMPACT ? between(50, 95) : type == IndicatorType.PROCESS ? between(4, 12)
        : between(20, 5000);
    Indicator.Builder b = Indicator.builder().id(commitmentId + "-I" + number)
        .name(es(shape[0] + " sobre " + theme.topic())).variable(shape[0]).unitOfMeasure(shape[1])
        .targetDate(end).period(start.getYear() == end.getYear() ? "Año " + end.getYear()
            : start.getYear() + "-" + end.getYear())
        .frequency(pick(FREQUENCIES)).type(type);
    if (!defect(0.04)) {
      b.target(BigDecimal.valueOf(target));
    }
    if (chance(0.5)) {
      b.baseline(BigDecimal.valueOf(target / between(3, 10)));
    }
    LocalDate last = min(end, asOf);
    if (start.isBefore(last)) {
      int count = between(0, 3);
      for (int i = 0; i < count; i++) {
        b.addMeasurement(Measurement.builder().date(dateBetween(start, last))
            .value(BigDecimal.valueOf(between(0, target))).source("Registros administrativos de "
                + orgs.get(office).name().orElseThrow()).build());
      }
    }
    return b.build();
  }

}
