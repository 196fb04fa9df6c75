package org.cocrea.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

  @Test
  void percentIsRoundedHalfUpToOneDecimal() {
    assertThat(new Rate(2, 3).percent()).contains(new BigDecimal("66.7"));
    assertThat(new Rate(1, 8).percent()).contains(new BigDecimal("12.5"));
    assertThat(new Rate(3, 4).toString()).isEqualTo("3/4 (75.0 %)");
  }

  @Test
  void zeroTotalIsUndefinedNotZero() {
    assertThat(Rate.NONE.defined()).isFalse();
    assertThat(Rate.NONE.percent()).isEmpty();
    assertThat(Rate.NONE.ratio()).isNaN();
    assertThat(Rate.NONE.toString()).isEqualTo("0/0");
  }

  @Test
  void plusAddsCountsAndTotals() {
    assertThat(new Rate(1, 2).plus(new Rate(3, 3))).isEqualTo(new Rate(4, 5));
  }

  @Test
  void rejectsImpossibleRates() {
    assertThatThrownBy(() -> new Rate(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Rate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
