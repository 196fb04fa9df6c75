package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cocrea.validation.Finding;
import org.junit.jupiter.api.Test;

/** The binding's pointer stack: document and model pointers, rendered from names and int indexes. */
class BindingTest {

  @Test
  void documentAndModelPointersDifferOnlyWhereElementsWereLeftOut() {
    Binding b = new Binding(Locale.ROOT);
    assertThat(b.documentPointer()).isEmpty();
    b.push("plans");
    b.pushIndex(3, 1);
    b.push("commitments");
    b.pushIndex(12, 12);
    b.push("a/b~c");
    assertThat(b.documentPointer()).isEqualTo("/plans/3/commitments/12/a~1b~0c");
    assertThat(b.modelPointer()).isEqualTo("/plans/1/commitments/12/a~1b~0c");
    b.pop();
    b.pop();
    b.pop();
    assertThat(b.documentPointer()).isEqualTo("/plans/3");
    assertThat(b.modelPointer()).isEqualTo("/plans/1");
  }

  @Test
  void deepStacksGrow() {
    Binding b = new Binding(Locale.ROOT);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      b.push("p");
      b.pushIndex(i, i / 2);
      expected.append("/p/").append(i);
    }
    assertThat(b.documentPointer()).isEqualTo(expected.toString());
  }

  @Test
  void referenceProblemsBehindLeftOutElementsPointIntoTheDocument() {
    String json = """
        {"schemaVersion": "1.0", "id": "x", "plans": [
          {"title": "no id"},
          {"id": "pal-2", "commitments": [
            {"title": "no id either"},
            {"id": "c-2", "responsibleInstitutionIds": ["org-x"]}]}]}
        """;
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ReadResult result = PalReader.create(ReaderOptions.defaults()).read(bytes, "x");
    assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("REF-01"); // the validator's stage
    assertThat(PalChecker.create().check(bytes, "x").report().findings("REF-01")).extracting(Finding::pointer)
        .containsExactly("/plans/1/commitments/1/responsibleInstitutionIds/0");
    assertThat(result.exercise()).hasValueSatisfying(e -> {
      assertThat(e.plans()).hasSize(1);
      assertThat(e.plans().get(0).commitments()).hasSize(1);
    });
  }
}
