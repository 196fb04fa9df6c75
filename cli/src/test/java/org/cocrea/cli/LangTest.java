package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LangTest {

  @Test
  void theLanguageIsReadBeforeParsingSoUsageErrorsUseIt() {
    assertThat(Lang.of(new String[] {"validate", "x"})).isEqualTo(Lang.ES);
    assertThat(Lang.of(new String[] {"validate", "--lang", "en", "--bogus"})).isEqualTo(Lang.EN);
    assertThat(Lang.of(new String[] {"--lang=EN"})).isEqualTo(Lang.EN);
    assertThat(Lang.of(new String[] {"--lang", "fr"})).isEqualTo(Lang.ES);
    assertThat(Lang.of(new String[] {"--", "--lang", "en"})).isEqualTo(Lang.ES);
    assertThat(Lang.parse("es-MX")).contains(Lang.ES);
    assertThat(Lang.parse("en_US")).contains(Lang.EN);
  }
}
