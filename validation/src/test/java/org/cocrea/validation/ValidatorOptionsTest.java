package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cocrea.core.Sector;
import org.junit.jupiter.api.Test;

/** Defaults, checks and value semantics of the validator's options. */
class ValidatorOptionsTest {

  @Test
  void hasTheDocumentedDefaults() {
    ValidatorOptions d = ValidatorOptions.defaults();
    assertThat(d.locale()).isEqualTo(Locale.forLanguageTag("es-MX"));
    assertThat(d.profile()).isEqualTo(Profile.BY_FRAMEWORK);
    assertThat(d.asOf()).isEmpty();
    assertThat(d.thresholds()).isEmpty();
    assertThat(d.governmentSeatSectors()).containsExactly(Sector.GOVERNMENT);
    assertThat(ValidatorOptions.builder().build()).isEqualTo(d);
  }

  @Test
  void rejectsEmptySectorsAndUnknownThresholds() {
    // an empty set is rejected by build() (Immutables' @Value.Check), no longer by the setter itself
    assertThatThrownBy(() -> ValidatorOptions.builder().governmentSeatSectors(Set.of()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("governmentSeatSectors");
    assertThatThrownBy(() -> ValidatorOptions.builder().putThreshold("STL-06.nope", 1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STL-06.nope");
    assertThatThrownBy(() -> ValidatorOptions.builder().thresholds(Map.of("nope", 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> ValidatorOptions.builder().locale(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ValidatorOptions.builder().threshold("STL-06.maxGapDays", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void isAValueThatRoundTripsThroughItsBuilder() {
    ValidatorOptions o = ValidatorOptions.builder().locale(Locale.ENGLISH).profile(Profile.OGP_LOCAL)
        .asOf(LocalDate.of(2016, 12, 31)).threshold("STL-06.maxGapDays", 200)
        .governmentSeatSectors(EnumSet.of(Sector.GOVERNMENT, Sector.AUTONOMOUS_BODY)).build();
    assertThat(o.toBuilder().build()).isEqualTo(o).hasSameHashCodeAs(o);
    assertThat(o).isNotEqualTo(ValidatorOptions.defaults());
    assertThat(o.thresholds()).containsExactly(Map.entry("STL-06.maxGapDays", 200));
    assertThat(o.toBuilder().threshold("STL-06.maxGapDays", 100).build().thresholds())
        .containsExactly(Map.entry("STL-06.maxGapDays", 100));
    assertThat(o.toString()).contains("OGP_LOCAL");
  }
}
