package org.cocrea.validation.rules.exe;

import static org.cocrea.validation.rules.support.Seats.stlPointer;

import java.util.Optional;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Dates;

/**
 * EXE-01 · A signed Joint Declaration exists before any STL installation. · E · declarations.signedOn,
 * stl.installedOn · [S:PAS step 1][S:APT]. One subject per installed STL: some declaration (original or
 * re-affirmation) must be signed on or before its installation date.
 */
public final class Exe01SignedDeclarationBeforeInstallation {

  /** The rule EXE-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EXE-01").inaiLocal().error()
      .source("[S:PAS step 1][S:APT]")
      .needs("declarations[].signedOn", "stls[].installedOn")
      .whenAbsent(Absence.FAIL)
      .check(Exe01SignedDeclarationBeforeInstallation::check);

  private Exe01SignedDeclarationBeforeInstallation() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    Optional<PartialDate> firstSigned = Dates.first(x.declarations().stream()
        .map(JointDeclaration::signedOn).flatMap(Optional::stream));
    if (x.stls().isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < x.stls().size(); i++) {
      LocalTechnicalSecretariat stl = x.stls().get(i);
      if (stl.installedOn().isEmpty()) {
        s.notApplicable(stlPointer(i));
        continue;
      }
      PartialDate installed = stl.installedOn().get();
      String p = stlPointer(i) + "/installedOn";
      if (firstSigned.isEmpty()) {
        s.fail(p, Texts.name(ctx, stlPointer(i), stl.id(), stl.name()), installed);
      } else if (Dates.onOrBefore(firstSigned.get(), installed).isEmpty()) {
        s.notRecorded(p, p, "/declarations"); // e.g. signed "2015-03", installed "2015-03-20"
      } else if (!Dates.onOrBefore(firstSigned.get(), installed).get()) {
        s.failWith(p, "late", Texts.name(ctx, stlPointer(i), stl.id(), stl.name()), installed, firstSigned.get());
      } else {
        s.pass(p);
      }
    }
  }
}
