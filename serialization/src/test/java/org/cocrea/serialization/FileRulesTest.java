package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.validation.Severity;
import org.junit.jupiter.api.Test;

/** The file-level rule descriptors and the reader's message bundles. */
class FileRulesTest {

  @Test
  void listsEveryFileLevelRuleAsAnErrorWithStatementsInBothLanguages() {
    assertThat(FileRules.all()).extracting(FileRule::id).containsExactly("JSON-01", "JSON-02", "JSON-03", "LIM-01",
        "LIM-02", "LIM-03", "LIM-04", "LIM-05", "SCH-01", "SCH-02", "BND-01", "IO-01", "INT-01");
    assertThat(FileRules.all()).allSatisfy(r -> {
      assertThat(r.severity()).isEqualTo(Severity.ERROR);
      assertThat(r.statementEs()).isNotBlank().doesNotStartWith("[").isNotEqualTo(r.statementEn());
      assertThat(r.statementEn()).isNotBlank().doesNotStartWith("[");
      assertThat(r.statement(Locale.ENGLISH)).isEqualTo(r.statementEn());
      assertThat(r.statement(Locale.GERMAN)).isEqualTo(r.statementEs());
    });
    assertThat(FileRules.byId("LIM-02")).isPresent();
    assertThat(FileRules.byId("STL-03")).isEmpty();
  }

  @Test
  void bothBundlesHoldTheSameKeysAndArguments() throws IOException {
    Properties es = load("messages.properties");
    Properties en = load("messages_en.properties");
    assertThat(en.stringPropertyNames()).isEqualTo(es.stringPropertyNames());
    for (String key : es.stringPropertyNames()) {
      assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(es.getProperty(key)));
    }
  }

  @Test
  void everyMessageKeyTheCodeUsesExists() throws IOException {
    Properties es = load("messages.properties");
    Pattern call = Pattern.compile("FileMessages\\.error\\(FileRules\\.([A-Z_]+), \"([A-Za-z]+)\"|problem\\(\"([a-z]+)\"");
    Set<String> used = new HashSet<>();
    for (String source : new String[] {"LocatingParser", "SourceText", "PalReader", "CocreaJson", "ModelCodec",
        "SchemaAccess", "Binding"}) {
      String text = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/org/cocrea/serialization/"
          + source + ".java"));
      Matcher m = call.matcher(text);
      while (m.find()) {
        used.add(m.group(1) != null ? m.group(1) + "." + m.group(2) : "BINDING." + m.group(3));
      }
    }
    assertThat(used).hasSizeGreaterThan(20);
    for (String use : used) {
      String constant = use.substring(0, use.indexOf('.'));
      String id = switch (constant) {
        case "JSON_SYNTAX" -> "JSON-01";
        case "JSON_ENCODING" -> "JSON-02";
        case "JSON_DUPLICATE" -> "JSON-03";
        case "LIM_SIZE" -> "LIM-01";
        case "LIM_DEPTH" -> "LIM-02";
        case "LIM_STRING" -> "LIM-03";
        case "LIM_NUMBER" -> "LIM-04";
        case "LIM_TOKENS" -> "LIM-05";
        case "SCHEMA" -> "SCH-01";
        case "SCHEMA_VERSION" -> "SCH-02";
        case "BINDING" -> "BND-01";
        case "IO" -> "IO-01";
        default -> throw new AssertionError(constant);
      };
      String key = id + use.substring(use.indexOf('.'));
      assertThat(es.getProperty(key)).as(key).isNotNull();
      assertThat(FileMessages.has(key)).as(key).isTrue();
    }
  }

  @Test
  void rendersTheEngineWordingForReferenceFindings() {
    assertThat(FileMessages.render("REF-01.message", java.util.List.of("org-x", "Organization"), Locale.ENGLISH))
        .isEqualTo("The identifier \"org-x\" names no element of type Organization declared in the exercise.");
    assertThat(FileMessages.render("nothing.here", java.util.List.of(), Locale.ENGLISH)).isEqualTo("[nothing.here]");
  }

  private static Set<String> arguments(String pattern) {
    Set<String> args = new HashSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
    while (m.find()) {
      args.add(m.group(1));
    }
    return args;
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FileRulesTest.class.getResourceAsStream("/org/cocrea/serialization/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}
