package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void spanishAndEnglishBundlesHaveTheSameKeys() throws Exception {
    Properties es = load("messages.properties");
    Properties en = load("messages_en.properties");

    assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(es.stringPropertyNames());
  }

  @Test
  void englishMessagesAreNotTheSpanishOnes() {
    CliMessages en = new CliMessages(Lang.EN);
    CliMessages es = new CliMessages(Lang.ES);

    assertThat(en.get("error.pathMissing", "x")).isEqualTo("path does not exist: x");
    assertThat(es.get("error.pathMissing", "x")).isEqualTo("la ruta no existe: x");
    assertThat(en.get("rules.more", "A", "B")).contains("engine's");
  }

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
