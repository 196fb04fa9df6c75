package org.cocrea.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.core.Attendance;
import org.cocrea.core.CallPurpose;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.Labelled;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.Person;
import org.cocrea.core.PublicCall;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;

/**
 * The STL rules of the catalogue (methodology.md section 4.2): composition and functioning of the Local Technical
 * Secretariat. Also holds the small helpers the EXE, SES, TRN and TRK rules share (sector of a seat or signatory,
 * titular seats, localised lists).
 *
 * <p>Seats: a membership is a <em>seat</em> unless its role is {@link StlRole#FACILITATOR} or
 * {@link StlRole#OBSERVER}; a seat is <em>titular</em> unless it is recorded as {@code titular=false} or names the
 * titular it stands in for ({@code alternateOfId}). The sector of a seat is its {@code seatSector}, otherwise the
 * sector of the organisation holding it; an organisation's sector is the one recorded, or the guarantor body's for
 * the exercise's {@code guarantorBodyId} ({@link #organizationSector}, used by every family). Government seats are
 * those whose sector is in {@link ValidatorOptions#governmentSeatSectors()}.
 */
final class StlRules {

  /** Sectors whose seat holders are public servants when the person's status is not recorded (STL-04). */
  private static final Set<Sector> PUBLIC_SECTORS =
      EnumSet.of(Sector.GOVERNMENT, Sector.GUARANTOR_BODY, Sector.AUTONOMOUS_BODY, Sector.NATIONAL_GUARANTOR);

  /** Sectors whose seat holders are not public servants when the person's status is not recorded (STL-04). */
  private static final Set<Sector> NON_PUBLIC_SECTORS =
      EnumSet.of(Sector.CIVIL_SOCIETY, Sector.PRIVATE_SECTOR, Sector.MEDIA, Sector.RELIGIOUS);

  /**
   * STL-01 · STL has ≥1 titular seat for each of GOVERNMENT, CIVIL_SOCIETY and GUARANTOR_BODY. · E ·
   * memberships.seatSector · [S:SRC][S:KIT3][S:APT "tres sectores"][S:MOD comité minimum]
   */
  static final Rule STL_01 = Rule.define("STL-01").error()
      .source("[S:SRC][S:KIT3][S:APT \"tres sectores\"][S:MOD comité minimum]")
      .check(StlRules::stl01);

  /**
   * STL-02 · STL installation is documented by an Acta de instalación with date and signatories of the three
   * sectors. · E · installationAct · [S:F16][S:APT]
   */
  static final Rule STL_02 = Rule.define("STL-02").error()
      .source("[S:F16][S:APT]")
      .check(StlRules::stl02);

  /**
   * STL-03 · Civil-society titular seats ≥ government titular seats (parity). · W · seat counts · [P]; parity practice
   * 2–2 in Campeche, Durango, Oaxaca, SLP [S:APT]; OGP Steering Committee equal numbers [S:MISC]. Threshold [P]
   * {@code minCsoPerGovernmentSeat} (default 1: parity); government seats per
   * {@link ValidatorOptions#governmentSeatSectors()}.
   */
  static final Rule STL_03 = Rule.define("STL-03").warning()
      .source("[P]; parity practice 2–2 in Campeche, Durango, Oaxaca, SLP [S:APT]; "
          + "OGP Steering Committee equal numbers [S:MISC]")
      .threshold("minCsoPerGovernmentSeat", 1)
      .check(StlRules::stl03);

  /**
   * STL-04 · ≥51% of STL members are not public servants (stricter CIMTRA benchmark, optional). · W ·
   * Person.isPublicServant · [S:CIMTRA crit. 31, for municipal councils]. Threshold {@code minNonPublicServantPercent}
   * (default 51). A seat holder's status is the person's {@code publicServant} when recorded, otherwise inferred from
   * the seat sector (government, guarantor, autonomous and national guarantor seats: public servants; civil-society,
   * private-sector, media and religious seats: not); seats whose status cannot be told are left out of the count.
   */
  static final Rule STL_04 = Rule.define("STL-04").warning()
      .source("[S:CIMTRA crit. 31, for municipal councils]")
      .threshold("minNonPublicServantPercent", 51)
      .check(StlRules::stl04);

  /**
   * STL-05 · STL basic rules (quorum, agenda notice, decision rule) exist and are public. · E · rules.publishedUrl,
   * fields · [S:OGP-STD MR 1][S:KIT5]
   */
  static final Rule STL_05 = Rule.define("STL-05").error()
      .source("[S:OGP-STD MR 1][S:KIT5]")
      .check(StlRules::stl05);

  /**
   * STL-06 · While the exercise is active, the gap between consecutive STL sessions is ≤ 6 months (183 days). · E ·
   * sessions.date · [S:OGP-STD MR 1 "at least every six months"]. Threshold {@code maxGapDays} (default 183).
   * Time-aware: the gaps are measured from the installation through every session held up to the as-of date and, while
   * the STL and the exercise are active (not {@code INACTIVE}/{@code DISSOLVED}, not {@code SUSPENDED}), from the last
   * session to the as-of date.
   */
  static final Rule STL_06 = Rule.define("STL-06").error()
      .source("[S:OGP-STD MR 1 \"at least every six months\"]")
      .threshold("maxGapDays", 183)
      .timeAware()
      .check(StlRules::stl06);

  /**
   * STL-07 · Each titular seat has a designated alternate (suplente). · W · alternateOf · [S:KIT4][S:SIN]
   */
  static final Rule STL_07 = Rule.define("STL-07").warning()
      .source("[S:KIT4][S:SIN]")
      .check(StlRules::stl07);

  /**
   * STL-08 · A facilitator is designated at or after installation. · W · facilitator · [S:APT all STL pages]. A
   * membership with role {@link StlRole#FACILITATOR} (not starting before the installation) or an installation act
   * recording {@code facilitatorDesignated} counts.
   */
  static final Rule STL_08 = Rule.define("STL-08").warning()
      .source("[S:APT all STL pages]")
      .check(StlRules::stl08);

  /**
   * STL-09 · CSO seats are filled through a documented public call (or CSO-nucleus designation), not by government
   * invitation only. · W · selection, publicCalls · [S:APT NL, Coahuila][S:YUC][S:CIMTRA crit. 30]. A public call is
   * documented when the seat names a declared call, or the exercise declares a call for STL seats.
   */
  static final Rule STL_09 = Rule.define("STL-09").warning()
      .source("[S:APT NL, Coahuila][S:YUC][S:CIMTRA crit. 30]")
      .check(StlRules::stl09);

  /**
   * STL-10 · Rules include continuity provisions (succession plan, crisis/election continuity agreement). · W · rules
   * flags · [S:KIT4][S:KIT3]
   */
  static final Rule STL_10 = Rule.define("STL-10").warning()
      .source("[S:KIT4][S:KIT3]")
      .check(StlRules::stl10);

  /**
   * STL-11 · STL has ≥2 distinct CSOs (not a single-CSO "sociedad civil" seat). · W · distinct CSO orgs · [P]; risk
   * visible in 1-CSO STLs (Sonora, Tabasco, Tlaxcala, Morelos) [S:APT]. Threshold [P] {@code minDistinctCsos}
   * (default 2); counts the organisations holding civil-society seats, titular or alternate.
   */
  static final Rule STL_11 = Rule.define("STL-11").warning()
      .source("[P]; risk visible in 1-CSO STLs (Sonora, Tabasco, Tlaxcala, Morelos) [S:APT]")
      .threshold("minDistinctCsos", 2)
      .check(StlRules::stl11);

  private StlRules() {}

  static List<Rule> all() {
    return List.of(STL_01, STL_02, STL_03, STL_04, STL_05, STL_06, STL_07, STL_08, STL_09, STL_10, STL_11);
  }

  // ---------------------------------------------------------------------------------------------------- checks

  private static void stl01(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      Set<Sector> seated = EnumSet.noneOf(Sector.class);
      for (StlMembership m : stl.memberships()) {
        if (isTitularSeat(m)) {
          seatSector(ctx, m).ifPresent(seated::add);
        }
      }
      List<Labelled> missing = missingThreeSectors(ctx, seated);
      String p = stlPointer(i);
      s.check(missing.isEmpty(), stl.memberships().isEmpty() ? p : p + "/memberships", stl.id(), labels(missing, ctx));
    }
  }

  private static void stl02(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      String p = stlPointer(i);
      Optional<InstallationAct> act = stl.installationAct();
      if (act.isEmpty()) {
        if (stl.installedOn().isPresent()) {
          s.failWith(p, "noAct", stl.id(), stl.installedOn().get());
        } else {
          s.notApplicable(p);
        }
        continue;
      }
      List<String> missing = new ArrayList<>();
      if (act.get().date().isEmpty()) {
        missing.add(part(ctx, "STL-02.part.date"));
      }
      Set<Sector> signed = EnumSet.noneOf(Sector.class);
      for (Signatory sig : act.get().signatories()) {
        signatorySector(ctx, sig).ifPresent(signed::add);
      }
      for (Labelled sector : missingThreeSectors(ctx, signed)) {
        missing.add(part(ctx, "STL-02.part.signatory", sector.label(locale(ctx))));
      }
      s.check(missing.isEmpty(), p + "/installationAct", stl.id(), String.join(", ", missing));
    }
  }

  private static void stl03(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    BigDecimal ratio = ctx.threshold("minCsoPerGovernmentSeat");
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      int cso = 0;
      int gov = 0;
      for (StlMembership m : stl.memberships()) {
        if (!isTitularSeat(m)) {
          continue;
        }
        Optional<Sector> sector = seatSector(ctx, m);
        if (sector.isEmpty()) {
          continue;
        }
        if (sector.get() == Sector.CIVIL_SOCIETY) {
          cso++;
        } else if (isGovernment(ctx, sector.get())) {
          gov++;
        }
      }
      String p = stlPointer(i);
      if (cso == 0 && gov == 0) {
        s.notApplicable(p);
        continue;
      }
      boolean ok = BigDecimal.valueOf(cso).compareTo(ratio.multiply(BigDecimal.valueOf(gov))) >= 0;
      s.check(ok, p + "/memberships", stl.id(), cso, gov, ratio.stripTrailingZeros().toPlainString());
    }
  }

  private static void stl04(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    BigDecimal minPercent = ctx.threshold("minNonPublicServantPercent");
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      int known = 0;
      int nonPublic = 0;
      for (StlMembership m : stl.memberships()) {
        if (!isTitularSeat(m)) {
          continue;
        }
        Optional<Boolean> publicServant = isPublicServant(ctx, m);
        if (publicServant.isPresent()) {
          known++;
          if (!publicServant.get()) {
            nonPublic++;
          }
        }
      }
      String p = stlPointer(i);
      if (known == 0) {
        s.notApplicable(p);
        continue;
      }
      boolean ok = BigDecimal.valueOf(nonPublic).multiply(BigDecimal.valueOf(100))
          .compareTo(minPercent.multiply(BigDecimal.valueOf(known))) >= 0;
      s.check(ok, p + "/memberships", stl.id(), nonPublic, known, minPercent.stripTrailingZeros().toPlainString());
    }
  }

  private static void stl05(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      String p = stlPointer(i);
      if (stl.rules().isEmpty()) {
        s.failWith(p, "noRules", stl.id());
        continue;
      }
      OperatingRules rules = stl.rules().get();
      List<String> missing = new ArrayList<>();
      boolean quorum = rules.quorum().map(q -> q.minMembers().isPresent() || !q.minPerSector().isEmpty()).orElse(false);
      if (!quorum) {
        missing.add(part(ctx, "STL-05.part.quorum"));
      }
      if (rules.agendaNoticeDays().isEmpty()) {
        missing.add(part(ctx, "STL-05.part.agendaNotice"));
      }
      if (rules.decisionRule().isEmpty()) {
        missing.add(part(ctx, "STL-05.part.decisionRule"));
      }
      if (rules.publishedUrl().isEmpty()) {
        missing.add(part(ctx, "STL-05.part.publishedUrl"));
      }
      s.check(missing.isEmpty(), p + "/rules", stl.id(), String.join(", ", missing));
    }
  }

  private static void stl06(RuleContext ctx, Subjects s) {
    LocalDate asOf = ctx.asOf().orElseThrow();
    int maxGap = ctx.intThreshold("maxGapDays");
    boolean exerciseActive = ctx.exercise().status().map(st -> st != ExerciseStatus.SUSPENDED).orElse(true);
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      String p = stlPointer(i);
      List<Integer> held = sessionsHeldBy(stl, asOf);
      LocalDate previous = stl.installedOn().filter(d -> !d.isAfter(asOf)).orElse(null);
      if (previous == null && held.isEmpty()) {
        s.notApplicable(p);
        continue;
      }
      for (int k : held) {
        LocalDate date = stl.sessions().get(k).date().orElseThrow();
        if (previous != null) {
          long gap = ChronoUnit.DAYS.between(previous, date);
          s.check(gap <= maxGap, p + "/sessions/" + k + "/date", stl.id(), previous, date, gap, maxGap);
        }
        if (previous == null || date.isAfter(previous)) {
          previous = date;
        }
      }
      boolean stlActive = stl.status().map(st -> st == StlStatus.ACTIVE || st == StlStatus.RECONFIGURING).orElse(true);
      if (exerciseActive && stlActive) {
        long gap = ChronoUnit.DAYS.between(previous, asOf);
        if (gap <= maxGap) {
          s.pass(p);
        } else {
          s.failWith(p, "sinceLast", stl.id(), previous, asOf, gap, maxGap);
        }
      }
    }
  }

  private static void stl07(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    boolean any = false;
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      Set<String> covered = stl.memberships().stream()
          .map(StlMembership::alternateOfId).flatMap(Optional::stream).collect(Collectors.toSet());
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        if (isTitularSeat(m)) {
          any = true;
          s.check(covered.contains(m.id()), stlPointer(i) + "/memberships/" + j, m.id(), stl.id());
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static void stl08(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      String p = stlPointer(i);
      if (stl.installedOn().isEmpty()) {
        s.notApplicable(p);
        continue;
      }
      LocalDate installed = stl.installedOn().get();
      int early = -1;
      boolean designated = false;
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        if (m.role().orElse(null) != StlRole.FACILITATOR) {
          continue;
        }
        if (m.startDate().map(d -> d.isBefore(installed)).orElse(false)) {
          early = early < 0 ? j : early;
        } else {
          designated = true;
        }
      }
      if (designated || stl.installationAct().flatMap(InstallationAct::facilitatorDesignated).orElse(false)) {
        s.pass(p);
      } else if (early >= 0) {
        StlMembership m = stl.memberships().get(early);
        s.failWith(p + "/memberships/" + early + "/startDate", "early", stl.id(), m.startDate().orElseThrow(), installed);
      } else {
        s.fail(p, stl.id());
      }
    }
  }

  private static void stl09(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    boolean seatCall = ctx.exercise().publicCalls().stream()
        .anyMatch(c -> c.purpose().map(pp -> pp == CallPurpose.STL_SEAT).orElse(true));
    boolean any = false;
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        if (!isTitularSeat(m) || seatSector(ctx, m).orElse(null) != Sector.CIVIL_SOCIETY) {
          continue;
        }
        any = true;
        String p = stlPointer(i) + "/memberships/" + j;
        Optional<SelectionMethod> selection = m.selection();
        if (selection.isEmpty()) {
          s.failWith(p, "unknown", m.id(), stl.id());
        } else if (selection.get() == SelectionMethod.DESIGNATED_BY_CSO_NUCLEUS) {
          s.pass(p);
        } else if (selection.get() == SelectionMethod.PUBLIC_CALL) {
          boolean documented = m.publicCallId()
              .map(id -> ctx.index().find(PublicCall.class, id).isPresent())
              .orElse(seatCall);
          if (documented) {
            s.pass(p);
          } else {
            s.failWith(p + (m.publicCallId().isPresent() ? "/publicCallId" : "/selection"), "undocumented",
                m.id(), stl.id());
          }
        } else {
          s.fail(p + "/selection", m.id(), stl.id(), selection.get().label(locale(ctx)));
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static void stl10(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      String p = stlPointer(i);
      if (stl.rules().isEmpty()) {
        s.notApplicable(p);
        continue;
      }
      OperatingRules rules = stl.rules().get();
      List<String> missing = new ArrayList<>();
      if (!rules.successionPlan().orElse(false)) {
        missing.add(part(ctx, "STL-10.part.successionPlan"));
      }
      if (!rules.crisisContinuityAgreement().orElse(false)) {
        missing.add(part(ctx, "STL-10.part.crisisContinuity"));
      }
      s.check(missing.isEmpty(), p + "/rules", stl.id(), String.join(", ", missing));
    }
  }

  private static void stl11(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    if (stls.isEmpty()) {
      s.notApplicable("");
    }
    int min = ctx.intThreshold("minDistinctCsos");
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      String p = stlPointer(i);
      if (stl.memberships().isEmpty()) {
        s.notApplicable(p);
        continue;
      }
      Set<String> csos = new LinkedHashSet<>();
      for (StlMembership m : stl.memberships()) {
        if (isSeat(m) && seatSectorOrTitular(ctx, m).orElse(null) == Sector.CIVIL_SOCIETY) {
          m.organizationId().ifPresent(csos::add);
        }
      }
      s.check(csos.size() >= min, p + "/memberships", stl.id(), csos.size(), min);
    }
  }

  // --------------------------------------------------------------------------------------- shared helpers

  /** The pointer of the i-th STL. */
  static String stlPointer(int i) {
    return "/stls/" + i;
  }

  /** Whether a membership is a seat (not the facilitator nor an observer). */
  static boolean isSeat(StlMembership m) {
    StlRole role = m.role().orElse(null);
    return role != StlRole.FACILITATOR && role != StlRole.OBSERVER;
  }

  /** Whether a membership is a titular seat: a seat not recorded as an alternate. */
  static boolean isTitularSeat(StlMembership m) {
    return isSeat(m) && m.titular().orElse(true) && m.alternateOfId().isEmpty();
  }

  /** The sector of a seat: its seat sector, otherwise its organisation's sector. */
  static Optional<Sector> seatSector(RuleContext ctx, StlMembership m) {
    return sectorOf(ctx, m.seatSector(), m.organizationId());
  }

  /** The sector of a seat, or of the titular seat an alternate stands in for when the alternate records none. */
  static Optional<Sector> seatSectorOrTitular(RuleContext ctx, StlMembership m) {
    return seatSector(ctx, m).or(() -> m.alternateOfId()
        .flatMap(id -> ctx.index().membership(id))
        .flatMap(t -> seatSector(ctx, t)));
  }

  /**
   * The seat a present attendance entry fills, as every attendance-based rule (SES-02, CO-07, TRK-06, SIM-07, SIM-12)
   * reads it: the entry counts as present unless recorded {@code present=false}, and only a seat counts (the
   * facilitator and observers attend but hold no seat of any sector).
   */
  static Optional<StlMembership> presentSeat(RuleContext ctx, Attendance a) {
    if (!a.present().orElse(true)) {
      return Optional.empty();
    }
    return a.membershipId().flatMap(id -> ctx.index().membership(id)).filter(StlRules::isSeat);
  }

  /** The sector of a signatory: the sector it signed for, otherwise its organisation's sector. */
  static Optional<Sector> signatorySector(RuleContext ctx, Signatory sig) {
    return sectorOf(ctx, sig.sector(), sig.organizationId());
  }

  /** An explicit sector, otherwise the referenced organisation's sector ({@link #organizationSector}). */
  static Optional<Sector> sectorOf(RuleContext ctx, Optional<Sector> explicit, Optional<String> organizationId) {
    return explicit.or(() -> organizationId.flatMap(id -> organizationSector(ctx, id)));
  }

  /**
   * The sector of an organisation, as every rule reads it: its recorded sector, else {@link Sector#GUARANTOR_BODY}
   * when it is the exercise's guarantor body ({@code guarantorBodyId}); empty when unknown.
   */
  static Optional<Sector> organizationSector(RuleContext ctx, String organizationId) {
    Optional<Sector> recorded = ctx.index().sectorOf(organizationId);
    if (recorded.isPresent()) {
      return recorded;
    }
    return ctx.exercise().guarantorBodyId().filter(organizationId::equals).map(id -> Sector.GUARANTOR_BODY);
  }

  /** Whether a sector counts as government ({@link ValidatorOptions#governmentSeatSectors()}). */
  static boolean isGovernment(RuleContext ctx, Sector sector) {
    return ctx.options().governmentSeatSectors().contains(sector);
  }

  /**
   * Which of the three sectors (government, civil society, guarantor body) a set of sectors lacks; government is met
   * by any sector of {@link ValidatorOptions#governmentSeatSectors()}.
   */
  static List<Labelled> missingThreeSectors(RuleContext ctx, Set<Sector> present) {
    List<Labelled> missing = new ArrayList<>();
    if (present.stream().noneMatch(sector -> isGovernment(ctx, sector))) {
      missing.add(Sector.GOVERNMENT);
    }
    if (!present.contains(Sector.CIVIL_SOCIETY)) {
      missing.add(Sector.CIVIL_SOCIETY);
    }
    if (!present.contains(Sector.GUARANTOR_BODY)) {
      missing.add(Sector.GUARANTOR_BODY);
    }
    return missing;
  }

  /** The language of the validation's messages. */
  static Locale locale(RuleContext ctx) {
    return ctx.options().locale();
  }

  /** Labels of enum constants in the validation's language, joined with commas. */
  static String labels(Collection<? extends Labelled> values, RuleContext ctx) {
    return values.stream().map(v -> v.label(locale(ctx))).collect(Collectors.joining(", "));
  }

  /** A localised fragment of a message (a {@code <ID>.part.<name>} key), with its arguments. */
  static String part(RuleContext ctx, String key, Object... arguments) {
    List<String> args = new ArrayList<>();
    for (Object a : arguments) {
      args.add(String.valueOf(a));
    }
    return Messages.render(key, args, locale(ctx));
  }

  /** Indexes of the STL's sessions with a date on or before the as-of date, in date order (ties by position). */
  static List<Integer> sessionsHeldBy(LocalTechnicalSecretariat stl, LocalDate asOf) {
    List<Integer> held = new ArrayList<>();
    List<StlSession> sessions = stl.sessions();
    for (int k = 0; k < sessions.size(); k++) {
      if (sessions.get(k).date().map(d -> !d.isAfter(asOf)).orElse(false)) {
        held.add(k);
      }
    }
    held.sort(Comparator.comparing((Integer k) -> sessions.get(k).date().orElseThrow()).thenComparing(k -> k));
    return held;
  }

  /**
   * Whether a seat holder is a public servant: the person's recorded status, otherwise inferred from the seat sector;
   * empty when it cannot be told.
   */
  private static Optional<Boolean> isPublicServant(RuleContext ctx, StlMembership m) {
    Optional<Boolean> recorded = m.personId().flatMap(id -> ctx.index().person(id)).flatMap(Person::publicServant);
    if (recorded.isPresent()) {
      return recorded;
    }
    Optional<Sector> sector = seatSector(ctx, m);
    if (sector.isPresent() && PUBLIC_SECTORS.contains(sector.get())) {
      return Optional.of(true);
    }
    if (sector.isPresent() && NON_PUBLIC_SECTORS.contains(sector.get())) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** Distinct seats (titular ids; alternates count for the seat they stand in for) — used by SES rules. */
  static String seatKey(StlMembership m) {
    return m.alternateOfId().orElse(m.id());
  }
}
