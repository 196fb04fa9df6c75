package org.cocrea.validation.rules.exe;

import static org.cocrea.validation.rules.support.Texts.part;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Audience;
import org.cocrea.core.AwarenessEvent;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * EXE-04 · ≥1 awareness event for CSOs/general public and ≥1 for public servants before STL installation. · W ·
 * awarenessEvents.audiences/date · [S:APT][S:SRC step 2]. Events dated on or before the first STL installation count;
 * public-servant audiences are public servants, senior officials and municipalities.
 */
public final class Exe04AwarenessEvents {

  /** The rule EXE-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EXE-04").inaiLocal().warning()
      .source("[S:APT][S:SRC step 2]")
      .needs("awarenessEvents[].audiences", "awarenessEvents[].date", "stls[].installedOn")
      .whenAbsent(Absence.FAIL)
      .check(Exe04AwarenessEvents::check);

  private Exe04AwarenessEvents() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    Optional<LocalDate> installed = x.stls().stream()
        .map(LocalTechnicalSecretariat::installedOn).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream()).min(LocalDate::compareTo);
    if (installed.isEmpty()) {
      s.notApplicable("");
      return;
    }
    boolean forPublic = false;
    boolean forServants = false;
    for (AwarenessEvent e : x.awarenessEvents()) {
      if (e.date().flatMap(PartialDate::toLocalDate).map(d -> !d.isAfter(installed.get())).orElse(false)) {
        forPublic |= e.audiences().stream().anyMatch(PUBLIC_AUDIENCES::contains);
        forServants |= e.audiences().stream().anyMatch(SERVANT_AUDIENCES::contains);
      }
    }
    List<String> missing = new ArrayList<>();
    if (!forPublic) {
      missing.add(part(ctx, "EXE-04.part.public"));
    }
    if (!forServants) {
      missing.add(part(ctx, "EXE-04.part.servants"));
    }
    s.check(missing.isEmpty(), x.awarenessEvents().isEmpty() ? "" : "/awarenessEvents", installed.get(),
        String.join(", ", missing));
  }

  /** Audiences that count as civil society or the general public (EXE-04). */
  private static final Set<Audience> PUBLIC_AUDIENCES = EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC);

  /** Audiences that count as public servants (EXE-04): officials of any level, municipalities' staff. */
  private static final Set<Audience> SERVANT_AUDIENCES =
      EnumSet.of(Audience.PUBLIC_SERVANTS, Audience.SENIOR_OFFICIALS, Audience.MUNICIPALITIES);
}
