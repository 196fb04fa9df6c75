package org.cocrea.validation.rules.ses;

import static org.cocrea.validation.rules.ses.SesSupport.sessionPointer;
import static org.cocrea.validation.rules.support.Seats.isGovernment;
import static org.cocrea.validation.rules.support.Seats.presentSeat;
import static org.cocrea.validation.rules.support.Seats.seatKey;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.support.Texts.locale;
import static org.cocrea.validation.rules.support.Texts.part;

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
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SES-02 · A resolution is valid only if the session met its quorum including ≥1 CSO and ≥1 government member
 * present. · W · attendance, rules.quorum · [S:KIT5 quorum balances gov/society]; per-sector minimum [P]. Thresholds
 * [P] {@code minCsoPresent} and {@code minGovernmentPresent} (default 1 each); the STL's quorum rule
 * ({@code minMembers}, {@code minPerSector}) applies when recorded. Sessions without resolutions are not applicable.
 */
public final class Ses02ResolutionQuorum {

  /** The rule SES-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SES-02").anyFramework().warning()
      .source("[S:KIT5 quorum balances gov/society]; per-sector minimum [P]")
      .threshold("minCsoPresent", 1)
      .threshold("minGovernmentPresent", 1)
      .needs("stls[].sessions[].resolutions", "stls[].sessions[].attendance[].present", "stls[].rules.quorum")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Ses02ResolutionQuorum::check);

  private Ses02ResolutionQuorum() {}

  private static void check(RuleContext ctx, Subjects s) {
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
          Optional<StlMembership> m = presentSeat(ctx, a);
          if (m.isEmpty()) {
            continue;
          }
          String seat = seatKey(m.get());
          seats.add(seat);
          seatSectorOrTitular(ctx, m.get())
              .ifPresent(sector -> bySector.computeIfAbsent(sector, x -> new HashSet<>()).add(seat));
        }
        int cso = bySector.getOrDefault(Sector.CIVIL_SOCIETY, Set.of()).size();
        int gov = bySector.entrySet().stream()
            .filter(e -> isGovernment(ctx, e.getKey())).mapToInt(e -> e.getValue().size()).sum();
        List<String> unmet = new ArrayList<>();
        if (quorum.isPresent()) {
          int minMembers = quorum.get().minMembers().orElse(0);
          if (seats.size() < minMembers) {
            unmet.add(part(ctx, "SES-02.part.minMembers", seats.size(), minMembers));
          }
          for (Map.Entry<Sector, Integer> e : quorum.get().minPerSector().entrySet()) {
            int present = bySector.getOrDefault(e.getKey(), Set.of()).size();
            if (present < e.getValue()) {
              unmet.add(part(ctx, "SES-02.part.sector", e.getKey().label(locale(ctx)), present,
                  e.getValue()));
            }
          }
        }
        if (cso < minCso) {
          unmet.add(part(ctx, "SES-02.part.cso", cso, minCso));
        }
        if (gov < minGov) {
          unmet.add(part(ctx, "SES-02.part.government", gov, minGov));
        }
        s.check(unmet.isEmpty(), p + "/resolutions", session.id(), session.resolutions().size(),
            String.join("; ", unmet));
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }
}
