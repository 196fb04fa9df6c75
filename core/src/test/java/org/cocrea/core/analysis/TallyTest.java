package org.cocrea.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Sector;
import org.junit.jupiter.api.Test;

class TallyTest {

  @Test
  void enumTallyListsEveryConstantInDeclarationOrderWithZeros() {
    Tally<Sector> t = Tally.of(Sector.class).add(Sector.CIVIL_SOCIETY).add(Sector.GOVERNMENT)
        .add(Sector.CIVIL_SOCIETY).build();

    assertThat(t.keys()).containsExactly(Sector.values());
    assertThat(t.count(Sector.CIVIL_SOCIETY)).isEqualTo(2);
    assertThat(t.count(Sector.MEDIA)).isZero();
    assertThat(t.total()).isEqualTo(3);
    assertThat(t.observations()).isEqualTo(3);
    assertThat(t.missing()).isZero();
  }

  @Test
  void observationsWithoutKeyAreMissingAndCountAsObservations() {
    Tally<Sector> t = Tally.of(Sector.class).add(Optional.of(Sector.GOVERNMENT)).add(Optional.empty())
        .addMissing().addEach(List.of()).build();

    assertThat(t.total()).isEqualTo(1);
    assertThat(t.missing()).isEqualTo(3);
    assertThat(t.observations()).isEqualTo(4);
    assertThat(t.toString()).endsWith("missing=3");
  }

  @Test
  void multiKeyObservationCountsEachDistinctKeyOnce() {
    Tally<Sector> t = Tally.of(Sector.class)
        .addEach(List.of(Sector.GOVERNMENT, Sector.CIVIL_SOCIETY, Sector.GOVERNMENT))
        .addEach(List.of(Sector.GOVERNMENT)).build();

    assertThat(t.count(Sector.GOVERNMENT)).isEqualTo(2);
    assertThat(t.total()).isEqualTo(3);
    assertThat(t.observations()).isEqualTo(2);
    assertThat(t.share(Sector.GOVERNMENT)).isEqualTo(new Rate(2, 3));
    assertThat(t.shareOfObservations(Sector.GOVERNMENT)).isEqualTo(new Rate(2, 2));
    assertThat(t.shareOfObservations(Sector.CIVIL_SOCIETY)).isEqualTo(new Rate(1, 2));
  }

  @Test
  void sortedTallyOrdersKeysWhenBuilt() {
    Tally<String> t = Tally.sorted(Analyses.sdgTargetOrder()).add("16.10").add("4.1").add("16.2").add("16.a")
        .add("16.2").build();

    assertThat(t.keys()).containsExactly("4.1", "16.2", "16.10", "16.a");
    assertThat(t.byCount()).first().isEqualTo(Map.entry("16.2", 2L));
    assertThat(t.mode()).contains("16.2");
  }

  @Test
  void plusAddsCountsMissingAndObservations() {
    Tally<Sector> a = Tally.of(Sector.class).add(Sector.GOVERNMENT).addMissing().build();
    Tally<Sector> b = Tally.of(Sector.class).add(Sector.GOVERNMENT).add(Sector.MEDIA).build();

    Tally<Sector> sum = a.plus(b);

    assertThat(sum.count(Sector.GOVERNMENT)).isEqualTo(2);
    assertThat(sum.count(Sector.MEDIA)).isEqualTo(1);
    assertThat(sum.missing()).isEqualTo(1);
    assertThat(sum.observations()).isEqualTo(4);
    assertThat(sum).isEqualTo(Tally.of(Sector.class).add(Sector.GOVERNMENT).add(Sector.GOVERNMENT)
        .add(Sector.MEDIA).addMissing().build());
  }

  @Test
  void emptyTallyHasNoModeAndUndefinedShares() {
    Tally<Sector> t = Tally.of(Sector.class).build();

    assertThat(t.mode()).isEmpty();
    assertThat(t.share(Sector.GOVERNMENT).defined()).isFalse();
    assertThat(t.byCount()).isEmpty();
  }

  @Test
  void rejectsNullKeys() {
    assertThatThrownBy(() -> Tally.of(Sector.class).add((Sector) null)).isInstanceOf(NullPointerException.class);
  }
}
