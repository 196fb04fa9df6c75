package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Walk.forEachStl;
import static org.cocrea.validation.rules.support.Seats.missingThreeSectors;
import static org.cocrea.validation.rules.support.Seats.signatorySector;
import static org.cocrea.validation.rules.support.Texts.locale;
import static org.cocrea.validation.rules.support.Texts.part;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.Labelled;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Sector;
import org.cocrea.core.Signatory;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.rules.support.Missing;

/**
 * STL-02 · STL installation is documented by an Acta de instalación with date and signatories of the three
 * sectors. · E · installationAct · [S:F16][S:APT]. An act, its date or its signatories absent from a PARTIAL record or
 * part are not recorded (NOT_RECORDED); the STL fails on what is recorded as none.
 */
public final class Stl02InstallationAct {

  /** The rule STL-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-02").inaiLocal().error()
      .source("[S:F16][S:APT]")
      .needs("stls[].installationAct.date", "stls[].installationAct.signatories[].sector")
      .whenAbsent(Absence.FAIL)
      .check(Stl02InstallationAct::check);

  private Stl02InstallationAct() {}

  private static void check(RuleContext ctx, Subjects s) {
    forEachStl(ctx, s, (i, stl, p) -> {
      Optional<InstallationAct> act = stl.installationAct();
      if (act.isEmpty()) {
        if (stl.installedOn().isPresent() && !ctx.complete(stl, "installationAct")) {
          s.notRecorded(p, p + "/installationAct");   // a partial record: the act may exist, unrecorded
        } else if (stl.installedOn().isPresent()) {
          s.failWith(p, "noAct", Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), stl.installedOn().get());
        } else {
          s.notApplicable(p);
        }
        return;
      }
      String a = p + "/installationAct";
      Missing missing = new Missing(ctx);
      if (act.get().date().isEmpty()) {
        missing.add(act.get(), "date", a + "/date", part(ctx, "STL-02.part.date"));
      }
      Set<Sector> signed = EnumSet.noneOf(Sector.class);
      for (Signatory sig : act.get().signatories()) {
        signatorySector(ctx, sig).ifPresent(signed::add);
      }
      for (Labelled sector : missingThreeSectors(ctx, signed)) {
        missing.add(act.get(), "signatories", a + "/signatories",
            part(ctx, "STL-02.part.signatory", sector.label(locale(ctx))));
      }
      missing.report(s, a, "message", parts -> new Object[] {Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), parts});
    });
  }
}
