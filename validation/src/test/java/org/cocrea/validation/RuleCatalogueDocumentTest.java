package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule catalogue document. The build writes it ({@code target/rules.md}, at prepare-package) and checks the
 * committed {@code docs/rules.md} against it at verify; these tests cover the content and the check itself.
 */
class RuleCatalogueDocumentTest {

  @Test
  void documentHasATableRowPerRuleWithBothStatements() {
    String md = RuleCatalogueDocument.markdown();

    for (Rule rule : Rules.catalogue()) {
      assertThat(md).contains("\n| <a id=\"" + rule.id().toLowerCase(Locale.ROOT) + "\"></a>" + rule.id() + " | ");
      assertThat(md).contains(rule.statement(Locale.ENGLISH).replace("|", "\\|"));
    }
    for (Rule rule : Rules.engineRules()) {
      assertThat(md).contains("<a id=\"" + rule.id().toLowerCase(Locale.ROOT) + "\"></a>" + rule.id() + " | E | ");
    }
    assertThat(md).contains("## STL — ").contains("## SIM — ").contains("## Engine rules");
    assertThat(md.lines().filter(l -> l.matches("\\| <a id=\"[a-z]+-\\d\\d\"></a>[A-Z]+-\\d\\d \\|.*"))).hasSize(
        Rules.catalogue().size() + Rules.engineRules().size());
  }

  @Test
  void everyCatalogueRuleSaysWhatItNeedsAndWhatItSaysWithoutItAndTheDocumentShowsIt() {
    String md = RuleCatalogueDocument.markdown();

    for (Rule rule : Rules.catalogue()) {
      assertThat(rule.declaresAbsence()).as(rule.id()).isTrue();
      assertThat(rule.needs()).as(rule.id()).allMatch(n -> n.matches("[a-zA-Z]+(\\[\\])?(\\.[a-zA-Z]+(\\[\\])?)*"));
      assertThat(md).contains("\n| " + rule.id() + " | `" + rule.needs().get(0) + "`");
    }
    assertThat(md).contains("| MIL-01 | `plans[].commitments[].milestones[].deliverable`, "
        + "`plans[].commitments[].milestones[].verificationMeans`, `plans[].commitments[].milestones[].description` "
        + "| `FAIL` |");
    assertThat(md).contains("| PAL-08 | `plans[].approvedTextHash`, `plans[].publishedTextHash` | `NOT_APPLICABLE` |");
    assertThat(md).contains("`NOT_RECORDED`: Recorded as none: NOT_APPLICABLE. Not recorded: NOT_RECORDED.");
    assertThat(md).contains("| Frameworks | INAI_CORE | OGP_LOCAL |");
    assertThat(md).contains("| [S:KIT5 \"incorporando simultáneamente\"] | — | — | INAI | W | W |");   // COM-06
    assertThat(md).contains("| — | — | OGP Local | — | E |");   // COM-09 and the other OGP template fields
    for (Rule rule : Rules.engineRules()) {
      assertThat(rule.declaresAbsence()).as(rule.id()).isFalse();
      assertThat(rule.whenAbsent()).isEqualTo(Absence.FAIL);
    }
  }

  @Test
  void generationIsDeterministic() {
    assertThat(RuleCatalogueDocument.markdown()).isEqualTo(RuleCatalogueDocument.markdown());
  }

  @Test
  void theBuildWritesTheDocumentAndAcceptsAnEqualCopy(@TempDir Path dir) throws IOException {
    Path generated = dir.resolve("target/rules.md");
    RuleCatalogueDocument.main(new String[] {"write", generated.toString()});
    assertThat(Files.readString(generated, StandardCharsets.UTF_8)).isEqualTo(RuleCatalogueDocument.markdown());

    Path committed = Files.copy(generated, dir.resolve("rules.md"));
    RuleCatalogueDocument.main(new String[] {"check", generated.toString(), committed.toString()});
  }

  @Test
  void theCheckFailsOnAStaleOrMissingCopyNamingTheLineAndTheUpdateCommand(@TempDir Path dir) throws IOException {
    Path generated = dir.resolve("rules.md");
    RuleCatalogueDocument.main(new String[] {"write", generated.toString()});
    Path stale = dir.resolve("stale.md");
    Files.writeString(stale, RuleCatalogueDocument.markdown().replaceFirst("STL-03", "STL-99"),
        StandardCharsets.UTF_8);
    int line = (int) RuleCatalogueDocument.markdown().lines().takeWhile(l -> !l.contains("STL-03")).count() + 1;

    assertThatThrownBy(() -> RuleCatalogueDocument.main(
        new String[] {"check", generated.toString(), stale.toString()}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("docs/rules.md is out of date")
        .hasMessageContaining("line " + line)
        .hasMessageContaining(RuleCatalogueDocument.UPDATE);
    assertThatThrownBy(() -> RuleCatalogueDocument.main(
        new String[] {"check", generated.toString(), dir.resolve("none.md").toString()}))
        .hasMessageContaining("docs/rules.md is missing");
    assertThatThrownBy(() -> RuleCatalogueDocument.main(new String[] {"render"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
