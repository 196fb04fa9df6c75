package org.cocrea.validation.rules.exe;

import static org.cocrea.validation.rules.support.Seats.stlPointer;

import java.time.LocalDate;
import java.util.Optional;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

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
    Optional<LocalDate> firstSigned = x.declarations().stream()
        .map(JointDeclaration::signedOn).flatMap(d -> d.flatMap(PartialDate::toLocalDate).stream()).min(LocalDate::compareTo);
    if (x.stls().isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < x.stls().size(); i++) {
      LocalTechnicalSecretariat stl = x.stls().get(i);
      if (stl.installedOn().flatMap(PartialDate::toLocalDate).isEmpty()) {
        s.notApplicable(stlPointer(i));
        continue;
      }
      LocalDate installed = stl.installedOn().flatMap(PartialDate::toLocalDate).get();
      String p = stlPointer(i) + "/installedOn";
      if (firstSigned.isEmpty()) {
        s.fail(p, stl.id(), installed);
      } else if (firstSigned.get().isAfter(installed)) {
        s.failWith(p, "late", stl.id(), installed, firstSigned.get());
      } else {
        s.pass(p);
      }
    }
  }
}
