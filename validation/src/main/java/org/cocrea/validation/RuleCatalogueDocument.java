package org.cocrea.validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>The build writes it and checks the committed copy (validation's {@code pom.xml}): at {@code prepare-package}
 * {@code main("write", "target/rules.md")}, at {@code verify} {@code main("check", "target/rules.md",
 * "../docs/rules.md")}, which fails the build, naming the command that updates {@code docs/rules.md}, when they differ.
 *
 * <pre>{@code
 * Files.writeString(Path.of("docs/rules.md"), RuleCatalogueDocument.markdown());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RuleCatalogueDocument {

  private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  /** How to bring {@code docs/rules.md} up to date, from the repository's root. */
  static final String UPDATE = "mvn -B -ntp -pl validation -am package -DskipTests"
      + " && cp validation/target/rules.md docs/rules.md";

  private RuleCatalogueDocument() {}

  /**
   * The build's entry point: {@code write <file>} writes the document; {@code check <generated> <committed>} fails
   * when the committed document differs from the generated one, saying how to update it.
   *
   * @param args {@code write <file>} or {@code check <generated> <committed>}
   * @throws IOException if a file cannot be read or written
   * @throws IllegalStateException if the committed document is missing or out of date
   * @throws IllegalArgumentException for other arguments
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals("write")) {
      Path file = Path.of(args[1]);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    } else if (args.length == 3 && args[0].equals("check")) {
      String generated = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
      Path committed = Path.of(args[2]);
      String problem = staleness(generated, Files.exists(committed)
          ? Files.readString(committed, StandardCharsets.UTF_8) : null);
      if (problem != null) {
        throw new IllegalStateException(problem);
      }
    } else {
      throw new IllegalArgumentException("usage: write <file> | check <generated> <committed>");
    }
  }

  /**
   * Why the committed document is not the generated one, or null when they are equal.
   *
   * @param generated the document the rules give today
   * @param committed the committed document, or null when there is none
   * @return the problem with the command that fixes it, or null
   */
  static String staleness(String generated, String committed) {
    if (generated.equals(committed)) {
      return null;
    }
    String what;
    if (committed == null) {
      what = "docs/rules.md is missing";
    } else {
      List<String> a = generated.lines().toList();
      List<String> b = committed.lines().toList();
      int line = 0;
      while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
        line++;
      }
      what = "docs/rules.md is out of date with the rules (first difference at line " + (line + 1) + ")";
    }
    return what + "; update it from the repository root with: " + UPDATE;
  }

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
        .append("<!-- Generated from the rules by org.cocrea.validation.RuleCatalogueDocument; do not edit by hand:\n")
        .append("     mvn verify fails while this file differs. Update it: ").append(UPDATE).append(" -->\n\n")
        .append("The minimum standards of INAI's *Gobierno Abierto: Cocreación desde lo Local* as checked by ")
        .append("`CocreaValidator` (methodology.md section 4, with the 2025 reform's EXE-06, STL-12 and EVA-08 and the ")
        .append("guarantor rules judged under the regime in force, [reform-2025.md](reform-2025.md), and the checks real ")
        .append("records call for, PAL-09, COM-15 and EVA-09, real-records.md §5 and §7): ")
        .append(catalogue.size()).append(" catalogue rules — ")
        .append(count(catalogue, Severity.ERROR)).append(" errors, ")
        .append(count(catalogue, Severity.WARNING)).append(" warnings, ")
        .append(count(catalogue, Severity.INFO)).append(" information — plus ")
        .append(Rules.engineRules().size()).append(" engine rules that every profile runs.\n\n")
        .append("- **Severity**: E error (a minimum standard; the exercise does not conform), W warning (good practice ")
        .append("or heuristic), I information (derived value, or a question for the reader: EVA-09's disagreements with ")
        .append("independent assessments).\n")
        .append("- **Frameworks** (real-records.md §4): the programme(s) whose requirement each rule is, declared on ")
        .append("the rule: `INAI` (INAI's *Cocreación desde lo Local* only: its five components, the 2016 PAL sections, ")
        .append("its accompaniment, the guarantor body's seat, its kits), `OGP Local` (OGP Local only: its commitment ")
        .append("template, its assessments, its forum's minimum requirements) or `all` (framework-neutral, also a ")
        .append("programme of another kind, `OTHER`). By default (profile `BY_FRAMEWORK`) an exercise is judged by the ")
        .append("rules of the framework(s) it declares (`frameworks`; none declared means INAI_LOCAL, as every 1.0 file ")
        .append("reads), at their catalogue severity; a rule of none of them is not applicable and the report lists it ")
        .append("as not judged, with the framework as the reason. An exercise under both runs both sets; where they ")
        .append("write a requirement differently (COM-05: INAI components or OGP values) either satisfies it. ")
        .append(frameworkCounts(catalogue)).append("\n")
        .append("- **Profiles** (a severity policy instead of the default): `INAI_CORE` judges every exercise as ")
        .append("INAI's (the 1.0 default: the rules of INAI and all); `OGP_LOCAL` runs every rule for every exercise ")
        .append("and raises OGP/IRM-sourced warnings to errors (information and SIM heuristics keep their severity). ")
        .append("Each rule has an anchor named after its id in lower case (`#stl-03`). A dash means the rule does ")
        .append("not run in that profile.\n")
        .append("- **Thresholds [P]** are defaults; override one with ")
        .append("`ValidatorOptions.builder().threshold(\"<ID>.<name>\", value)`.\n")
        .append("- **As-of**: time-aware rules are judged at today's date in Mexico City (read at each check, as ")
        .append("`cocrea validate` does) or at `ValidatorOptions.builder().asOf(date)`; with `timeAwareRules(false)` ")
        .append("they are not applicable and the report lists them as not judged.\n")
        .append("- **Sources**: keys of methodology.md section 0 (`[S:KIT5]`, `[S:APT]`, `[S:OGP-STD]`…); ")
        .append("`[P]` marks a proposal of the specification.\n")
        .append("- **Facts and absence**: below each family's table, the facts each rule needs (paths of the JSON ")
        .append("form, `[]` for every element of a list) and what it says when they are absent ")
        .append("(real-records.md §1): *recorded as none* (a complete record lacks them, as in every 1.0 file) ")
        .append("or *not recorded* (a PARTIAL record or part lacks them, or a date is too coarse). NOT_RECORDED is ")
        .append("never a failure; an ERROR rule with such subjects and no ERROR finding makes the file's verdict ")
        .append("UNDETERMINED (NO DETERMINABLE). ")
        .append(absenceLegend())
        .append("\n\n");

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
        .append("| ID | Sev | Regla (es) | Rule (en) | Source | Thresholds [P] | As-of | Frameworks | INAI_CORE ")
        .append("| OGP_LOCAL |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Rule r : rules) {
      md.append("| <a id=\"").append(r.id().toLowerCase(Locale.ROOT)).append("\"></a>").append(r.id())
          .append(" | ").append(letter(r.severity()))
          .append(" | ").append(cell(r.statement(SPANISH)))
          .append(" | ").append(cell(r.statement(Locale.ENGLISH)))
          .append(" | ").append(cell(r.source()))
          .append(" | ").append(r.thresholds().isEmpty() ? "—" : r.thresholds().entrySet().stream()
              .map(e -> "`" + e.getKey() + "` = " + e.getValue()).collect(Collectors.joining(", ")))
          .append(" | ").append(r.isTimeAware() ? "yes" : "—")
          .append(" | ").append(frameworks(r))
          .append(" | ").append(inProfile(r, Profile.INAI_CORE))
          .append(" | ").append(inProfile(r, Profile.OGP_LOCAL))
          .append(" |\n");
    }
    if (rules.stream().noneMatch(Rule::declaresAbsence)) {
      return;
    }
    md.append("\n| ID | Needs — Datos que necesita | When absent — Si faltan |\n|---|---|---|\n");
    for (Rule r : rules) {
      md.append("| ").append(r.id())
          .append(" | ").append(r.needs().isEmpty() ? "—"
              : r.needs().stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")))
          .append(" | ").append(r.declaresAbsence() ? "`" + r.whenAbsent().name() + "`" : "—")
          .append(" |\n");
    }
  }

  /** One line per kind of absence: its name, then what it says in English and Spanish. */
  private static String absenceLegend() {
    StringBuilder legend = new StringBuilder();
    for (Absence a : Absence.values()) {
      legend.append("`").append(a.name()).append("`: ").append(a.labelEn()).append(" — ").append(a.labelEs())
          .append(a.ordinal() < Absence.values().length - 1 ? " " : "");
    }
    return legend.toString();
  }

  /** The rule's frameworks as the table writes them: all, INAI, OGP Local, or both names. */
  static String frameworks(Rule rule) {
    if (rule.isFrameworkNeutral()) {
      return "all";
    }
    return rule.frameworks().stream()
        .map(f -> switch (f) {
          case INAI_LOCAL -> "INAI";
          case OGP_LOCAL -> "OGP Local";
          case OTHER -> "other";
        })
        .collect(Collectors.joining(", "));
  }

  private static String frameworkCounts(List<Rule> catalogue) {
    long inai = catalogue.stream().filter(r -> frameworks(r).equals("INAI")).count();
    long ogp = catalogue.stream().filter(r -> frameworks(r).equals("OGP Local")).count();
    long all = catalogue.stream().filter(Rule::isFrameworkNeutral).count();
    return "Catalogue: " + all + " framework-neutral, " + inai + " INAI only, " + ogp + " OGP Local only"
        + (all + inai + ogp == catalogue.size() ? "." : ", " + (catalogue.size() - all - inai - ogp) + " other.");
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
