package org.cocrea.validation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Attendance;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlSession;

/**
 * The SES rules of the catalogue (methodology.md section 4.2): how STL sessions are recorded, when their resolutions
 * are valid, and how early their agenda is circulated. The subjects are the sessions
 * ({@code /stls/0/sessions/3}); an exercise without sessions makes every SES rule not applicable.
 *
 * <p>Attendance: an entry counts as present unless recorded {@code present=false}; an alternate (a membership naming
 * the titular it stands in for) counts for that titular's seat, so a seat is counted once; the facilitator and
 * observers hold no seat and count neither for the quorum nor for a sector ({@link StlRules#presentSeat}).
 */
final class SesRules {

  /**
   * SES-01 · Every session has minutes with date, type, attendance by sector, agenda and resolutions. · W · StlSession
   * fields · [P]; practice [S:SIN]. "Attendance by sector" means every attendance entry names a membership whose sector
   * is known (its seat sector or its organisation's).
   */
  static final Rule SES_01 = Rule.define("SES-01").warning()
      .source("[P]; practice [S:SIN]")
      .check(SesRules::ses01);

  /**
   * SES-02 · A resolution is valid only if the session met its quorum including ≥1 CSO and ≥1 government member
   * present. · W · attendance, rules.quorum · [S:KIT5 quorum balances gov/society]; per-sector minimum [P]. Thresholds
   * [P] {@code minCsoPresent} and {@code minGovernmentPresent} (default 1 each); the STL's quorum rule
   * ({@code minMembers}, {@code minPerSector}) applies when recorded. Sessions without resolutions are not applicable.
   */
  static final Rule SES_02 = Rule.define("SES-02").warning()
      .source("[S:KIT5 quorum balances gov/society]; per-sector minimum [P]")
      .threshold("minCsoPresent", 1)
      .threshold("minGovernmentPresent", 1)
      .check(SesRules::ses02);

  /**
   * SES-03 · Agenda and supporting documents circulated ≥ {@code agendaNoticeDays} (default 5) before each session. ·
   * W · agenda sentOn · [S:KIT5 agenda notice][S:OGP-LOC "shared relevant information prior to the meeting(s)"]; 5 days
   * [P]. The STL's own {@code rules.agendaNoticeDays} applies when recorded; otherwise the threshold
   * {@code agendaNoticeDays} (default 5).
   */
  static final Rule SES_03 = Rule.define("SES-03").warning()
      .source("[S:KIT5 agenda notice][S:OGP-LOC \"shared relevant information prior to the meeting(s)\"]; 5 days [P]")
      .threshold("agendaNoticeDays", 5)
      .check(SesRules::ses03);

  private SesRules() {}

  static List<Rule> all() {
    return List.of(SES_01, SES_02, SES_03);
  }

  private static void ses01(RuleContext ctx, Subjects s) {
    boolean any = false;
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      for (int k = 0; k < stl.sessions().size(); k++) {
        any = true;
        StlSession session = stl.sessions().get(k);
        List<String> missing = new ArrayList<>();
        if (session.minutesUrl().isEmpty()) {
          missing.add(StlRules.part(ctx, "SES-01.part.minutes"));
        }
        if (session.date().isEmpty()) {
          missing.add(StlRules.part(ctx, "SES-01.part.date"));
        }
        if (session.type().isEmpty()) {
          missing.add(StlRules.part(ctx, "SES-01.part.type"));
        }
        boolean bySector = !session.attendance().isEmpty() && session.attendance().stream()
            .allMatch(a -> membership(ctx, a).flatMap(m -> StlRules.seatSectorOrTitular(ctx, m)).isPresent());
        if (!bySector) {
          missing.add(StlRules.part(ctx, "SES-01.part.attendance"));
        }
        if (session.agenda().isEmpty()) {
          missing.add(StlRules.part(ctx, "SES-01.part.agenda"));
        }
        if (session.resolutions().isEmpty()) {
          missing.add(StlRules.part(ctx, "SES-01.part.resolutions"));
        }
        s.check(missing.isEmpty(), sessionPointer(i, k), session.id(), String.join(", ", missing));
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static void ses02(RuleContext ctx, Subjects s) {
    int minCso = ctx.intThreshold("minCsoPresent");
    int minGov = ctx.intThreshold("minGovernmentPresent");
    boolean any = false;
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      Optional<QuorumRule> quorum = stl.rules().flatMap(OperatingRules::quorum);
      for (int k = 0; k < stl.sessions().size(); k++) {
        any = true;
        StlSession session = stl.sessions().get(k);
        String p = sessionPointer(i, k);
        if (session.resolutions().isEmpty()) {
          s.notApplicable(p);
          continue;
        }
        if (session.attendance().isEmpty()) {
          s.failWith(p + "/resolutions", "noAttendance", session.id(), session.resolutions().size());
          continue;
        }
        Set<String> seats = new HashSet<>();
        Map<Sector, Set<String>> bySector = new EnumMap<>(Sector.class);
        for (Attendance a : session.attendance()) {
          Optional<StlMembership> m = StlRules.presentSeat(ctx, a);
          if (m.isEmpty()) {
            continue;
          }
          String seat = StlRules.seatKey(m.get());
          seats.add(seat);
          StlRules.seatSectorOrTitular(ctx, m.get())
              .ifPresent(sector -> bySector.computeIfAbsent(sector, x -> new HashSet<>()).add(seat));
        }
        int cso = bySector.getOrDefault(Sector.CIVIL_SOCIETY, Set.of()).size();
        int gov = bySector.entrySet().stream()
            .filter(e -> StlRules.isGovernment(ctx, e.getKey())).mapToInt(e -> e.getValue().size()).sum();
        List<String> unmet = new ArrayList<>();
        if (quorum.isPresent()) {
          int minMembers = quorum.get().minMembers().orElse(0);
          if (seats.size() < minMembers) {
            unmet.add(StlRules.part(ctx, "SES-02.part.minMembers", seats.size(), minMembers));
          }
          for (Map.Entry<Sector, Integer> e : quorum.get().minPerSector().entrySet()) {
            int present = bySector.getOrDefault(e.getKey(), Set.of()).size();
            if (present < e.getValue()) {
              unmet.add(StlRules.part(ctx, "SES-02.part.sector", e.getKey().label(StlRules.locale(ctx)), present,
                  e.getValue()));
            }
          }
        }
        if (cso < minCso) {
          unmet.add(StlRules.part(ctx, "SES-02.part.cso", cso, minCso));
        }
        if (gov < minGov) {
          unmet.add(StlRules.part(ctx, "SES-02.part.government", gov, minGov));
        }
        s.check(unmet.isEmpty(), p + "/resolutions", session.id(), session.resolutions().size(),
            String.join("; ", unmet));
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static void ses03(RuleContext ctx, Subjects s) {
    int defaultNotice = ctx.intThreshold("agendaNoticeDays");
    boolean any = false;
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      int notice = stl.rules().flatMap(OperatingRules::agendaNoticeDays).orElse(defaultNotice);
      for (int k = 0; k < stl.sessions().size(); k++) {
        any = true;
        StlSession session = stl.sessions().get(k);
        String p = sessionPointer(i, k);
        if (session.date().isEmpty()) {
          s.notApplicable(p);
          continue;
        }
        LocalDate date = session.date().get();
        if (session.agendaSentOn().isEmpty()) {
          s.failWith(p, "notSent", session.id(), date, notice);
          continue;
        }
        long days = ChronoUnit.DAYS.between(session.agendaSentOn().get(), date);
        s.check(days >= notice, p + "/agendaSentOn", session.id(), session.agendaSentOn().get(), date, days, notice);
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static Optional<StlMembership> membership(RuleContext ctx, Attendance a) {
    return a.membershipId().flatMap(id -> ctx.index().membership(id));
  }

  private static String sessionPointer(int stl, int session) {
    return StlRules.stlPointer(stl) + "/sessions/" + session;
  }
}
