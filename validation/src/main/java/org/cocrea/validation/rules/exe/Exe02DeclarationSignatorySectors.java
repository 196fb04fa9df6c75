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
import org.cocrea.validation.Severity;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.regime.StateRegime;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Regimes;

/**
 * EXE-02 · Declaration signatories include ≥1 government authority, ≥1 CSO and the local guarantor body. · E ·
 * signatories.sector · [S:APT all states]. The sector of a signatory is the sector it signed for, otherwise its
 * organisation's; when the exercise names its guarantor body, a signatory recorded by its organisation must be that
 * body, and one recorded without an organisation counts by the sector it signed for.
 *
 * <p>Under the 2025 reform (reform-2025.md §2.3) the guarantor's signature is judged under the regime in force in the
 * exercise's state on the day the declaration was signed: before the state's guarantor body was extinguished its
 * absence is an ERROR as before; after it, a WARNING (variant {@code reform}) naming the successor; when the table
 * cannot place the date, NOT_RECORDED. A declaration with no date is judged as before.
 */
public final class Exe02DeclarationSignatorySectors {

  /** The rule EXE-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EXE-02").inaiLocal().error()
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
        // a signatory recorded by its organisation must be the exercise's guarantor body; one recorded only by the
        // sector it signed for (a name without a record) counts by that sector (real plans, docs/precision.md)
        guarantorSigned |= x.guarantorBodyId().isPresent() && sig.organizationId().isPresent()
            ? sig.organizationId().equals(x.guarantorBodyId())
            : sector.orElse(null) == Sector.GUARANTOR_BODY;
      }
      if (guarantorSigned) {
        sectors.add(Sector.GUARANTOR_BODY);
      } else {
        sectors.remove(Sector.GUARANTOR_BODY);
      }
      List<Labelled> missing = missingThreeSectors(ctx, sectors);
      String at = d.signatories().isEmpty() ? p : p + "/signatories";
      GuarantorRegime regime = missing.contains(Sector.GUARANTOR_BODY)
          ? Regimes.regimeOn(ctx, d.signedOn())
          : GuarantorRegime.AUTONOMOUS_BODY;
      if (regime == GuarantorRegime.AUTONOMOUS_BODY) {
        s.check(missing.isEmpty(), at, d.id(), labels(missing, ctx));
        continue;
      }
      List<Labelled> others = missing.stream().filter(l -> l != Sector.GUARANTOR_BODY).toList();
      if (!others.isEmpty()) {
        s.fail(at, d.id(), labels(others, ctx));
      }
      if (regime == GuarantorRegime.SUCCESSOR_AUTHORITY) {
        StateRegime row = Regimes.state(ctx).orElseThrow();
        s.failAs(Severity.WARNING, at, "reform", d.id(), row.oldBodyAcronym(), Regimes.changeText(row),
            Regimes.successorName(ctx, row));
      } else if (others.isEmpty()) {
        Regimes.notRecorded(s, at, p + "/signedOn");
      }
    }
  }
}
