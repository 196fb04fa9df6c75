package org.cocrea.validation.rules.ses;

import static org.cocrea.validation.rules.ses.SesSupport.sessionPointer;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.support.Texts.part;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.Attendance;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlSession;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Missing;

/**
 * SES-01 · Every session has minutes with date, type, attendance by sector, agenda and resolutions. · W · StlSession
 * fields · [P]; practice [S:SIN]. "Attendance by sector" means every attendance entry names a membership whose sector
 * is known (its seat sector or its organisation's).
 *
 * <p>Parts absent from a PARTIAL record or part are not recorded: the session fails only on what is recorded as none,
 * and is NOT_RECORDED when the rest is merely not recorded.
 */
public final class Ses01SessionMinutes {

  /** The rule SES-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SES-01").anyFramework().warning()
      .source("[P]; practice [S:SIN]")
      .needs("stls[].sessions[].date", "stls[].sessions[].type", "stls[].sessions[].attendance",
          "stls[].sessions[].agenda", "stls[].sessions[].resolutions", "stls[].sessions[].minutesUrl")
      .whenAbsent(Absence.FAIL)
      .check(Ses01SessionMinutes::check);

  private Ses01SessionMinutes() {}

  private static void check(RuleContext ctx, Subjects s) {
    boolean any = false;
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      for (int k = 0; k < stl.sessions().size(); k++) {
        any = true;
        StlSession session = stl.sessions().get(k);
        String at = sessionPointer(i, k);
        Missing missing = new Missing(ctx);
        if (session.minutesUrl().isEmpty()) {
          missing.add(session, "minutesUrl", at + "/minutesUrl", part(ctx, "SES-01.part.minutes"));
        }
        if (session.date().isEmpty()) {
          missing.add(session, "date", at + "/date", part(ctx, "SES-01.part.date"));
        }
        if (session.type().isEmpty()) {
          missing.add(session, "type", at + "/type", part(ctx, "SES-01.part.type"));
        }
        boolean bySector = !session.attendance().isEmpty() && session.attendance().stream()
            .allMatch(a -> membership(ctx, a).flatMap(m -> seatSectorOrTitular(ctx, m)).isPresent());
        if (!bySector) {
          missing.add(session, "attendance", at + "/attendance", part(ctx, "SES-01.part.attendance"));
        }
        if (session.agenda().isEmpty()) {
          missing.add(session, "agenda", at + "/agenda", part(ctx, "SES-01.part.agenda"));
        }
        if (session.resolutions().isEmpty()) {
          missing.add(session, "resolutions", at + "/resolutions", part(ctx, "SES-01.part.resolutions"));
        }
        missing.report(s, at, "message", parts -> new Object[] {session.id(), parts});
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }

  private static Optional<StlMembership> membership(RuleContext ctx, Attendance a) {
    return a.membershipId().flatMap(id -> ctx.index().membership(id));
  }
}
