package org.cocrea.report;

import org.cocrea.report.internal.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.cocrea.core.i18n.Texts;
import org.cocrea.serialization.FileRule;
import org.cocrea.serialization.FileRules;
import org.cocrea.validation.Citation;
import org.cocrea.validation.Profile;
import org.cocrea.validation.Rule;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.Rules;
import org.cocrea.validation.Severity;

/**
 * What a report says about one rule id, whichever layer emits it: the file reader ({@code JSON-01} … {@code IO-01}),
 * the validation engine ({@code REF-01}, {@code REF-02}, {@code FLD-01}) or the methodology catalogue ({@code
 * STL-03} …). Immutable.
 *
 * <pre>{@code
 * RuleDescriptor d = RuleDescriptor.byId("STL-03").orElseThrow();
 * System.out.println(d.id() + " " + d.statement(Locale.ENGLISH));
 * }</pre>
 *
 * @param id the stable rule id, never null
 * @param severity the default severity (the catalogue's; file and engine rules are errors), never null
 * @param category the family code for catalogue rules ({@code STL}), {@code FILE} or {@code ENGINE}, never null
 * @param source the methodology source with the catalogue's tags, or the standard a file rule enforces, never null
 * @param statementEs what the rule requires, in Spanish, never null
 * @param statementEn what the rule requires, in English, never null
 * @since 0.1.0
 */
public record RuleDescriptor(
    String id, Severity severity, String category, String source, String statementEs, String statementEn) {

  /** Category of the rules of the file reader. */
  public static final String FILE = "FILE";
  /** Category of the rules the validation engine applies itself. */
  public static final String ENGINE = "ENGINE";

  /** Every descriptor, made on first need: each reads its rule's statement in both languages. */
  private static final class Descriptors {
    static final List<RuleDescriptor> ALL = build();
  }

  /**
   * The rule ids alone, in order, and how to describe each: a report orders its findings and describes the few rules
   * it cites without reading the statements of all the others (a short run's start-up).
   */
  private static final class Index {
    /** The index of each rule id in {@link #all()} (its first occurrence). */
    static final Map<String, Integer> ORDER;
    /** How to describe each rule id (its first occurrence). */
    static final Map<String, Supplier<RuleDescriptor>> DESCRIBE;
    /** The descriptors made so far by {@link #byId}. */
    static final Map<String, RuleDescriptor> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    static {
      Map<String, Integer> order = new java.util.HashMap<>();
      Map<String, Supplier<RuleDescriptor>> describe = new java.util.HashMap<>();
      int[] index = {0};
      inOrder((id, descriptor) -> {
        order.putIfAbsent(id, index[0]++);
        describe.putIfAbsent(id, descriptor);
      });
      ORDER = Map.copyOf(order);
      DESCRIBE = Map.copyOf(describe);
    }
  }

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(statementEs, "statementEs");
    Objects.requireNonNull(statementEn, "statementEn");
  }

  /**
   * Every rule a report can cite: file rules, then engine rules, then the catalogue in catalogue order.
   *
   * @return the descriptors, never null, unmodifiable
   */
  public static List<RuleDescriptor> all() {
    return Descriptors.ALL;
  }

  /**
   * The descriptor of a rule id.
   *
   * @param id the rule id, must not be null
   * @return the descriptor, or empty for an unknown id
   */
  public static Optional<RuleDescriptor> byId(String id) {
    Objects.requireNonNull(id, "id");
    Supplier<RuleDescriptor> describe = Index.DESCRIBE.get(id);
    return describe == null ? Optional.empty() : Optional.of(Index.MADE.computeIfAbsent(id, k -> describe.get()));
  }

  /**
   * The position of a rule id in {@link #all()}, for ordering; unknown ids sort last.
   *
   * @param id the rule id, must not be null
   * @return the index, or {@code Integer.MAX_VALUE} for an unknown id
   */
  public static int orderOf(String id) {
    Integer index = Index.ORDER.get(Objects.requireNonNull(id, "id"));
    return index == null ? Integer.MAX_VALUE : index;
  }

  /**
   * The descriptor of a catalogue rule.
   *
   * @param rule the rule, must not be null
   * @param category its category code
   * @return the descriptor, never null
   */
  static RuleDescriptor of(Rule rule, String category) {
    Objects.requireNonNull(rule, "rule");
    return new RuleDescriptor(rule.id(), rule.severity(), category, rule.source(),
        rule.statement(Locale.forLanguageTag("es-MX")), rule.statement(Locale.ENGLISH));
  }

  /**
   * The statement in a language.
   *
   * @param locale the language, must not be null; Spanish unless its language is English
   * @return the statement, never null
   */
  public String statement(Locale locale) {
    return Texts.isEnglish(Objects.requireNonNull(locale, "locale")) ? statementEn : statementEs;
  }

  /**
   * The source as a person reads it: for catalogue and engine rules the cited works as author (year), title and
   * section, with Cocrea's proposals said to be so ({@link Citation}); for file rules the standard they enforce. No
   * internal tag ({@code [S:KIT5]}, {@code [P]}) is left; {@link #source()} keeps them.
   *
   * <pre>{@code
   * RuleDescriptor.byId("MIL-01").orElseThrow().citation(Locale.ENGLISH);
   * }</pre>
   *
   * @param locale the language, must not be null
   * @return the citation, never null
   * @since 0.1.0
   */
  public String citation(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Optional<Rule> rule = inCatalogue() ? catalogueRule()
        : Rules.engineRules().stream().filter(r -> r.id().equals(id)).findFirst();
    return rule.map(r -> Citation.of(r, locale))
        .orElseGet(() -> source.replaceAll("\\[[PU][^\\]]*\\]\\s*", "").strip());
  }

  /**
   * The name of the category in a language: the family's label, or "File reading" / "Validation engine".
   *
   * @param locale the language, must not be null
   * @return the label, never null
   */
  public String categoryLabel(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (FILE.equals(category) || ENGINE.equals(category)) {
      return Labels.of(locale).get("category." + category);
    }
    try {
      return RuleFamily.valueOf(category).label(locale);
    } catch (IllegalArgumentException e) {
      return category;
    }
  }

  /**
   * The severity in a profile: the catalogue's profile rules for catalogue rules; file and engine rules keep theirs.
   *
   * @param profile the profile, must not be null
   * @return the severity, never null
   */
  public Severity severityIn(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return catalogueRule().map(r -> r.severityIn(profile)).orElse(severity);
  }

  /**
   * Whether the rule is part of the methodology catalogue ({@link Rules#catalogue()}).
   *
   * @return true for catalogue rules
   */
  public boolean inCatalogue() {
    return !FILE.equals(category) && !ENGINE.equals(category);
  }

  /**
   * The anchor of the rule in documents and HTML reports: the lower-case id, such as {@code stl-03}.
   *
   * @return the anchor, never null
   */
  public String anchor() {
    return id.toLowerCase(Locale.ROOT);
  }

  private Optional<Rule> catalogueRule() {
    return inCatalogue() ? Rules.catalogue().stream().filter(r -> r.id().equals(id)).findFirst() : Optional.empty();
  }

  /** What a file rule enforces, in words that need no translation. */
  private static String fileSource(String id) {
    return switch (id.replaceFirst("-.*", "")) {
      case "JSON" -> "[P] RFC 8259 (JSON), RFC 3629 (UTF-8)";
      case "SCH" -> "[P] cocrea-pal.schema.json (JSON Schema 2020-12)";
      case "LIM" -> "[P] ReaderOptions: maxBytes, maxDepth, maxStringLength, maxNumberLength";
      case "BND" -> "[P] org.cocrea.core";
      case "INT" -> "[P] cocrea";
      default -> "[P] java.nio.file";
    };
  }

  private static List<RuleDescriptor> build() {
    List<RuleDescriptor> all = new ArrayList<>();
    inOrder((id, descriptor) -> all.add(descriptor.get()));
    return List.copyOf(all);
  }

  /**
   * Every rule a report can cite, in the order of {@link #all()}, as its id and the way to describe it: the one
   * definition of that order.
   */
  private static void inOrder(java.util.function.BiConsumer<String, Supplier<RuleDescriptor>> each) {
    List<FileRule> added = new ArrayList<>();
    for (FileRule f : FileRules.all()) {
      // INT-01 came after the catalogue was published: it goes last, so that the SARIF index of every earlier rule
      // stays what it was
      if (f.id().startsWith("INT-")) {
        added.add(f);
      } else {
        each.accept(f.id(), () -> of(f));
      }
    }
    Rules.engineRules().forEach(r -> each.accept(r.id(), () -> of(r, ENGINE)));
    Rules.catalogue().forEach(r -> each.accept(r.id(), () -> of(r, r.family().name())));
    added.forEach(f -> each.accept(f.id(), () -> of(f)));
  }

  private static RuleDescriptor of(FileRule f) {
    return new RuleDescriptor(f.id(), f.severity(), FILE, fileSource(f.id()), f.statementEs(), f.statementEn());
  }
}
