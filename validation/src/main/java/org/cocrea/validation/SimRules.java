package org.cocrea.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cocrea.core.Attendance;
import org.cocrea.core.Commitment;
import org.cocrea.core.CsoType;
import org.cocrea.core.Disposition;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Person;
import org.cocrea.core.Proposal;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;

/**
 * The SIM rules of the catalogue (methodology.md section 4.8): anti-simulation heuristics, all warnings with
 * configurable [P] thresholds, grounded in INAI's "evitar la simulación" lesson [S:SRC] (authorities convening
 * non-representative sectors or sectors close to their interests; weak social appropriation of commitments) and the
 * Modelo's warning that simulation is a negative effect of conceptual vagueness [S:MOD].
 *
 * <p>Shared conventions: a member's sector is its seat sector, else its organisation's; a participant's sector is
 * the one recorded, else its organisation's (or its person's organisation's). "Government" means the options'
 * {@link ValidatorOptions#governmentSeatSectors()}. Seats, titular seats and seat sectors are read as in
 * {@link StlRules}: seats are memberships other than facilitator and observer; a titular seat is one neither marked
 * {@code titular=false} nor naming the titular it stands in for; an alternate without a sector sits for its titular's.
 * An attendance entry without {@code present} counts as present. Percent thresholds are compared exactly, in whole-number percent.
 */
final class SimRules {

  private static final String GROUNDING = " — [S:SRC \"evitar la simulación\"][S:MOD]";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Set<Sector> GUARANTORS = EnumSet.of(Sector.GUARANTOR_BODY, Sector.NATIONAL_GUARANTOR);

  /**
   * SIM-01 · One organisation holds &gt; 40% of non-government seats or &gt; 30% of table participants. ·
   * memberships, participants · 40% / 30%
   *
   * <p>Subjects: each STL (titular non-government seats) and each plan's co-creation (all participants of its
   * tables).
   */
  static final Rule SIM_01 = Rule.define("SIM-01").warning()
      .source("[P] 40% / 30%" + GROUNDING)
      .threshold("seatSharePercent", 40)
      .threshold("participantSharePercent", 30)
      .check(SimRules::sim01);

  /**
   * SIM-02 · CSO member linked to government: person is/was a public servant of a member institution, organisation
   * receives government funding or contracts, or no conflict-of-interest statement. · Person.isPublicServant,
   * fundingFromGovernment, conflictOfInterestStatement [S:YUC] · any
   *
   * <p>Subjects: each civil-society seat (titular or alternate). A former public servant is flagged when the
   * institution served in holds a government seat in the same STL; the missing statement is flagged only for a
   * recorded person. A seat with no person and no funding information is not applicable.
   */
  static final Rule SIM_02 = Rule.define("SIM-02").warning()
      .source("[P] any; Person.isPublicServant, fundingFromGovernment, conflictOfInterestStatement [S:YUC]" + GROUNDING)
      .check(SimRules::sim02);

  /**
   * SIM-03 · All CSO seats filled by INVITATION (no public call). · selection · 100%
   *
   * <p>Subjects: each STL with titular civil-society seats whose selection is recorded; fails when the share of those
   * seats filled by invitation reaches {@code invitationSharePercent}.
   */
  static final Rule SIM_03 = Rule.define("SIM-03").warning()
      .source("[P] 100%" + GROUNDING)
      .threshold("invitationSharePercent", 100)
      .check(SimRules::sim03);

  /**
   * SIM-04 · Share of commitments with no co-responsible CSO &gt; 50%. · coResponsibleCsos · 50% ([S:SRC] weak
   * appropriation)
   *
   * <p>Subjects: each plan with commitments. As in COM-04, a co-responsible organisation counts as a CSO when its
   * sector is a societal one (civil society, academia, private sector, media, religious) not counted as government,
   * or unknown; the guarantor body, INAI, autonomous bodies and government do not.
   */
  static final Rule SIM_04 = Rule.define("SIM-04").warning()
      .source("[P] 50% ([S:SRC] weak appropriation)" + GROUNDING)
      .threshold("sharePercent", 50)
      .check(SimRules::sim04);

  /**
   * SIM-05 · Non-government share of table participants &lt; 50%. · participants.sector · 50%
   *
   * <p>Subjects: each plan's co-creation, over the participants of all its tables whose sector is known.
   */
  static final Rule SIM_05 = Rule.define("SIM-05").warning()
      .source("[P] 50%" + GROUNDING)
      .threshold("minSharePercent", 50)
      .check(SimRules::sim05);

  /**
   * SIM-06 · Share of commitments not traceable to any table proposal &gt; 50%. · originProposals · 50%
   *
   * <p>Subjects: each plan with commitments; as in COM-13, a commitment is traceable when one of its origin ids names
   * a recorded proposal.
   */
  static final Rule SIM_06 = Rule.define("SIM-06").warning()
      .source("[P] 50%" + GROUNDING)
      .threshold("sharePercent", 50)
      .check(SimRules::sim06);

  /**
   * SIM-07 · No government member attended any of the last 2 STL sessions. · attendance · 2 sessions ([S:SRC lesson
   * b "presencia permanente del gobierno"])
   *
   * <p>Subjects: each STL with at least {@code sessions} dated sessions (by date; in recorded order when none is
   * dated); not applicable when any of the last ones has no attendance recorded.
   */
  static final Rule SIM_07 = Rule.define("SIM-07").warning()
      .source("[P] 2 sessions ([S:SRC lesson b \"presencia permanente del gobierno\"])" + GROUNDING)
      .threshold("sessions", 2)
      .check(SimRules::sim07);

  /**
   * SIM-08 · STL installed but no PAL after 18 months, or no session in 12 months. · dates · 18 / 12 months
   * (observed max to PAL ≈ 14.5 months, SLP [S:APT])
   *
   * <p>Time-aware. Subjects: each STL installed on or before the as-of date and not DISSOLVED. A PAL counts when a
   * plan was published between the installation and the as-of date; the last session is the latest one on or
   * before the as-of date (the installation when there is none).
   */
  static final Rule SIM_08 = Rule.define("SIM-08").warning()
      .source("[P] 18 / 12 months (observed max to PAL ≈ 14.5 months, SLP [S:APT])" + GROUNDING)
      .threshold("monthsToPal", 18)
      .threshold("monthsWithoutSession", 12)
      .timeAware()
      .check(SimRules::sim08);

  /**
   * SIM-09 · &gt; 50% of commitments flagged as continuation of existing practice. · continuesExistingPractice · 50%
   * [S:OGP-GL]
   *
   * <p>Subjects: each plan with commitments. Its findings stay warnings in the OGP_LOCAL profile too, as every SIM
   * heuristic is a warning (methodology.md 4.8).
   */
  static final Rule SIM_09 = Rule.define("SIM-09").warning()
      .source("[P] 50% [S:OGP-GL]" + GROUNDING)
      .threshold("sharePercent", 50)
      .check(SimRules::sim09);

  /**
   * SIM-10 · All CSO participants belong to one {@code CsoType} (e.g. only business chambers). · Organization.cso ·
   * 1 type ([S:SRC] four CSO kinds)
   *
   * <p>Subjects: each STL (civil-society seats) and each plan's co-creation (civil-society participants); fails when
   * their distinct CSO types are at most {@code maxCsoTypes}; not applicable when some CSO's type is unknown and
   * the known ones do not exceed the threshold (another type may be hidden there).
   */
  static final Rule SIM_10 = Rule.define("SIM-10").warning()
      .source("[P] 1 type ([S:SRC] four CSO kinds)" + GROUNDING)
      .threshold("maxCsoTypes", 1)
      .check(SimRules::sim10);

  /**
   * SIM-11 · The same person appears in two different sectors (seats or tables). · Person ids · any
   *
   * <p>Subjects: each person appearing in an STL membership or a table participation with a known sector; the
   * finding points at the first appearance in a second sector.
   */
  static final Rule SIM_11 = Rule.define("SIM-11").warning()
      .source("[P] any" + GROUNDING)
      .check(SimRules::sim11);

  /**
   * SIM-12 · The guarantor body is the only non-government actor present in ≥1 session that adopted resolutions. ·
   * attendance · any
   *
   * <p>Subjects: each STL session with resolutions and attendance. Facilitators and observers are not actors here;
   * the local guarantor and INAI count as guarantor bodies.
   */
  static final Rule SIM_12 = Rule.define("SIM-12").warning()
      .source("[P] any" + GROUNDING)
      .check(SimRules::sim12);

  /**
   * SIM-13 · All proposals ADOPTED with no rejections and no rationale recorded (rubber-stamp pattern). · proposals
   * · ≥5 proposals
   *
   * <p>Subjects: each plan's co-creation with at least {@code minProposals} proposals.
   */
  static final Rule SIM_13 = Rule.define("SIM-13").warning()
      .source("[P] ≥5 proposals" + GROUNDING)
      .threshold("minProposals", 5)
      .check(SimRules::sim13);

  private SimRules() {}

  static List<Rule> all() {
    return List.of(SIM_01, SIM_02, SIM_03, SIM_04, SIM_05, SIM_06, SIM_07, SIM_08, SIM_09, SIM_10, SIM_11, SIM_12,
        SIM_13);
  }

  // ---------------------------------------------------------------------------------------------------- SIM-01

  private static void sim01(RuleContext ctx, Subjects subjects) {
    BigDecimal seatShare = ctx.threshold("seatSharePercent");
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      Map<String, Integer> byOrg = new LinkedHashMap<>();
      int total = 0;
      for (StlMembership m : stl.memberships()) {
        Optional<Sector> sector = sectorOf(ctx, m);
        if (isSeat(m) && isTitular(m) && sector.isPresent() && !isGovernment(ctx, sector.get())) {
          total++;
          m.organizationId().ifPresent(org -> byOrg.merge(org, 1, Integer::sum));
        }
      }
      judgeDominance(subjects, "/stls/" + s, "message", stl.id(), byOrg, total, seatShare);
    }
    BigDecimal participantShare = ctx.threshold("participantSharePercent");
    forEachCoCreation(ctx, (plan, pointer, participants) -> {
      Map<String, Integer> byOrg = new LinkedHashMap<>();
      for (Participation p : participants) {
        organizationOf(ctx, p).ifPresent(org -> byOrg.merge(org, 1, Integer::sum));
      }
      judgeDominance(subjects, pointer, "participants", plan.id(), byOrg, participants.size(), participantShare);
    });
  }

  private static void judgeDominance(Subjects subjects, String pointer, String variant, String subjectId,
      Map<String, Integer> byOrg, int total, BigDecimal threshold) {
    if (total == 0) {
      subjects.notApplicable(pointer);
      return;
    }
    Optional<Map.Entry<String, Integer>> top = byOrg.entrySet().stream()
        .max(Comparator.comparingInt(Map.Entry::getValue));
    if (top.isPresent() && exceeds(top.get().getValue(), total, threshold)) {
      subjects.failWith(pointer, variant, subjectId, top.get().getKey(), top.get().getValue(), total,
          percent(top.get().getValue(), total), plain(threshold));
    } else {
      subjects.pass(pointer);
    }
  }

  // ---------------------------------------------------------------------------------------------------- SIM-02

  private static void sim02(RuleContext ctx, Subjects subjects) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      Set<String> memberInstitutions = new HashSet<>();
      for (StlMembership m : stl.memberships()) {
        if (sectorOf(ctx, m).map(sector -> isGovernment(ctx, sector)).orElse(false)) {
          m.organizationId().ifPresent(memberInstitutions::add);
        }
      }
      for (int i = 0; i < stl.memberships().size(); i++) {
        StlMembership m = stl.memberships().get(i);
        if (!isSeat(m) || sectorOf(ctx, m).orElse(null) != Sector.CIVIL_SOCIETY) {
          continue;
        }
        String pointer = "/stls/" + s + "/memberships/" + i;
        Optional<Person> person = m.personId().flatMap(id -> ctx.index().person(id));
        Optional<Organization> org = m.organizationId().flatMap(id -> ctx.index().organization(id));
        Optional<Boolean> funded = org.flatMap(Organization::fundingFromGovernment);
        String personId = person.map(Person::id).orElse("-");
        String orgId = m.organizationId().orElse("-");
        if (person.flatMap(Person::publicServant).orElse(false)) {
          subjects.failWith(pointer, "publicServant", m.id(), personId, orgId);
        } else if (person.flatMap(Person::formerPublicServantOfId).filter(memberInstitutions::contains).isPresent()) {
          subjects.failWith(pointer, "formerServant", m.id(), personId, orgId,
              person.get().formerPublicServantOfId().get());
        } else if (funded.orElse(false)) {
          subjects.failWith(pointer, "funding", m.id(), personId, orgId);
        } else if (person.isPresent() && person.get().conflictOfInterestStatementUrl().isEmpty()) {
          subjects.failWith(pointer, "noStatement", m.id(), personId, orgId);
        } else if (person.isEmpty() && funded.isEmpty()) {
          subjects.notApplicable(pointer);
        } else {
          subjects.pass(pointer);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- SIM-03

  private static void sim03(RuleContext ctx, Subjects subjects) {
    BigDecimal threshold = ctx.threshold("invitationSharePercent");
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      int seats = 0;
      int known = 0;
      int invited = 0;
      for (StlMembership m : stl.memberships()) {
        if (isSeat(m) && isTitular(m) && sectorOf(ctx, m).orElse(null) == Sector.CIVIL_SOCIETY) {
          seats++;
          if (m.selection().isPresent()) {
            known++;
            if (m.selection().get() == SelectionMethod.INVITATION) {
              invited++;
            }
          }
        }
      }
      String pointer = "/stls/" + s;
      if (known == 0) {
        subjects.notApplicable(pointer);
      } else {
        boolean flagged = BigDecimal.valueOf(invited).multiply(HUNDRED)
            .compareTo(threshold.multiply(BigDecimal.valueOf(seats))) >= 0;
        subjects.check(!flagged, pointer, stl.id(), invited, seats, percent(invited, seats));
      }
    }
  }

  // ------------------------------------------------------------------------------------------ SIM-04, 06, 09

  private static void sim04(RuleContext ctx, Subjects subjects) {
    Set<Sector> societal = EnumSet.copyOf(CoRules.SOCIETAL);
    societal.removeAll(ctx.options().governmentSeatSectors());
    judgePlanShare(ctx, subjects, c -> c.coResponsibleCsoIds().stream()
        .noneMatch(id -> StlRules.organizationSector(ctx, id).map(societal::contains).orElse(true)));
  }

  private static void sim06(RuleContext ctx, Subjects subjects) {
    judgePlanShare(ctx, subjects, c -> c.originProposalIds().stream()
        .noneMatch(id -> ctx.index().find(Proposal.class, id).isPresent()));
  }

  private static void sim09(RuleContext ctx, Subjects subjects) {
    judgePlanShare(ctx, subjects, c -> c.continuesExistingPractice().orElse(false));
  }

  /** Fails each plan where the share of commitments with the flag exceeds the rule's {@code sharePercent}. */
  private static void judgePlanShare(RuleContext ctx, Subjects subjects, java.util.function.Predicate<Commitment> flag) {
    BigDecimal threshold = ctx.threshold("sharePercent");
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      String pointer = "/plans/" + p;
      int total = plan.commitments().size();
      if (total == 0) {
        subjects.notApplicable(pointer);
        continue;
      }
      int flagged = (int) plan.commitments().stream().filter(flag).count();
      if (exceeds(flagged, total, threshold)) {
        // a warning in every profile: SIM-09 cites OGP material, which OGP_LOCAL would otherwise raise to an error
        subjects.failAs(Severity.WARNING, pointer, "message", plan.id(), flagged, total, percent(flagged, total),
            plain(threshold));
      } else {
        subjects.pass(pointer);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- SIM-05

  private static void sim05(RuleContext ctx, Subjects subjects) {
    BigDecimal threshold = ctx.threshold("minSharePercent");
    forEachCoCreation(ctx, (plan, pointer, participants) -> {
      int known = 0;
      int nonGovernment = 0;
      for (Participation p : participants) {
        Optional<Sector> sector = sectorOf(ctx, p);
        if (sector.isPresent()) {
          known++;
          if (!isGovernment(ctx, sector.get())) {
            nonGovernment++;
          }
        }
      }
      if (known == 0) {
        subjects.notApplicable(pointer);
        return;
      }
      boolean below = BigDecimal.valueOf(nonGovernment).multiply(HUNDRED)
          .compareTo(threshold.multiply(BigDecimal.valueOf(known))) < 0;
      subjects.check(!below, pointer, plan.id(), nonGovernment, known, percent(nonGovernment, known),
          plain(threshold));
    });
  }

  // ---------------------------------------------------------------------------------------------------- SIM-07

  private static void sim07(RuleContext ctx, Subjects subjects) {
    int last = Math.max(1, ctx.intThreshold("sessions"));
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      String pointer = "/stls/" + s;
      List<StlSession> sessions = stl.sessions().stream().filter(x -> x.date().isPresent())
          .sorted(Comparator.comparing(x -> x.date().get())).toList();
      if (sessions.isEmpty()) {
        sessions = stl.sessions();
      }
      if (sessions.size() < last) {
        subjects.notApplicable(pointer);
        continue;
      }
      List<StlSession> recent = sessions.subList(sessions.size() - last, sessions.size());
      if (recent.stream().anyMatch(x -> x.attendance().isEmpty())) {
        subjects.notApplicable(pointer);
        continue;
      }
      boolean governmentPresent = recent.stream().flatMap(x -> x.attendance().stream())
          .map(a -> StlRules.presentSeat(ctx, a).flatMap(m -> sectorOf(ctx, m)))
          .flatMap(Optional::stream)
          .anyMatch(sector -> isGovernment(ctx, sector));
      subjects.check(governmentPresent, pointer, stl.id(), last,
          recent.stream().map(StlSession::id).collect(Collectors.joining(", ")));
    }
  }

  // ---------------------------------------------------------------------------------------------------- SIM-08

  private static void sim08(RuleContext ctx, Subjects subjects) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int monthsToPal = ctx.intThreshold("monthsToPal");
    int monthsWithoutSession = ctx.intThreshold("monthsWithoutSession");
    NavigableSet<LocalDate> published = new TreeSet<>();
    ctx.exercise().plans().forEach(plan -> plan.publishedOn().ifPresent(published::add));
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      String pointer = "/stls/" + s;
      if (stl.installedOn().isEmpty() || stl.installedOn().get().isAfter(asOf)
          || stl.status().orElse(null) == StlStatus.DISSOLVED) {
        subjects.notApplicable(pointer);
        continue;
      }
      LocalDate installed = stl.installedOn().get();
      LocalDate firstAfterInstallation = published.ceiling(installed);
      boolean palPublished = firstAfterInstallation != null && !firstAfterInstallation.isAfter(asOf);
      boolean noPal = !palPublished && asOf.isAfter(installed.plusMonths(monthsToPal));
      LocalDate lastSession = stl.sessions().stream().map(StlSession::date).flatMap(Optional::stream)
          .filter(d -> !d.isAfter(asOf)).max(LocalDate::compareTo).orElse(installed);
      boolean noSession = asOf.isAfter(lastSession.plusMonths(monthsWithoutSession));
      if (noPal && noSession) {
        subjects.failWith(pointer, "both", stl.id(), installed, monthsToPal, lastSession, monthsWithoutSession, asOf);
      } else if (noPal) {
        subjects.fail(pointer, stl.id(), installed, monthsToPal, asOf);
      } else if (noSession) {
        subjects.failWith(pointer, "noSession", stl.id(), lastSession, monthsWithoutSession, asOf);
      } else {
        subjects.pass(pointer);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- SIM-10

  private static void sim10(RuleContext ctx, Subjects subjects) {
    int max = ctx.intThreshold("maxCsoTypes");
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      Set<String> csos = new LinkedHashSet<>();
      for (StlMembership m : stl.memberships()) {
        if (isSeat(m) && sectorOf(ctx, m).orElse(null) == Sector.CIVIL_SOCIETY) {
          m.organizationId().ifPresent(csos::add);
        }
      }
      judgeCsoTypes(ctx, subjects, "/stls/" + s, "message", stl.id(), csos, max);
    }
    forEachCoCreation(ctx, (plan, pointer, participants) -> {
      Set<String> csos = new LinkedHashSet<>();
      for (Participation p : participants) {
        if (sectorOf(ctx, p).orElse(null) == Sector.CIVIL_SOCIETY) {
          organizationOf(ctx, p).ifPresent(csos::add);
        }
      }
      judgeCsoTypes(ctx, subjects, pointer, "tables", plan.id(), csos, max);
    });
  }

  private static void judgeCsoTypes(RuleContext ctx, Subjects subjects, String pointer, String variant,
      String subjectId, Set<String> csos, int max) {
    Set<CsoType> types = EnumSet.noneOf(CsoType.class);
    int unknown = 0;
    for (String id : csos) {
      Optional<CsoType> type = ctx.index().organization(id).flatMap(Organization::csoType);
      if (type.isPresent()) {
        types.add(type.get());
      } else {
        unknown++;
      }
    }
    if (csos.isEmpty() || (types.size() <= max && unknown > 0)) {
      subjects.notApplicable(pointer);
    } else if (types.size() > max) {
      subjects.pass(pointer);
    } else {
      String labels = types.stream().map(t -> t.label(ctx.options().locale())).collect(Collectors.joining(", "));
      subjects.failWith(pointer, variant, subjectId, csos.size(), labels);
    }
  }

  // ---------------------------------------------------------------------------------------------------- SIM-11

  private static void sim11(RuleContext ctx, Subjects subjects) {
    Map<String, Appearance> first = new LinkedHashMap<>();
    Set<String> flagged = new HashSet<>();
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      List<StlMembership> memberships = stls.get(s).memberships();
      for (int i = 0; i < memberships.size(); i++) {
        StlMembership m = memberships.get(i);
        if (m.personId().isPresent()) {
          Optional<Sector> sector = sectorOf(ctx, m);
          if (sector.isPresent()) {
            appear(ctx, subjects, first, flagged, m.personId().get(), sector.get(), "/stls/" + s + "/memberships/" + i);
          }
        }
      }
    }
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      if (plans.get(p).coCreation().isEmpty()) {
        continue;
      }
      List<ParticipatoryTable> tables = plans.get(p).coCreation().get().tables();
      for (int t = 0; t < tables.size(); t++) {
        List<Participation> participants = tables.get(t).participants();
        for (int k = 0; k < participants.size(); k++) {
          Participation participation = participants.get(k);
          Optional<Sector> sector = sectorOf(ctx, participation);
          if (participation.personId().isPresent() && sector.isPresent()) {
            appear(ctx, subjects, first, flagged, participation.personId().get(), sector.get(),
                "/plans/" + p + "/coCreation/tables/" + t + "/participants/" + k);
          }
        }
      }
    }
    first.forEach((person, appearance) -> {
      if (!flagged.contains(person)) {
        subjects.pass(appearance.pointer());
      }
    });
  }

  private static void appear(RuleContext ctx, Subjects subjects, Map<String, Appearance> first, Set<String> flagged,
      String person, Sector sector, String pointer) {
    Appearance seen = first.putIfAbsent(person, new Appearance(sector, pointer));
    if (seen != null && seen.sector() != sector && flagged.add(person)) {
      subjects.fail(pointer, person, seen.sector().label(ctx.options().locale()),
          sector.label(ctx.options().locale()), seen.pointer());
    }
  }

  // ---------------------------------------------------------------------------------------------------- SIM-12

  private static void sim12(RuleContext ctx, Subjects subjects) {
    Optional<String> guarantor = ctx.exercise().guarantorBodyId();
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      List<StlSession> sessions = stls.get(s).sessions();
      for (int k = 0; k < sessions.size(); k++) {
        StlSession session = sessions.get(k);
        String pointer = "/stls/" + s + "/sessions/" + k;
        if (session.resolutions().isEmpty() || session.attendance().isEmpty()) {
          subjects.notApplicable(pointer);
          continue;
        }
        boolean inconclusive = false;
        int nonGovernment = 0;
        int guarantors = 0;
        for (Attendance a : session.attendance()) {
          if (!isPresent(a)) {
            continue;
          }
          Optional<StlMembership> m = a.membershipId().flatMap(id -> ctx.index().membership(id));
          if (m.isPresent() && !isSeat(m.get())) {
            continue;
          }
          Optional<Sector> sector = m.flatMap(x -> sectorOf(ctx, x));
          if (sector.isEmpty()) {
            inconclusive = true;
          } else if (!isGovernment(ctx, sector.get())) {
            nonGovernment++;
            boolean isGuarantor = GUARANTORS.contains(sector.get())
                || (guarantor.isPresent() && guarantor.equals(m.get().organizationId()));
            if (isGuarantor) {
              guarantors++;
            }
          }
        }
        boolean onlyGuarantor = nonGovernment > 0 && guarantors == nonGovernment;
        if (onlyGuarantor && inconclusive) {
          subjects.notApplicable(pointer);
        } else {
          subjects.check(!onlyGuarantor, pointer, session.id(), session.resolutions().size());
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------- SIM-13

  private static void sim13(RuleContext ctx, Subjects subjects) {
    int min = ctx.intThreshold("minProposals");
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      List<Proposal> proposals = plan.coCreation().map(c -> c.proposals()).orElse(List.of());
      String pointer = "/plans/" + p + (proposals.isEmpty() ? "" : "/coCreation/proposals");
      if (proposals.size() < min) {
        subjects.notApplicable(pointer);
        continue;
      }
      boolean allAdopted = proposals.stream().allMatch(x -> x.disposition().orElse(null) == Disposition.ADOPTED);
      boolean anyRationale = proposals.stream().map(Proposal::response).flatMap(Optional::stream)
          .anyMatch(r -> r.text().filter(t -> !t.isBlank()).isPresent() || r.url().isPresent());
      subjects.check(!(allAdopted && !anyRationale), pointer, plan.id(), proposals.size());
    }
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  /**
   * A member's sector, as the STL and SES rules read it: the seat sector as recorded, else its organisation's, else
   * (for an alternate) the sector of the titular seat it stands in for.
   */
  private static Optional<Sector> sectorOf(RuleContext ctx, StlMembership m) {
    return StlRules.seatSectorOrTitular(ctx, m);
  }

  /** A participant's sector: as recorded, else its organisation's. */
  private static Optional<Sector> sectorOf(RuleContext ctx, Participation p) {
    return p.sector().or(() -> organizationOf(ctx, p).flatMap(id -> StlRules.organizationSector(ctx, id)));
  }

  /** A participant's organisation: as recorded, else its person's. */
  private static Optional<String> organizationOf(RuleContext ctx, Participation p) {
    return p.organizationId().or(() -> p.personId().flatMap(id -> ctx.index().person(id))
        .flatMap(Person::organizationId));
  }

  private static boolean isGovernment(RuleContext ctx, Sector sector) {
    return ctx.options().governmentSeatSectors().contains(sector);
  }

  /** Whether a membership is a sector seat (not the facilitator, not an observer), as in the STL rules. */
  private static boolean isSeat(StlMembership m) {
    return StlRules.isSeat(m);
  }

  /** Whether a seat is titular, as in the STL rules: not recorded as an alternate nor naming a titular. */
  private static boolean isTitular(StlMembership m) {
    return StlRules.isTitularSeat(m);
  }

  private static boolean isPresent(Attendance a) {
    return a.present().orElse(true);
  }

  private static boolean exceeds(int part, int total, BigDecimal thresholdPercent) {
    return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(thresholdPercent.multiply(BigDecimal.valueOf(total)))
        > 0;
  }

  private static String percent(int part, int total) {
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /** Visits each plan's participants of all its tables, with the pointer of its co-creation (or the plan). */
  private static void forEachCoCreation(RuleContext ctx, CoCreationVisitor visitor) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      List<Participation> participants = new ArrayList<>();
      plan.coCreation().ifPresent(c -> c.tables().forEach(t -> participants.addAll(t.participants())));
      String pointer = "/plans/" + p + (participants.isEmpty() ? "" : "/coCreation");
      visitor.visit(plan, pointer, participants);
    }
  }

  @FunctionalInterface
  private interface CoCreationVisitor {
    void visit(LocalActionPlan plan, String pointer, List<Participation> participants);
  }

  private record Appearance(Sector sector, String pointer) {}
}
