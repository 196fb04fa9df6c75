package org.cocrea.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.validation.Profile;
import org.cocrea.validation.ValidatorOptions;
import org.junit.jupiter.api.Test;

/** Defaults, checks and value semantics of a corpus's options. */
class CorpusOptionsTest {

  private static final LocalDate AS_OF = LocalDate.of(2018, 12, 31);

  @Test
  void hasTheDocumentedDefaults() {
    CorpusOptions d = CorpusOptions.defaults();
    assertThat(d.validatorOptions()).isEqualTo(ValidatorOptions.defaults());
    assertThat(d.readerOptions()).isEqualTo(ReaderOptions.defaults());
    assertThat(d.threads()).isEqualTo(1);
    assertThat(d.asOf()).isEmpty();
    assertThat(CorpusOptions.builder().build()).isEqualTo(d);
  }

  @Test
  void theShortcutsChangeTheOptionsHeldSoFar() {
    ValidatorOptions validator = ValidatorOptions.builder().threshold("STL-06.maxGapDays", 200).build();
    CorpusOptions o = CorpusOptions.builder().validatorOptions(validator).locale(Locale.ENGLISH)
        .profile(Profile.OGP_LOCAL).asOf(AS_OF).threads(2).build();
    assertThat(o.validatorOptions()).isEqualTo(validator.toBuilder().locale(Locale.ENGLISH)
        .profile(Profile.OGP_LOCAL).asOf(AS_OF).build());
    assertThat(o.readerOptions()).isEqualTo(ReaderOptions.builder().locale(Locale.ENGLISH).build());
    assertThat(o.asOf()).contains(AS_OF);
    // a later validatorOptions(...) replaces what the shortcuts set, as before
    assertThat(CorpusOptions.builder().asOf(AS_OF).validatorOptions(validator).build().asOf()).isEmpty();
  }

  @Test
  void rejectsThreadsOutOfRange() {
    // checked by build() (Immutables' @Value.Check), no longer by the setter itself
    assertThatThrownBy(() -> CorpusOptions.builder().threads(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    assertThatThrownBy(() -> CorpusOptions.builder().threads(CorpusOptions.MAX_THREADS + 1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CorpusOptions.builder().asOf(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isAValueThatRoundTripsThroughItsBuilder() {
    CorpusOptions o = CorpusOptions.builder().asOf(AS_OF).locale(Locale.ENGLISH).threads(2).build();
    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o).isNotEqualTo(CorpusOptions.defaults());
    assertThat(o.toString()).contains("threads=2");
  }
}
