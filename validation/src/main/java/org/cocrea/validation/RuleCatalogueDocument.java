package org.cocrea.validation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rule catalogue as a Markdown document ({@code docs/rules.md}), generated from the rules themselves so that the
 * documentation can never drift from the code: per family a table with each rule's id, severity, statement in Spanish
 * and English, methodology source, thresholds [P] with their defaults, whether it needs an as-of date, and its severity
 * in each profile.
 *
 * <pre>{@code
 * Files.writeString(Path.of("docs/rules.md"), RuleCatalogueDocument.markdown());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleCatalogueDocument {

  private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  private RuleCatalogueDocument() {}

  /**
   * The whole document. Deterministic: the same rules give the same text, with {@code \n} line ends.
   *
   * @return the Markdown text, never null
   */
  public static String markdown() {
    List<Rule> catalogue = Rules.catalogue();
    Map<RuleFamily, List<Rule>> byFamily = new EnumMap<>(RuleFamily.class);
    catalogue.forEach(r -> byFamily.computeIfAbsent(r.family(), f -> new ArrayList<>()).add(r));

    StringBuilder md = new StringBuilder();
    md.append("# Rule catalogue — Catálogo de reglas\n\n")
        .append("<!-- Generated from the rules by org.cocrea.validation.RuleCatalogueDocument; do not edit by hand.\n")
        .append("     Regenerate: mvn -B -ntp -pl validation -am test -Dtest=RuleCatalogueDocumentTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dcocrea.regenerateDocs=true -->\n\n")
        .append("The minimum standards of INAI's *Gobierno Abierto: Cocreación desde lo Local* as checked by ")
        .append("`CocreaValidator` (methodology.md section 4): ").append(catalogue.size()).append(" catalogue rules — ")
        .append(count(catalogue, Severity.ERROR)).append(" errors, ")
        .append(count(catalogue, Severity.WARNING)).append(" warnings, ")
        .append(count(catalogue, Severity.INFO)).append(" information — plus ")
        .append(Rules.engineRules().size()).append(" engine rules that every profile runs.\n\n")
        .append("- **Severity**: E error (a minimum standard; the exercise does not conform), W warning (good practice ")
        .append("or heuristic), I information (derived value).\n")
        .append("- **Profiles**: `INAI_CORE` (default) runs every rule not sourced only from OGP/IRM material; ")
        .append("`OGP_LOCAL` runs every rule and raises OGP/IRM-sourced warnings to errors (information and SIM heuristics ")
        .append("keep their severity). Each rule has an anchor named after its id in lower case (`#stl-03`). A dash means the rule does ")
        .append("not run in that profile.\n")
        .append("- **Thresholds [P]** are defaults; override one with ")
        .append("`ValidatorOptions.builder().threshold(\"<ID>.<name>\", value)`.\n")
        .append("- **As-of**: time-aware rules need `ValidatorOptions.builder().asOf(date)`; without it they are ")
        .append("not applicable.\n")
        .append("- **Sources**: keys of methodology.md section 0 (`[S:KIT5]`, `[S:APT]`, `[S:OGP-STD]`…); ")
        .append("`[P]` marks a proposal of the specification.\n\n");

    md.append("| Family | Familia | Rules | E | W | I |\n|---|---|---|---|---|---|\n");
    byFamily.forEach((family, rules) -> md.append("| ").append(family.name()).append(' ').append(family.labelEn())
        .append(" | ").append(family.labelEs())
        .append(" | ").append(rules.size())
        .append(" | ").append(count(rules, Severity.ERROR))
        .append(" | ").append(count(rules, Severity.WARNING))
        .append(" | ").append(count(rules, Severity.INFO)).append(" |\n"));

    byFamily.forEach((family, rules) -> section(md, family.name() + " — " + family.labelEs() + " / "
        + family.labelEn(), rules));
    section(md, "Engine rules — Reglas del motor", Rules.engineRules());
    return md.toString();
  }

  private static void section(StringBuilder md, String title, List<Rule> rules) {
    md.append("\n## ").append(title).append("\n\n")
        .append("| ID | Sev | Regla (es) | Rule (en) | Source | Thresholds [P] | As-of | INAI_CORE | OGP_LOCAL |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (Rule r : rules) {
      md.append("| <a id=\"").append(r.id().toLowerCase(Locale.ROOT)).append("\"></a>").append(r.id())
          .append(" | ").append(letter(r.severity()))
          .append(" | ").append(cell(r.statement(SPANISH)))
          .append(" | ").append(cell(r.statement(Locale.ENGLISH)))
          .append(" | ").append(cell(r.source()))
          .append(" | ").append(r.thresholds().isEmpty() ? "—" : r.thresholds().entrySet().stream()
              .map(e -> "`" + e.getKey() + "` = " + e.getValue()).collect(Collectors.joining(", ")))
          .append(" | ").append(r.isTimeAware() ? "yes" : "—")
          .append(" | ").append(inProfile(r, Profile.INAI_CORE))
          .append(" | ").append(inProfile(r, Profile.OGP_LOCAL))
          .append(" |\n");
    }
  }

  private static String inProfile(Rule rule, Profile profile) {
    return rule.isIn(profile) ? letter(rule.severityIn(profile)) : "—";
  }

  private static String letter(Severity severity) {
    return severity.name().substring(0, 1);
  }

  private static long count(List<Rule> rules, Severity severity) {
    return rules.stream().filter(r -> r.severity() == severity).count();
  }

  /** Escapes a table cell: pipes, and line breaks as spaces. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ').replace("\r", "");
  }
}
