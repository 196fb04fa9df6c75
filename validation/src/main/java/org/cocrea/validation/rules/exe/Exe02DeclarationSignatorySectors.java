package org.cocrea.validation.rules.exe;

import static org.cocrea.validation.rules.support.Seats.missingThreeSectors;
import static org.cocrea.validation.rules.support.Seats.signatorySector;
import static org.cocrea.validation.rules.support.Texts.labels;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.Labelled;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Sector;
import org.cocrea.core.Signatory;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * EXE-02 · Declaration signatories include ≥1 government authority, ≥1 CSO and the local guarantor body. · E ·
 * signatories.sector · [S:APT all states]. The sector of a signatory is the sector it signed for, otherwise its
 * organisation's; when the exercise names its guarantor body, that organisation must sign.
 */
public final class Exe02DeclarationSignatorySectors {

  /** The rule EXE-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EXE-02").error()
      .source("[S:APT all states]")
      .needs("declarations[].signatories[].sector", "declarations[].signatories[].organizationId",
          "organizations[].sector", "guarantorBodyId")
      .whenAbsent(Absence.FAIL)
      .check(Exe02DeclarationSignatorySectors::check);

  private Exe02DeclarationSignatorySectors() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    if (x.declarations().isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < x.declarations().size(); i++) {
      JointDeclaration d = x.declarations().get(i);
      String p = "/declarations/" + i;
      Set<Sector> sectors = EnumSet.noneOf(Sector.class);
      boolean guarantorSigned = false;
      for (Signatory sig : d.signatories()) {
        Optional<Sector> sector = signatorySector(ctx, sig);
        sector.ifPresent(sectors::add);
        guarantorSigned |= x.guarantorBodyId().isPresent()
            ? sig.organizationId().equals(x.guarantorBodyId())
            : sector.orElse(null) == Sector.GUARANTOR_BODY;
      }
      if (guarantorSigned) {
        sectors.add(Sector.GUARANTOR_BODY);
      } else {
        sectors.remove(Sector.GUARANTOR_BODY);
      }
      List<Labelled> missing = missingThreeSectors(ctx, sectors);
      s.check(missing.isEmpty(), d.signatories().isEmpty() ? p : p + "/signatories", d.id(),
          labels(missing, ctx));
    }
  }
}
