package org.cocrea.validation.rules.ses;

import static org.cocrea.validation.rules.ses.SesSupport.sessionPointer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.StlSession;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SES-03 · Agenda and supporting documents circulated ≥ {@code agendaNoticeDays} (default 5) before each session. ·
 * W · agenda sentOn · [S:KIT5 agenda notice][S:OGP-LOC "shared relevant information prior to the meeting(s)"]; 5 days
 * [P]. The STL's own {@code rules.agendaNoticeDays} applies when recorded; otherwise the threshold
 * {@code agendaNoticeDays} (default 5).
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
        if (session.date().flatMap(PartialDate::toLocalDate).isEmpty()) {
          s.notApplicable(p);
          continue;
        }
        LocalDate date = session.date().flatMap(PartialDate::toLocalDate).get();
        if (session.agendaSentOn().flatMap(PartialDate::toLocalDate).isEmpty()) {
          s.failWith(p, "notSent", session.id(), date, notice);
          continue;
        }
        long days = ChronoUnit.DAYS.between(session.agendaSentOn().flatMap(PartialDate::toLocalDate).get(), date);
        s.check(days >= notice, p + "/agendaSentOn", session.id(), session.agendaSentOn().flatMap(PartialDate::toLocalDate).get(), date, days, notice);
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }
}
