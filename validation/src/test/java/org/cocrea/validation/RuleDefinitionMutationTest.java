package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.cocrea.core.Framework;
import org.junit.jupiter.api.Test;

/**
 * How a rule is defined ({@link Rule#define}): what its definition checks and what it derives from the source and
 * the frameworks, pinned where the mutants PIT left alive showed the catalogue's own rules never exercise it
 * (docs/testing.md).
 */
class RuleDefinitionMutationTest {

  @Test
  void anIdThatIsNotFamilyDashTwoDigitsIsRefused() {
    for (String bad : List.of("STL-3", "STL-003", "stl-03", "XYZ03", "STL-03 ")) {
      assertThatThrownBy(() -> Rule.define(bad).warning().source("[P]").check((c, s) -> { }))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STL-03").hasMessageEndingWith(bad);
    }
    assertThatThrownBy(() -> Rule.define("QQQ-01").warning().source("[P]").check((c, s) -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleNeedsASeverityASourceAndACheckAndAtLeastOneFramework() {
    assertThatThrownBy(() -> Rule.define("STL-91").source("[P]").check((c, s) -> { }))
        .isInstanceOf(NullPointerException.class).hasMessage("severity");
    assertThatThrownBy(() -> Rule.define("STL-91").warning().check((c, s) -> { }))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> Rule.define("STL-91").warning().source("[P]").check(null))
        .isInstanceOf(NullPointerException.class).hasMessage("check");
    assertThatThrownBy(() -> Rule.define("STL-91").frameworks())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("framework");
    assertThatThrownBy(() -> Rule.define("STL-91").needs("stls[].id", null))
        .isInstanceOf(NullPointerException.class).hasMessage("fact");
  }

  @Test
  void theDefinitionKeepsWhatItWasGiven() {
    Rule rule = Rule.define("PAL-91").info().source("[S:APT][S:OGP-GL][S:APT p. 3]").timeAware()
        .threshold("max", 2).threshold("min", 1).needs("plans[].id").inaiLocal().check((c, s) -> { });
    assertThat(rule.severity()).isEqualTo(Severity.INFO);
    assertThat(rule.family()).isEqualTo(RuleFamily.PAL);
    assertThat(rule.isTimeAware()).isTrue();
    assertThat(rule.thresholds()).containsExactly(java.util.Map.entry("max", 2), java.util.Map.entry("min", 1));
    assertThat(rule.sourceKeys()).containsExactly("APT", "OGP-GL");
    assertThat(rule.needs()).containsExactly("plans[].id");
    assertThat(rule.whenAbsent()).isEqualTo(Absence.FAIL);
    assertThat(rule.declaresAbsence()).isFalse();
    assertThat(rule.frameworks()).containsExactly(Framework.INAI_LOCAL);
    assertThat(rule.declaresFrameworks()).isTrue();
    assertThat(rule.isFrameworkNeutral()).isFalse();
    assertThat(rule.toString()).isEqualTo("PAL-91 (INFO)");

    Rule anyError = Rule.define("PAL-95").error().anyFramework().source("[P]").check((c, s) -> { });
    assertThat(anyError.severity()).isEqualTo(Severity.ERROR);
    assertThat(anyError.frameworks()).containsExactlyInAnyOrder(Framework.values());
    assertThat(anyError.declaresFrameworks()).isTrue();
    assertThat(anyError.isFrameworkNeutral()).isTrue();

    Rule plain = Rule.define("PAL-92").warning().source("[P]").check((c, s) -> { });
    assertThat(plain.isTimeAware()).isFalse();
    assertThat(plain.declaresFrameworks()).isFalse();
    assertThat(plain.isFrameworkNeutral()).isTrue();
    assertThat(plain.needs()).isEmpty();
    assertThat(Rule.define("PAL-93").warning().source("[P]").whenAbsent(Absence.NOT_APPLICABLE)
        .check((c, s) -> { }).declaresAbsence()).isFalse();
    assertThat(Rule.define("PAL-94").warning().source("[P]").needs("plans[].id").check((c, s) -> { })
        .declaresAbsence()).isFalse();
  }

  @Test
  void aRuleIsOgpSourcedWhenAnyKeyIsOgpsOrIrmsAndOgpOnlyWhenAllAre() {
    Rule mixed = Rule.define("COM-91").warning().source("[S:KIT5][S:OGP-STD]").check((c, s) -> { });
    assertThat(mixed.isOgpSourced()).isTrue();
    assertThat(mixed.isOgpOnly()).isFalse();
    Rule irm = Rule.define("COM-92").warning().source("[S:IRM][S:OGP-ART]").check((c, s) -> { });
    assertThat(irm.isOgpSourced()).isTrue();
    assertThat(irm.isOgpOnly()).isTrue();
    Rule proposed = Rule.define("COM-93").warning().source("[P]").check((c, s) -> { });
    assertThat(proposed.sourceKeys()).isEmpty();
    assertThat(proposed.isOgpSourced()).isFalse();
    assertThat(proposed.isOgpOnly()).isFalse();
    // an OGP-sourced warning becomes an error in the OGP Local profile, except a SIM signal
    assertThat(irm.severityIn(Profile.OGP_LOCAL)).isEqualTo(Severity.ERROR);
    assertThat(irm.severityIn(Profile.BY_FRAMEWORK)).isEqualTo(Severity.WARNING);
    assertThat(Rule.define("SIM-91").warning().source("[S:OGP-STD]").check((c, s) -> { })
        .severityIn(Profile.OGP_LOCAL)).isEqualTo(Severity.WARNING);
    assertThat(proposed.severityIn(Profile.OGP_LOCAL)).isEqualTo(Severity.WARNING);
  }

  @Test
  void anExerciseWithoutFrameworksIsJudgedAsAnInaiExercise() {
    Rule ogp = Rule.define("CO-91").ogpLocal().warning().source("[P]").check((c, s) -> { });
    Rule inai = Rule.define("CO-92").inaiLocal().warning().source("[P]").check((c, s) -> { });
    assertThat(ogp.appliesTo(Set.of())).isFalse();
    assertThat(inai.appliesTo(Set.of())).isTrue();
    assertThat(ogp.appliesTo(Set.of(Framework.INAI_LOCAL, Framework.OGP_LOCAL))).isTrue();
    assertThat(inai.appliesTo(Set.of(Framework.OGP_LOCAL))).isFalse();
    assertThat(ogp.isIn(Profile.INAI_CORE)).isFalse();
    assertThat(inai.isIn(Profile.INAI_CORE)).isTrue();
    assertThat(ogp.isIn(Profile.OGP_LOCAL)).isTrue();
  }
}
