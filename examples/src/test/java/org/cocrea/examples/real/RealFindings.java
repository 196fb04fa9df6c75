package org.cocrea.examples.real;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cocrea.serialization.CheckResult;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalChecker;
import org.cocrea.serialization.ReaderOptions;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;
import tools.jackson.databind.JsonNode;

/**
 * The reviewed list of findings of one real plan ({@code examples/real/expected/<plan>.tsv}): what the engine says
 * about the plan with default options at a fixed as-of date, and for each finding the review's verdict, its reason and
 * its source. Also the counts of subjects that ERROR-level rules could not judge (not recorded), per rule.
 *
 * <p>File layout: comment lines start with {@code #}; a line {@code #not-recorded<TAB>RULE<TAB>count} per ERROR
 * rule with not-recorded subjects; then a header line and one row per finding with the columns of {@link Row}.
 */
final class RealFindings {

  /** The fixed date the time-aware rules judge at, so that the lists do not change with the day. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

  /** The one command that rewrites the lists (run from the repository root). */
  static final String REGENERATE = "mvn -B -ntp -o -pl examples -am verify -Dsurefire.failIfNoSpecifiedTests=false"
      + " -Dtest='RealFindingsTest' -Dcocrea.real.regenerate=true";

  static final String HEADER = "rule\tseverity\tpointer\telement\tmessage\tverdict\twhy\tsource";

  /** The review's verdicts. */
  enum Review { CONFIRMED, FALSE, UNCLEAR, UNREVIEWED }

  /** One finding and its review. */
  record Row(String rule, String severity, String pointer, String element, String message, Review verdict,
      String why, String source) {

    String key() {
      return rule + "\t" + severity + "\t" + pointer;
    }

    String line() {
      return String.join("\t", rule, severity, pointer, clean(element), clean(message), verdict.name(), clean(why),
          clean(source));
    }

    /** A FALSE finding that fired only because a fact is not recorded (the reason says so in its first words). */
    boolean falseFromNotRecorded() {
      return verdict == Review.FALSE && why.toLowerCase(Locale.ROOT).startsWith("not recorded");
    }
  }

  /** The list of one plan. */
  record Expected(Map<String, Integer> notRecorded, List<Row> rows) {}

  private RealFindings() {}

  static ValidatorOptions options() {
    return ValidatorOptions.builder().locale(Locale.forLanguageTag("es-MX")).asOf(AS_OF).build();
  }

  static CheckResult check(Path plan) {
    return PalChecker.create(options(), ReaderOptions.defaults()).check(plan);
  }

  /** What the engine says now, unreviewed. */
  static Expected current(Path plan, ValidationReport report) {
    JsonNode tree;
    try {
      tree = CocreaJson.mapper().readTree(Files.readString(plan, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Row> rows = new ArrayList<>();
    for (Finding f : report.findings().stream().sorted(Finding.ORDER).toList()) {
      rows.add(new Row(f.ruleId(), f.severity().name(), f.pointer(), element(tree, f.pointer()), f.message(),
          Review.UNREVIEWED, "", ""));
    }
    Map<String, Integer> nr = new TreeMap<>();
    for (NotRecorded n : report.undecided()) {
      nr.merge(n.ruleId(), 1, Integer::sum);
    }
    return new Expected(nr, rows);
  }

  /** The title (or name) and id of the element at the pointer, or of its nearest ancestor that has one. */
  static String element(JsonNode tree, String pointer) {
    String p = pointer;
    while (true) {
      JsonNode node = tree.at(p);
      if (node != null && node.isObject()) {
        String name = text(node, "title");
        if (name.isEmpty()) {
          name = text(node, "name");
        }
        String id = text(node, "id");
        if (!name.isEmpty()) {
          return id.isEmpty() ? name : name + " (" + id + ")";
        }
        if (!id.isEmpty()) {
          return id;
        }
      }
      if (p.isEmpty()) {
        return "";
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() ? v.asString() : "";
  }

  static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  static Expected read(Path file) throws IOException {
    Map<String, Integer> nr = new TreeMap<>();
    List<Row> rows = new ArrayList<>();
    if (!Files.exists(file)) {
      return new Expected(nr, rows);
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#not-recorded\t")) {
        String[] c = line.split("\t", -1);
        nr.put(c[1], Integer.parseInt(c[2]));
      } else if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
        continue;
      } else {
        String[] c = line.split("\t", -1);
        if (c.length != 8) {
          throw new IllegalStateException(file + ": not 8 columns: " + line);
        }
        rows.add(new Row(c[0], c[1], c[2], c[3], c[4], Review.valueOf(c[5]), c[6], c[7]));
      }
    }
    return new Expected(nr, rows);
  }

  /**
   * The current findings with the review of every finding that stays (same rule, severity and pointer, matched in
   * order); new ones are UNREVIEWED.
   */
  static Expected merge(Expected reviewed, Expected now) {
    Map<String, List<Row>> byKey = new HashMap<>();
    for (Row r : reviewed.rows()) {
      byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
    }
    List<Row> rows = new ArrayList<>();
    for (Row r : now.rows()) {
      List<Row> old = byKey.get(r.key());
      if (old != null && !old.isEmpty()) {
        Row o = old.remove(0);
        rows.add(new Row(r.rule(), r.severity(), r.pointer(), r.element(), r.message(), o.verdict(), o.why(),
            o.source()));
      } else {
        rows.add(r);
      }
    }
    return new Expected(now.notRecorded(), rows);
  }

  static String write(String plan, Expected e) {
    StringBuilder b = new StringBuilder();
    b.append("# Reviewed findings of Cocrea on the real plan ").append(plan).append(" (examples/real/").append(plan)
        .append(".json): default options, as of ").append(AS_OF).append(", messages in es-MX.\n");
    b.append("# Review: CONFIRMED / FALSE / UNCLEAR / UNREVIEWED; a FALSE whose why starts with \"not recorded\"")
        .append(" fired only because a fact is not recorded in a PARTIAL record.\n");
    b.append("# Regenerate (keeps the review of every finding that stays): ").append(REGENERATE).append('\n');
    b.append("# Subjects of ERROR rules not recorded (undecided), per rule:\n");
    e.notRecorded().forEach((rule, n) -> b.append("#not-recorded\t").append(rule).append('\t').append(n).append('\n'));
    b.append(HEADER).append('\n');
    for (Row r : e.rows()) {
      b.append(r.line()).append('\n');
    }
    return b.toString();
  }

  /** The difference between two lists, by rule, severity and pointer, for a person to read. */
  static List<String> difference(Expected expected, Expected now) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> count = new TreeMap<>();
    for (Row r : expected.rows()) {
      count.merge(r.key(), 1, Integer::sum);
    }
    for (Row r : now.rows()) {
      count.merge(r.key(), -1, Integer::sum);
    }
    count.forEach((k, n) -> {
      if (n > 0) {
        out.add("  listed but not found now (" + n + "): " + k.replace('\t', ' '));
      } else if (n < 0) {
        out.add("  found now but not listed (" + -n + "): " + k.replace('\t', ' '));
      }
    });
    if (!Objects.equals(expected.notRecorded(), now.notRecorded())) {
      out.add("  not-recorded ERROR subjects: listed " + expected.notRecorded() + ", now " + now.notRecorded());
    }
    return out;
  }
}
