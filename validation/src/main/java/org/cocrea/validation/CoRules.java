package org.cocrea.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.Disposition;
import org.cocrea.core.ExerciseIndex;
import org.cocrea.core.Iap2Level;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Participation;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.Proposal;
import org.cocrea.core.PublicCall;
import org.cocrea.core.ReasonedResponse;
import org.cocrea.core.Resolution;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlSession;

/**
 * The CO rules of the catalogue (methodology.md section 4.4): how each plan was co-created in participatory tables,
 * from the STL's installation to the STL's approval of the PAL.
 *
 * <p>Subjects: the plan's co-creation (CO-01, CO-02, CO-05, CO-09), each table (CO-03, CO-04, CO-08), each proposal
 * (CO-06) and each plan (CO-07). A plan without tables makes the table-based rules not applicable; CO-01, whose
 * purpose is to require a table, fails instead.
 *
 * <p>Sectors: a participant's sector is its explicit {@code sector}, otherwise its organisation's; the government
 * side is {@link ValidatorOptions#governmentSeatSectors()}; the non-governmental (societal) side is civil society,
 * academia, private sector, media and religious organisations, minus any sector the options count as government.
 * The guarantor body, INAI, autonomous bodies and international partners are public or institutional actors and
 * count on neither side of CO-03 and CO-07.
 */
final class CoRules {

  /** Sectors of society (not public bodies); the options may move some of them to the government side. */
  static final Set<Sector> SOCIETAL = EnumSet.of(
      Sector.CIVIL_SOCIETY, Sector.ACADEMIA, Sector.PRIVATE_SECTOR, Sector.MEDIA, Sector.RELIGIOUS);

  /**
   * CO-01 · ≥1 participatory table held between STL installation and PAL approval. · E · tables.date · [S:SRC step
   * 4][S:APT]. The window runs from the earliest STL installation to the plan's approval (its {@code approvedOn},
   * else the date of the session that adopted the approving resolution, else its publication); an unknown bound
   * leaves that side open.
   */
  static final Rule CO_01 = Rule.define("CO-01").error()
      .source("[S:SRC step 4][S:APT]")
      .check(CoRules::co01);

  /**
   * CO-02 · Across all tables, participants include GOVERNMENT, CIVIL_SOCIETY and GUARANTOR_BODY. · E ·
   * participants.sector · [S:APT "intervinieron… sociedad civil, autoridades y el propio Organismo Garante"].
   */
  static final Rule CO_02 = Rule.define("CO-02").error()
      .source("[S:APT \"intervinieron… sociedad civil, autoridades y el propio Organismo Garante\"]")
      .check(CoRules::co02);

  /**
   * CO-03 · Each table has participants from ≥2 sectors, at least one non-governmental. · W · participants.sector ·
   * [S:OGP-LOC multi-stakeholder tip][P per table].
   */
  static final Rule CO_03 = Rule.define("CO-03").warning()
      .source("[S:OGP-LOC multi-stakeholder tip][P per table]")
      .check(CoRules::co03);

  /**
   * CO-04 · Tables are open beyond STL members (≥1 participant not holding an STL seat). · W ·
   * Participation.isStlMember · [S:SRC "mesas… con actores públicos, privados y sociales"][S:APT Morelos: colegios,
   * medios, público]. When {@code stlMember} is not recorded it is derived from the STL memberships (the person, else
   * the organisation, holds a seat).
   */
  static final Rule CO_04 = Rule.define("CO-04").warning()
      .source("[S:SRC \"mesas… con actores públicos, privados y sociales\"][S:APT Morelos: colegios, medios, público]")
      .check(CoRules::co04);

  /**
   * CO-05 · The co-creation timeline/call is published ≥14 days before the first table. · W · timelinePublishedOn ·
   * [S:OGP-ART "details… and timeline available (online at minimum) prior to the consultation"; "sufficient
   * forewarning"]; 14 days [P]. Threshold {@code minNoticeDays} (14). The earlier of the timeline's publication and
   * the publication of the co-creation's public call counts.
   */
  static final Rule CO_05 = Rule.define("CO-05").warning()
      .source("[S:OGP-ART \"details… and timeline available (online at minimum) prior to the consultation\"; "
          + "\"sufficient forewarning\"]; 14 days [P]")
      .threshold("minNoticeDays", 14)
      .check(CoRules::co05);

  /**
   * CO-06 · Every proposal has a disposition; non-adopted ones carry a published rationale (reasoned response) before
   * or with the PAL. · E · proposals.disposition/rationale · [S:OGP-STD Standard 4][S:OGP-GL reasoned
   * response][S:APT Morelos supply table answered demands]. A response is published when it has a publication date
   * or a URL; its date must not be later than the PAL's publication.
   */
  static final Rule CO_06 = Rule.define("CO-06").error()
      .source("[S:OGP-STD Standard 4][S:OGP-GL reasoned response][S:APT Morelos supply table answered demands]")
      .check(CoRules::co06);

  /**
   * CO-07 · The PAL is approved by an STL resolution (non-government members endorse it) before publication. · E ·
   * pal.approvedBy, votes · [S:SRC STL = órgano máximo de decisión][S:CHIH][S:OGP-LOC endorsement tip]. The
   * resolution must exist in an STL session, be a PAL approval (when its kind is recorded), carry more votes for than
   * against (when votes are recorded), have ≥1 non-government member present (when attendance is recorded), and
   * precede the publication. Draft and withdrawn plans without approval are not applicable. As in the SES rules, an
   * attendance entry counts as present unless recorded {@code present=false}, only seats count (not the facilitator
   * nor observers), and an alternate without a sector of its own sits for its titular's sector.
   */
  static final Rule CO_07 = Rule.define("CO-07").error()
      .source("[S:SRC STL = órgano máximo de decisión][S:CHIH][S:OGP-LOC endorsement tip]")
      .check(CoRules::co07);

  /**
   * CO-08 · Participation level of tables is at least IAP2 "Involve". · W (E in OGP_LOCAL) ·
   * tables.participationLevel · [S:OGP-ART IRM Involve guidance][S:KIT2]. The profile raises it to an error because
   * it is OGP-sourced.
   */
  static final Rule CO_08 = Rule.define("CO-08").warning()
      .source("[S:OGP-ART IRM Involve guidance][S:KIT2]")
      .check(CoRules::co08);

  /**
   * CO-09 · ≥1 diagnostic input (consultation, survey, expert forum) precedes the tables. · W · diagnosticInputs ·
   * [S:APT Oaxaca, SLP][S:SIN][S:KIT6 lección 3]. An input dated on or before the first table, or an undated one,
   * counts.
   */
  static final Rule CO_09 = Rule.define("CO-09").warning()
      .source("[S:APT Oaxaca, SLP][S:SIN][S:KIT6 lección 3]")
      .check(CoRules::co09);

  private CoRules() {}

  static List<Rule> all() {
    return List.of(CO_01, CO_02, CO_03, CO_04, CO_05, CO_06, CO_07, CO_08, CO_09);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Checks

  private static void co01(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    Optional<LocalDate> installed = x.stls().stream()
        .map(LocalTechnicalSecretariat::installedOn).flatMap(Optional::stream).min(LocalDate::compareTo);
    Map<String, StlSession> sessions = sessionsByResolution(x);
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i);
      List<ParticipatoryTable> tables = tables(plan);
      if (tables.isEmpty()) {
        subjects.failWith(plan.coCreation().isPresent() ? ptr + "/coCreation" : ptr, "noTables", plan.id());
        continue;
      }
      Optional<LocalDate> approved = approvalDate(plan, sessions).or(plan::publishedOn);
      boolean anyDated = tables.stream().anyMatch(t -> t.date().isPresent());
      boolean unbounded = installed.isEmpty() && approved.isEmpty();
      boolean held = tables.stream().anyMatch(t -> unbounded
          || t.date().map(d -> installed.map(s -> !d.isBefore(s)).orElse(true)
              && approved.map(a -> !d.isAfter(a)).orElse(true)).orElse(false));
      if (held) {
        subjects.pass(ptr + "/coCreation/tables");
      } else if (!anyDated) {
        subjects.failWith(ptr + "/coCreation/tables", "undated", plan.id());
      } else {
        subjects.fail(ptr + "/coCreation/tables", text(installed), text(approved), plan.id());
      }
    }
  }

  private static void co02(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (!eachPlanWithTables(x, subjects)) {
      return;
    }
    Set<Sector> government = ctx.options().governmentSeatSectors();
    for (int i = 0; i < x.plans().size(); i++) {
      List<ParticipatoryTable> tables = tables(x.plans().get(i));
      String ptr = planPointer(i) + "/coCreation";
      if (tables.isEmpty()) {
        subjects.notApplicable(ptr);
        continue;
      }
      Set<Sector> present = EnumSet.noneOf(Sector.class);
      for (ParticipatoryTable t : tables) {
        for (Participation p : t.participants()) {
          sectorOf(p, ctx).ifPresent(present::add);
        }
      }
      Set<Sector> missing = EnumSet.noneOf(Sector.class);
      if (present.stream().noneMatch(government::contains)) {
        missing.add(Sector.GOVERNMENT);
      }
      if (!present.contains(Sector.CIVIL_SOCIETY)) {
        missing.add(Sector.CIVIL_SOCIETY);
      }
      if (!present.contains(Sector.GUARANTOR_BODY)) {
        missing.add(Sector.GUARANTOR_BODY);
      }
      subjects.check(missing.isEmpty(), ptr + "/tables", labels(missing, ctx), x.plans().get(i).id());
    }
  }

  private static void co03(RuleContext ctx, Subjects subjects) {
    Set<Sector> societal = societal(ctx);
    forEachTable(ctx.exercise(), subjects, (t, ptr) -> {
      Set<Sector> sectors = EnumSet.noneOf(Sector.class);
      for (Participation p : t.participants()) {
        sectorOf(p, ctx).ifPresent(sectors::add);
      }
      if (sectors.isEmpty()) {
        subjects.notApplicable(ptr);
      } else if (sectors.size() < 2) {
        subjects.failWith(ptr + "/participants", "oneSector", labels(sectors, ctx), t.id());
      } else if (sectors.stream().noneMatch(societal::contains)) {
        subjects.failWith(ptr + "/participants", "noSociety", labels(sectors, ctx), t.id());
      } else {
        subjects.pass(ptr);
      }
    });
  }

  private static void co04(RuleContext ctx, Subjects subjects) {
    Set<String> memberPeople = new HashSet<>();
    Set<String> memberOrgs = new HashSet<>();
    for (LocalTechnicalSecretariat stl : ctx.exercise().stls()) {
      for (StlMembership m : stl.memberships()) {
        m.personId().ifPresent(memberPeople::add);
        m.organizationId().ifPresent(memberOrgs::add);
      }
    }
    forEachTable(ctx.exercise(), subjects, (t, ptr) -> {
      int known = 0;
      int outsiders = 0;
      for (Participation p : t.participants()) {
        Optional<Boolean> member = p.stlMember().or(() -> p.personId().map(memberPeople::contains))
            .or(() -> p.organizationId().map(memberOrgs::contains));
        if (member.isPresent()) {
          known++;
          if (!member.get()) {
            outsiders++;
          }
        }
      }
      if (known == 0) {
        subjects.notApplicable(ptr);
      } else {
        subjects.check(outsiders > 0, ptr + "/participants", String.valueOf(known), t.id());
      }
    });
  }

  private static void co05(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (!eachPlanWithTables(x, subjects)) {
      return;
    }
    int minDays = ctx.intThreshold("minNoticeDays");
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i) + "/coCreation";
      Optional<LocalDate> firstTable = tables(plan).stream()
          .map(ParticipatoryTable::date).flatMap(Optional::stream).min(LocalDate::compareTo);
      if (firstTable.isEmpty()) {
        subjects.notApplicable(ptr);
        continue;
      }
      CoCreationProcess co = plan.coCreation().orElseThrow();
      Optional<LocalDate> timeline = co.timelinePublishedOn();
      Optional<LocalDate> call = co.publicCallId()
          .flatMap(id -> ctx.index().find(PublicCall.class, id)).flatMap(PublicCall::publishedOn);
      Optional<LocalDate> published = earliest(timeline, call);
      if (published.isEmpty()) {
        subjects.failWith(ptr, "unpublished", firstTable.get(), plan.id());
        continue;
      }
      long days = ChronoUnit.DAYS.between(published.get(), firstTable.get());
      String at = timeline.isPresent() && timeline.equals(published) ? ptr + "/timelinePublishedOn"
          : ptr + "/publicCallId";
      subjects.check(days >= minDays, at, published.get(), firstTable.get(), days, minDays, plan.id());
    }
  }

  private static void co06(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      List<Proposal> proposals = plan.coCreation().map(CoCreationProcess::proposals).orElse(List.of());
      if (proposals.isEmpty()) {
        subjects.notApplicable(planPointer(i));
        continue;
      }
      for (int k = 0; k < proposals.size(); k++) {
        Proposal p = proposals.get(k);
        String ptr = planPointer(i) + "/coCreation/proposals/" + k;
        if (p.disposition().isEmpty()) {
          subjects.failWith(ptr, "noDisposition", p.id());
          continue;
        }
        Disposition d = p.disposition().get();
        if (d == Disposition.ADOPTED) {
          subjects.pass(ptr);
          continue;
        }
        Optional<ReasonedResponse> r = p.response();
        if (r.isEmpty() || !present(r.get().text())) {
          subjects.failWith(ptr, "noRationale", p.id(), d.label(ctx.options().locale()));
        } else if (r.get().publishedOn().isEmpty() && r.get().url().isEmpty()) {
          subjects.failWith(ptr + "/response", "unpublished", p.id(), d.label(ctx.options().locale()));
        } else if (r.get().publishedOn().isPresent() && plan.publishedOn().isPresent()
            && r.get().publishedOn().get().isAfter(plan.publishedOn().get())) {
          subjects.failWith(ptr + "/response/publishedOn", "late", p.id(), r.get().publishedOn().get(),
              plan.publishedOn().get());
        } else {
          subjects.pass(ptr);
        }
      }
    }
  }

  private static void co07(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    Map<String, StlSession> sessions = sessionsByResolution(x);
    Set<Sector> societal = societal(ctx);
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i);
      if (plan.approvedByResolutionId().isEmpty()) {
        boolean notYetDue = plan.status().map(s -> s == PlanStatus.DRAFT || s == PlanStatus.WITHDRAWN).orElse(false)
            && plan.publishedOn().isEmpty();
        if (notYetDue) {
          subjects.notApplicable(ptr);
        } else {
          subjects.failWith(ptr, "noResolution", plan.id());
        }
        continue;
      }
      String id = plan.approvedByResolutionId().get();
      String refPtr = ptr + "/approvedByResolutionId";
      StlSession session = sessions.get(id);
      Optional<Resolution> resolution = ctx.index().find(Resolution.class, id);
      if (session == null || resolution.isEmpty()) {
        subjects.failWith(refPtr, "unresolved", id);
        continue;
      }
      Resolution r = resolution.get();
      String resPtr = ctx.index().pointerOf(Resolution.class, id).orElse(refPtr);
      if (r.kind().isPresent() && r.kind().get() != ResolutionKind.PAL_APPROVAL) {
        subjects.failWith(resPtr, "wrongKind", id, r.kind().get().label(ctx.options().locale()));
        continue;
      }
      int votesFor = r.votesFor().orElse(0);
      int votesAgainst = r.votesAgainst().orElse(0);
      if ((r.votesFor().isPresent() || r.votesAgainst().isPresent()) && votesFor <= votesAgainst) {
        subjects.failWith(resPtr, "rejected", id, votesFor, votesAgainst);
        continue;
      }
      boolean societyPresent = session.attendance().stream()
          .map(a -> StlRules.presentSeat(ctx, a).flatMap(m -> StlRules.seatSectorOrTitular(ctx, m)))
          .flatMap(Optional::stream).anyMatch(societal::contains);
      if (!session.attendance().isEmpty() && !societyPresent) {
        String sessionPtr = resPtr.contains("/resolutions/")
            ? resPtr.substring(0, resPtr.lastIndexOf("/resolutions/")) : resPtr;
        subjects.failWith(sessionPtr + "/attendance", "noSociety", id);
        continue;
      }
      Optional<LocalDate> approved = plan.approvedOn().or(session::date);
      if (approved.isPresent() && plan.publishedOn().isPresent() && approved.get().isAfter(plan.publishedOn().get())) {
        subjects.failWith(ptr + "/publishedOn", "afterPublication", id, approved.get(), plan.publishedOn().get());
        continue;
      }
      subjects.pass(ptr);
    }
  }

  private static void co08(RuleContext ctx, Subjects subjects) {
    forEachTable(ctx.exercise(), subjects, (t, ptr) -> {
      if (t.participationLevel().isEmpty()) {
        subjects.notApplicable(ptr);
      } else {
        Iap2Level level = t.participationLevel().get();
        subjects.check(level.compareTo(Iap2Level.INVOLVE) >= 0, ptr + "/participationLevel",
            level.label(ctx.options().locale()), Iap2Level.INVOLVE.label(ctx.options().locale()), t.id());
      }
    });
  }

  private static void co09(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (!eachPlanWithTables(x, subjects)) {
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      String ptr = planPointer(i) + "/coCreation";
      List<ParticipatoryTable> tables = tables(plan);
      if (tables.isEmpty()) {
        subjects.notApplicable(ptr);
        continue;
      }
      List<DiagnosticInput> inputs = plan.coCreation().orElseThrow().diagnosticInputs();
      if (inputs.isEmpty()) {
        subjects.failWith(ptr, "none", plan.id());
        continue;
      }
      Optional<LocalDate> firstTable = tables.stream()
          .map(ParticipatoryTable::date).flatMap(Optional::stream).min(LocalDate::compareTo);
      boolean precedes = firstTable.isEmpty() || inputs.stream()
          .anyMatch(in -> in.date().map(d -> !d.isAfter(firstTable.get())).orElse(true));
      subjects.check(precedes, ptr + "/diagnosticInputs", firstTable.map(String::valueOf).orElse(""), plan.id());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  /** A table and its pointer. */
  @FunctionalInterface
  private interface TableCheck {
    void apply(ParticipatoryTable table, String pointer);
  }

  /** Runs a check on every table of every plan; plans without tables are not applicable. */
  private static void forEachTable(LocalExercise x, Subjects subjects, TableCheck check) {
    if (!eachPlanWithTables(x, subjects)) {
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      List<ParticipatoryTable> tables = tables(x.plans().get(i));
      if (tables.isEmpty()) {
        subjects.notApplicable(planPointer(i));
      }
      for (int k = 0; k < tables.size(); k++) {
        check.apply(tables.get(k), planPointer(i) + "/coCreation/tables/" + k);
      }
    }
  }

  /** False (and the exercise not applicable) when there are no plans. */
  private static boolean eachPlanWithTables(LocalExercise x, Subjects subjects) {
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return false;
    }
    return true;
  }

  private static List<ParticipatoryTable> tables(LocalActionPlan plan) {
    return plan.coCreation().map(CoCreationProcess::tables).orElse(List.of());
  }

  static String planPointer(int i) {
    return "/plans/" + i;
  }

  /** Sectors counted as society by CO-03 and CO-07: {@link #SOCIETAL} minus those the options count as government. */
  private static Set<Sector> societal(RuleContext ctx) {
    Set<Sector> s = EnumSet.copyOf(SOCIETAL);
    s.removeAll(ctx.options().governmentSeatSectors());
    return s;
  }

  /** A participant's sector: its explicit sector, else its organisation's, else its person's organisation's. */
  static Optional<Sector> sectorOf(Participation p, RuleContext ctx) {
    ExerciseIndex index = ctx.index();
    return p.sector()
        .or(() -> p.organizationId().flatMap(id -> StlRules.organizationSector(ctx, id)))
        .or(() -> p.personId().flatMap(index::person).flatMap(pe -> pe.organizationId())
            .flatMap(id -> StlRules.organizationSector(ctx, id)));
  }

  /** Every resolution id of the exercise's STL sessions, with its session (first declaration wins). */
  static Map<String, StlSession> sessionsByResolution(LocalExercise x) {
    Map<String, StlSession> map = new HashMap<>();
    for (LocalTechnicalSecretariat stl : x.stls()) {
      for (StlSession s : stl.sessions()) {
        for (Resolution r : s.resolutions()) {
          map.putIfAbsent(r.id(), s);
        }
      }
    }
    return map;
  }

  /** The plan's approval date: its {@code approvedOn}, else the date of the session that adopted its resolution. */
  private static Optional<LocalDate> approvalDate(LocalActionPlan plan, Map<String, StlSession> sessions) {
    return plan.approvedOn().or(() -> plan.approvedByResolutionId()
        .map(sessions::get).flatMap(StlSession::date));
  }

  private static Optional<LocalDate> earliest(Optional<LocalDate> a, Optional<LocalDate> b) {
    if (a.isPresent() && b.isPresent()) {
      return Optional.of(a.get().isAfter(b.get()) ? b.get() : a.get());
    }
    return a.isPresent() ? a : b;
  }

  private static boolean present(Optional<String> s) {
    return s.filter(v -> !v.isBlank()).isPresent();
  }

  private static String text(Optional<LocalDate> date) {
    return date.map(String::valueOf).orElse("—");
  }

  /** The sectors' labels in the options' language, in enum order, comma-separated. */
  static String labels(Set<Sector> sectors, RuleContext ctx) {
    Locale locale = ctx.options().locale();
    return String.join(", ", sectors.stream().sorted().map(s -> s.label(locale)).toList());
  }
}
