package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cocrea.serialization.FileRules;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Rules;
import org.cocrea.validation.Severity;
import org.junit.jupiter.api.Test;

class RuleDescriptorTest {

  @Test
  void describesFileEngineAndCatalogueRulesOnceInThatOrder() {
    int files = FileRules.all().size();
    int engine = Rules.engineRules().size();

    assertThat(RuleDescriptor.all()).hasSize(files + engine + Rules.catalogue().size());
    assertThat(RuleDescriptor.all()).extracting(RuleDescriptor::id).doesNotHaveDuplicates();
    assertThat(RuleDescriptor.all().get(0).category()).isEqualTo(RuleDescriptor.FILE);
    assertThat(RuleDescriptor.all().get(files).category()).isEqualTo(RuleDescriptor.ENGINE);
    assertThat(RuleDescriptor.orderOf("JSON-01")).isLessThan(RuleDescriptor.orderOf("REF-01"));
    assertThat(RuleDescriptor.orderOf("NOPE-01")).isEqualTo(Integer.MAX_VALUE);
    // the order is computed from the ids alone (no statement read): it is each descriptor's index in all()
    for (int i = 0; i < RuleDescriptor.all().size(); i++) {
      RuleDescriptor d = RuleDescriptor.all().get(i);
      assertThat(RuleDescriptor.orderOf(d.id())).isEqualTo(i);
      assertThat(RuleDescriptor.byId(d.id())).contains(d);
    }
    assertThat(RuleDescriptor.all().get(RuleDescriptor.all().size() - 1).id()).startsWith("INT-");
  }

  @Test
  void everyRuleHasStatementsInBothLanguagesAndASource() {
    for (RuleDescriptor d : RuleDescriptor.all()) {
      assertThat(d.statementEs()).as(d.id()).isNotBlank().doesNotStartWith("[");
      assertThat(d.statementEn()).as(d.id()).isNotBlank().doesNotStartWith("[");
      assertThat(d.source()).as(d.id()).isNotBlank();
      assertThat(d.anchor()).as(d.id()).isEqualTo(d.id().toLowerCase(java.util.Locale.ROOT));
    }
  }

  @Test
  void categoryLabelsAndSeveritiesFollowLanguageAndProfile() {
    RuleDescriptor json = RuleDescriptor.byId("JSON-01").orElseThrow();
    RuleDescriptor ref = RuleDescriptor.byId("REF-01").orElseThrow();

    assertThat(json.categoryLabel(Locale.ENGLISH)).isEqualTo("File reading");
    assertThat(json.categoryLabel(Locale.forLanguageTag("es-MX"))).isEqualTo("Lectura del archivo");
    assertThat(ref.categoryLabel(Locale.ENGLISH)).isEqualTo("Validation engine");
    assertThat(ref.severityIn(Profile.OGP_LOCAL)).isEqualTo(Severity.ERROR);
    assertThat(json.inCatalogue()).isFalse();
    Rules.catalogue().forEach(r -> {
      RuleDescriptor d = RuleDescriptor.byId(r.id()).orElseThrow();
      assertThat(d.category()).isEqualTo(r.family().name());
      assertThat(d.severityIn(Profile.OGP_LOCAL)).isEqualTo(r.severityIn(Profile.OGP_LOCAL));
    });
  }
}
