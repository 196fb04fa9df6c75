package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.regime.ExerciseRegime;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.regime.GuarantorSeat;
import org.cocrea.validation.regime.StateRegime;
import org.cocrea.validation.regime.StateRegimes;
import org.junit.jupiter.api.Test;

/**
 * Where an exercise stands across the 2025 reform ({@link ExerciseRegime#of}): its state, its start, the guarantor
 * regime then and who holds the guarantor seat. The reports use it; no test of this module did (docs/testing.md).
 */
class ExerciseRegimeMutationTest {

  private static ExerciseRegime regime(LocalDate day, ReformExercises.Guarantor guarantor) {
    return ExerciseRegime.of(ReformExercises.exercise("MX-VER", "IVAI", day, guarantor), StateRegimes.defaults());
  }

  @Test
  void anExerciseAfterTheExtinctionWithAnExecutiveBodyInTheGuarantorSeat() {
    ExerciseRegime r = regime(LocalDate.of(2026, 3, 9), ReformExercises.Guarantor.EXECUTIVE);
    assertThat(r.state()).map(StateRegime::state).hasValue("MX-VER");
    assertThat(r.start()).hasValue(PartialDate.parse("2026-03-09"));
    assertThat(r.regime()).isEqualTo(GuarantorRegime.SUCCESSOR_AUTHORITY);
    assertThat(r.seat()).isEqualTo(GuarantorSeat.EXECUTIVE);
  }

  @Test
  void theOldBodyHoldsTheSeatUntilItsFunctionPassesToTheExecutive() {
    ExerciseRegime before = regime(LocalDate.of(2016, 3, 9), ReformExercises.Guarantor.OLD_BODY);
    assertThat(before.regime()).isEqualTo(GuarantorRegime.AUTONOMOUS_BODY);
    assertThat(before.seat()).isEqualTo(GuarantorSeat.HELD);
    // the record runs past the extinction: the old body's seat went to the Executive's successor
    ExerciseRegime after = regime(LocalDate.of(2026, 3, 9), ReformExercises.Guarantor.OLD_BODY);
    assertThat(after.seat()).isEqualTo(GuarantorSeat.EXECUTIVE);
    assertThat(regime(LocalDate.of(2016, 3, 9), ReformExercises.Guarantor.NONE).seat())
        .isEqualTo(GuarantorSeat.VACANT);
  }

  @Test
  void anExerciseWithoutStlsOrDatesOrStateIsUnknown() {
    ExerciseRegime r = ExerciseRegime.of(LocalExercise.builder().id("x").build(), StateRegimes.defaults());
    assertThat(r.state()).isEmpty();
    assertThat(r.start()).isEmpty();
    assertThat(r.regime()).isEqualTo(GuarantorRegime.UNKNOWN);
    assertThat(r.seat()).isEqualTo(GuarantorSeat.NO_STL);
  }
}
