package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every code of the model carries a Spanish and an English label. */
class LabelledTest {

  private static final List<Class<?>> ENUMS = CoreClasses.MAIN.stream()
      .<Class<?>>map(c -> c.reflect())
      .filter(c -> c.isEnum() && !c.isMemberClass() && c.getPackageName().equals("org.cocrea.core"))
      .sorted((a, b) -> a.getName().compareTo(b.getName()))
      .toList();

  @Test
  void everyPublicEnumOfTheModelIsLabelled() {
    assertThat(ENUMS).hasSizeGreaterThanOrEqualTo(44);
    assertThat(ENUMS).allSatisfy(e -> assertThat(Labelled.class).isAssignableFrom(e));
  }

  @Test
  void everyConstantHasNonBlankSpanishAndEnglishLabels() {
    for (Class<?> e : ENUMS) {
      for (Object constant : e.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        assertThat(l.labelEs()).as("%s.%s es", e.getSimpleName(), constant).matches("\\S(.*\\S)?");
        assertThat(l.labelEn()).as("%s.%s en", e.getSimpleName(), constant).matches("\\S(.*\\S)?");
      }
    }
  }

  @Test
  void labelsAreDistinctWithinEachEnum() {
    for (Class<?> e : ENUMS) {
      Set<String> es = new HashSet<>();
      Set<String> en = new HashSet<>();
      for (Object constant : e.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        assertThat(es.add(l.labelEs())).as("%s.%s repeats a Spanish label", e.getSimpleName(), constant).isTrue();
        assertThat(en.add(l.labelEn())).as("%s.%s repeats an English label", e.getSimpleName(), constant).isTrue();
      }
    }
  }

  @Test
  void labelPicksEnglishOnlyForEnglishAndSpanishOtherwise() {
    assertThat(Sector.CIVIL_SOCIETY.label(Locale.ENGLISH)).isEqualTo("Civil society");
    assertThat(Sector.CIVIL_SOCIETY.label(Locale.US)).isEqualTo("Civil society");
    assertThat(Sector.CIVIL_SOCIETY.label(Locale.forLanguageTag("es-MX"))).isEqualTo("Sociedad civil");
    assertThat(Sector.CIVIL_SOCIETY.label(Locale.GERMAN)).isEqualTo("Sociedad civil");
    assertThat(Sector.CIVIL_SOCIETY.label(Locale.ROOT)).isEqualTo("Sociedad civil");
    assertThat(Step.S4_PARTICIPATORY_TABLES.label(Locale.forLanguageTag("es"))).isEqualTo("Mesas participativas");
  }

  @Test
  void labelIgnoresTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ENGLISH);
      assertThat(MilestoneStatus.LATE.label(Locale.forLanguageTag("es-MX"))).isEqualTo(MilestoneStatus.LATE.labelEs());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void labelRejectsNullLocale() {
    assertThatThrownBy(() -> Sector.GOVERNMENT.label(null)).isInstanceOf(NullPointerException.class);
  }
}
