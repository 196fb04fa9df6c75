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
    assertThatThrownBy(() -> ReaderOptions.builder().maxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxDepth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxDepth(ReaderOptions.LARGEST_MAX_DEPTH + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxStringLength(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReaderOptions.builder().maxNumberLength(0)).isInstanceOf(IllegalArgumentException.class);
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
