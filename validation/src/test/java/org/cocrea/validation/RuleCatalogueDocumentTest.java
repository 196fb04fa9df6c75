package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rules.md} is generated from the rules: this test fails when the committed file differs from what the code
 * generates today. Regenerate it with
 * {@code mvn -B -ntp -pl validation -am test -Dtest=RuleCatalogueDocumentTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcocrea.regenerateDocs=true}.
 */
class RuleCatalogueDocumentTest {

  /** The document, relative to the module directory (Surefire's working directory). */
  private static final Path DOCUMENT = Path.of("..", "docs", "rules.md");

  @Test
  void committedDocumentEqualsTheGeneratedOne() throws IOException {
    String generated = RuleCatalogueDocument.markdown();
    if (Boolean.getBoolean("cocrea.regenerateDocs")) {
      Files.createDirectories(DOCUMENT.getParent());
      Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOCUMENT))
        .as("%s is missing; generate it with -Dcocrea.regenerateDocs=true (see this test's Javadoc)",
            DOCUMENT.toAbsolutePath().normalize())
        .isTrue();
    assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date: regenerate it with mvn -B -ntp -pl validation -am test "
            + "-Dtest=RuleCatalogueDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dcocrea.regenerateDocs=true")
        .isEqualTo(generated);
  }

  @Test
  void documentHasATableRowPerRuleWithBothStatements() {
    String md = RuleCatalogueDocument.markdown();

    for (Rule rule : Rules.catalogue()) {
      assertThat(md).contains("\n| <a id=\"" + rule.id().toLowerCase(java.util.Locale.ROOT) + "\"></a>" + rule.id() + " | ");
      assertThat(md).contains(rule.statement(java.util.Locale.ENGLISH).replace("|", "\\|"));
    }
    for (Rule rule : Rules.engineRules()) {
      assertThat(md).contains("<a id=\"" + rule.id().toLowerCase(java.util.Locale.ROOT) + "\"></a>" + rule.id() + " | E | ");
    }
    assertThat(md).contains("## STL — ").contains("## SIM — ").contains("## Engine rules");
    assertThat(md.lines().filter(l -> l.matches("\\| <a id=\"[a-z]+-\\d\\d\"></a>[A-Z]+-\\d\\d \\|.*"))).hasSize(
        Rules.catalogue().size() + Rules.engineRules().size());
  }

  @Test
  void generationIsDeterministic() {
    assertThat(RuleCatalogueDocument.markdown()).isEqualTo(RuleCatalogueDocument.markdown());
  }
}
