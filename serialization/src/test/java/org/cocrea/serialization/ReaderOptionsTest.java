package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Defaults, bounds and value semantics of the reader's options. */
class ReaderOptionsTest {

  @Test
  void hasTheDocumentedDefaults() {
    ReaderOptions d = ReaderOptions.defaults();
    assertThat(d.locale()).isEqualTo(Locale.forLanguageTag("es-MX"));
    assertThat(d.maxBytes()).isEqualTo(16L * 1024 * 1024);
    assertThat(d.maxDepth()).isEqualTo(64);
    assertThat(d.maxStringLength()).isEqualTo(100_000);
    assertThat(d.maxNumberLength()).isEqualTo(100);
  }

  @Test
  void rejectsLimitsOutOfRange() {
    // the limits are checked by build() (Immutables' @Value.Check), a null locale by the setter itself
    assertThatThrownBy(() -> ReaderOptions.builder().maxBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxDepth(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxDepth(ReaderOptions.LARGEST_MAX_DEPTH + 1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxStringLength(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxNumberLength(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxNumberExponent(ReaderOptions.LARGEST_MAX_NUMBER_EXPONENT + 1)
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNumberExponent");
    assertThatThrownBy(() -> ReaderOptions.builder().locale(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void isAValueThatRoundTripsThroughItsBuilder() {
    ReaderOptions o = ReaderOptions.builder().locale(Locale.ENGLISH).maxBytes(1000).maxDepth(10)
        .maxStringLength(50).maxNumberLength(20).build();
    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o).isNotEqualTo(ReaderOptions.defaults());
    assertThat(o.toString()).contains("maxDepth=10");
  }
}
