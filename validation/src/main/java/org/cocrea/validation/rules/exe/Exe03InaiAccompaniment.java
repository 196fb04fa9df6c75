package org.cocrea.validation.rules.exe;

import static org.cocrea.validation.rules.support.Seats.organizationSector;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Accompaniment;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Regimes;

/**
 * EXE-03 · The exercise records INAI accompaniment (witness, advisory or training). · W · accompaniments · [S:SRC
 * "el INAI acompaña"]. INAI is an organisation of sector {@link Sector#NATIONAL_GUARANTOR}; an accompaniment of kind
 * witness, advisory or training (or of unrecorded kind), or INAI as a witness of a declaration, counts.
 *
 * <p>Under the 2025 reform (reform-2025.md §2.3) INAI's accompaniment is demanded only of an exercise that started
 * ({@link Regimes#exerciseStart}) while INAI stood, up to 2025-03-20 in the shipped regime table: an exercise started
 * later is not applicable, one whose start the table cannot place (a month or year across the date) is NOT_RECORDED.
 */
public final class Exe03InaiAccompaniment {

  /** The rule EXE-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EXE-03").inaiLocal().warning()
      .source("[S:SRC \"el INAI acompaña\"]")
      .needs("accompaniments[].organizationId", "accompaniments[].kind", "declarations[].witnessIds")
      .whenAbsent(Absence.FAIL)
      .check(Exe03InaiAccompaniment::check);

  private Exe03InaiAccompaniment() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    Optional<PartialDate> start = Regimes.exerciseStart(x);
    GuarantorRegime federal = start.map(d -> Regimes.federalOn(ctx, d)).orElse(GuarantorRegime.AUTONOMOUS_BODY);
    if (federal == GuarantorRegime.SUCCESSOR_AUTHORITY) {
      s.notApplicable("");
      return;
    }
    if (federal == GuarantorRegime.UNKNOWN) {
      Regimes.notRecorded(s, "", "");
      return;
    }
    boolean accompanied = false;
    for (Accompaniment a : x.accompaniments()) {
      boolean byInai = a.organizationId().flatMap(id -> organizationSector(ctx, id))
          .map(sector -> sector == Sector.NATIONAL_GUARANTOR).orElse(false);
      boolean kind = a.kind().map(ACCOMPANIMENT_KINDS::contains).orElse(true);
      accompanied |= byInai && kind;
    }
    for (JointDeclaration d : x.declarations()) {
      for (String witness : d.witnessIds()) {
        accompanied |= organizationSector(ctx, witness).orElse(null) == Sector.NATIONAL_GUARANTOR;
      }
    }
    s.check(accompanied, x.accompaniments().isEmpty() ? "" : "/accompaniments", x.id());
  }

  /** Kinds of accompaniment EXE-03 accepts. */
  private static final Set<AccompanimentKind> ACCOMPANIMENT_KINDS =
      EnumSet.of(AccompanimentKind.WITNESS, AccompanimentKind.ADVISORY, AccompanimentKind.TRAINING);
}
