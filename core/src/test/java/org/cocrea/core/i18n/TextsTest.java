package org.cocrea.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TextsTest {

  private static final String BUNDLE = "org.cocrea.core.i18n.test";

  private static Texts texts(Locale locale) {
    return Texts.of(l -> ResourceBundle.getBundle(BUNDLE, l), locale);
  }

  @Test
  void englishForEnAndSpanishForEveryOtherLocaleEvenWithAGermanBundleAndDefault() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);   // a _de bundle exists: neither language may ever read it
      assertThat(texts(Locale.US).get("greeting", "Ana")).isEqualTo("Hello, Ana");
      assertThat(texts(Locale.forLanguageTag("es-MX")).get("greeting", "Ana")).isEqualTo("Hola, Ana");
      assertThat(texts(Locale.GERMANY).get("greeting", "Ana")).isEqualTo("Hola, Ana");
      assertThat(texts(Locale.FRENCH).language()).isEqualTo(Texts.SPANISH);
      assertThat(texts(Locale.FRENCH).tag()).isEqualTo("es-MX");
      assertThat(texts(Locale.ENGLISH).english()).isTrue();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aKeyTheEnglishBundleLacksIsReadInSpanishAndAMissingKeyShowsItself() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(texts(Locale.ENGLISH).get("only.es")).isEqualTo("solo español");
      assertThat(texts(Locale.ENGLISH).get("nothing")).isEqualTo("[nothing]");
      assertThat(texts(Locale.ENGLISH).pattern("nothing")).isEmpty();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void formatsInTheLanguageOfTheLocale() {
    assertThat(Texts.format("{0,number}", Locale.ENGLISH, 1234.5)).isEqualTo("1,234.5");
    assertThat(Texts.format("{0,number}", Locale.GERMANY, 1234.5)).isEqualTo("1,234.5");
    assertThat(Texts.format("a '{0}'", Locale.ENGLISH)).isEqualTo("a '{0}'");
    assertThat(Texts.bundleLocale(Locale.GERMANY)).isEqualTo(Locale.ROOT);
  }
}
