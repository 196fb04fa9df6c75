package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules are findable in one hop: every catalogue id maps to exactly one class {@code <Family><NN><Meaning>} in
 * {@code org.cocrea.validation.rules.<family>}, whose {@code RULE} is that catalogue entry, and every such class is in
 * the catalogue.
 */
class RuleFilesTest {

  private static final Path RULES = Path.of("src/main/java/org/cocrea/validation/rules");
  private static final Pattern RULE_FILE = Pattern.compile("([A-Z][a-z]+)([0-9]{2})[A-Z][A-Za-z0-9]*\\.java");

  /** Rule files by id, from the source tree. */
  private static Map<String, List<Path>> ruleFiles() throws IOException {
    Map<String, List<Path>> byId = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(RULES)) {
      for (Path f : files.sorted().toList()) {
        Matcher m = RULE_FILE.matcher(f.getFileName().toString());
        if (m.matches()) {
          String id = m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2);
          byId.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
        }
      }
    }
    return byId;
  }

  @Test
  void everyCatalogueIdHasExactlyOneFileNamedAfterItInItsFamilysPackage() throws Exception {
    Map<String, List<Path>> files = ruleFiles();
    for (Rule rule : Rules.catalogue()) {
      List<Path> own = files.get(rule.id());
      assertThat(own).as("file of %s", rule.id()).isNotNull().hasSize(1);
      Path file = own.get(0);
      String family = rule.family().name().toLowerCase(Locale.ROOT);
      assertThat(RULES.relativize(file.getParent()).toString()).as("package of %s", rule.id()).isEqualTo(family);
      String simple = file.getFileName().toString().replace(".java", "");
      Class<?> type = Class.forName("org.cocrea.validation.rules." + family + "." + simple);
      Field field = type.getField("RULE");
      assertThat(Modifier.isStatic(field.getModifiers())).isTrue();
      assertThat(field.get(null)).as("%s.RULE", simple).isSameAs(rule);
      assertThat(Files.readString(file)).as("catalogue line of %s", rule.id())
          .containsPattern("/\\*\\*\\s+(\\* )?" + rule.id() + " · ");
    }
  }

  @Test
  void noRuleFileIsLeftOutOfTheCatalogue() throws IOException {
    List<String> ids = Rules.catalogue().stream().map(Rule::id).toList();
    assertThat(ruleFiles().keySet()).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void theCatalogueIsInFamilyThenNumberOrder() {
    List<String> ids = Rules.catalogue().stream().map(Rule::id).toList();
    List<String> families = List.of("EXE", "STL", "SES", "TRN", "CO", "PAL", "COM", "MIL", "IND", "TRK", "EVA", "SIM");
    List<String> sorted = ids.stream().sorted((a, b) -> {
      int fa = families.indexOf(a.substring(0, a.indexOf('-')));
      int fb = families.indexOf(b.substring(0, b.indexOf('-')));
      return fa != fb ? Integer.compare(fa, fb) : a.compareTo(b);
    }).toList();
    assertThat(ids).hasSize(93).doesNotHaveDuplicates().isEqualTo(sorted);
  }
}
