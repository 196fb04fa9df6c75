package org.cocrea.validation.rules.ses;

import static org.cocrea.validation.rules.ses.SesSupport.sessionPointer;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.PartialDate;
import org.cocrea.core.StlSession;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;

/**
 * SES-03 · Agenda and supporting documents circulated ≥ {@code agendaNoticeDays} (default 5) before each session. ·
 * W · agenda sentOn · [S:KIT5 agenda notice][S:OGP-LOC "shared relevant information prior to the meeting(s)"]; 5 days
 * [P]. The STL's own {@code rules.agendaNoticeDays} applies when recorded; otherwise the threshold
 * {@code agendaNoticeDays} (default 5).
 *
 * <p>When the agenda went out is absent from a PARTIAL record or part: NOT_RECORDED.
 */
public final class Ses03AgendaNotice {

  /** The rule SES-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SES-03").anyFramework().warning()
      .source("[S:KIT5 agenda notice][S:OGP-LOC \"shared relevant information prior to the meeting(s)\"]; 5 days [P]")
      .threshold("agendaNoticeDays", 5)
      .needs("stls[].sessions[].agendaSentOn", "stls[].sessions[].date", "stls[].rules.agendaNoticeDays")
      .whenAbsent(Absence.FAIL)
      .check(Ses03AgendaNotice::check);

  private Ses03AgendaNotice() {}

  private static void check(RuleContext ctx, Subjects s) {
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
        PartialDate date = session.date().get();
        if (session.agendaSentOn().isEmpty() && !ctx.complete(session, "agendaSentOn")) {
          s.notRecorded(p, p + "/agendaSentOn");   // a partial record: when the agenda went out is not recorded
          continue;
        }
        if (session.agendaSentOn().isEmpty()) {
          s.failWith(p, "notSent", session.id(), date, notice);
          continue;
        }
        // a notice counted in days needs both dates to the day (real-records §3)
        Optional<Long> days = Dates.daysBetween(session.agendaSentOn().get(), date);
        if (days.isEmpty()) {
          s.notRecorded(p, p + "/agendaSentOn", p + "/date");
          continue;
        }
        s.check(days.get() >= notice, p + "/agendaSentOn", session.id(), session.agendaSentOn().get(), date, days.get(),
            notice);
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }
}
