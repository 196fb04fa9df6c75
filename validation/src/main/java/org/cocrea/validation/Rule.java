package org.cocrea.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.Framework;
import org.cocrea.validation.rules.Check;

/**
 * One rule of the catalogue: a stable id (never reused), a default severity, a family, the methodology source it
 * enforces, its configurable thresholds [P] and the check itself. Rules are immutable and thread-safe; the catalogue
 * is {@link Rules#catalogue()}.
 *
 * <pre>{@code
 * Rule rule = Rules.byId("STL-03").orElseThrow();
 * System.out.println(rule.id() + " " + rule.severity() + " " + rule.statement(Locale.ENGLISH));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Rule {

  private static final Pattern ID = Pattern.compile("([A-Z]+)-[0-9]{2}");
  private static final Pattern SOURCE_KEY = Pattern.compile("\\[S:([A-Z0-9-]+)");

  private final String id;
  private final Severity severity;
  private final RuleFamily family;
  private final String source;
  private final boolean timeAware;
  private final Map<String, Number> thresholds;
  private final Check check;
  private final List<String> sourceKeys;
  private final List<String> needs;
  private final Absence whenAbsent;
  private final Set<Framework> frameworks;
  private final boolean declaresFrameworks;

  private Rule(Builder b) {
    this.id = b.id;
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.source = Objects.requireNonNull(b.source, "source");
    this.timeAware = b.timeAware;
    this.thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(b.thresholds));
    this.check = Objects.requireNonNull(b.check, "check");
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      throw new IllegalArgumentException("rule id must look like STL-03: " + id);
    }
    this.family = RuleFamily.valueOf(m.group(1));
    this.sourceKeys = keysOf(source);
    this.needs = List.copyOf(b.needs);
    this.whenAbsent = b.whenAbsent;
    this.declaresFrameworks = b.frameworks != null;
    this.frameworks = Collections.unmodifiableSet(
        b.frameworks == null ? EnumSet.allOf(Framework.class) : EnumSet.copyOf(b.frameworks));
  }

  /**
   * Starts the definition of a rule. Internal rule-authoring API (see {@code org.cocrea.validation.rules}): the
   * catalogue's rule files use it; applications read rules from {@link Rules}.
   *
   * <pre>{@code
   * Rule rule = Rule.define("STL-07").warning().source("[S:KIT4][S:SIN]").check((context, subjects) -> { });
   * }</pre>
   *
   * @param id the stable id, such as {@code STL-07}, must not be null
   * @return a builder, never null
   */
  public static Builder define(String id) {
    return new Builder(id);
  }

  /**
   * The stable identifier, such as {@code STL-03}.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * The default severity, as the catalogue gives it.
   *
   * @return the severity, never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The severity in a profile: {@link Profile#BY_FRAMEWORK} (the default) and {@link Profile#INAI_CORE} keep the
   * catalogue severity; {@link Profile#OGP_LOCAL} raises OGP-sourced warnings to errors. Information rules (EVA-06, a
   * derived value) and the anti-simulation heuristics (SIM, "all warnings" in methodology.md 4.8) keep their severity
   * in every profile.
   *
   * <pre>{@code
   * Rules.byId("CO-08").orElseThrow().severityIn(Profile.OGP_LOCAL);      // ERROR
   * Rules.byId("CO-08").orElseThrow().severityIn(Profile.BY_FRAMEWORK);   // WARNING
   * }</pre>
   *
   * @param profile the profile, must not be null
   * @return the severity, never null
   */
  public Severity severityIn(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    boolean raised = profile == Profile.OGP_LOCAL && isOgpSourced() && severity == Severity.WARNING
        && family != RuleFamily.SIM;
    return raised ? Severity.ERROR : severity;
  }

  /**
   * Whether the validator runs the rule at all in a profile: {@link Profile#INAI_CORE} leaves out the rules that are
   * not requirements of INAI's exercise (every exercise is judged as {@link Framework#INAI_LOCAL}, as in 1.0); {@link
   * Profile#OGP_LOCAL} runs every rule; {@link Profile#BY_FRAMEWORK} runs every rule and decides per exercise ({@link
   * #appliesTo(Collection)}): a rule of none of the exercise's frameworks is reported not applicable, with the
   * framework as the reason ({@link ValidationReport#notJudgedRules()}).
   *
   * @param profile the profile, must not be null
   * @return true when the rule runs
   */
  public boolean isIn(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return profile != Profile.INAI_CORE || appliesTo(Set.of(Framework.INAI_LOCAL));
  }

  /**
   * The programmes whose requirement this rule is (real-records.md §4), declared once on the rule's definition:
   * {@link Framework#INAI_LOCAL} alone for INAI's own requirements (its five components, the 2016 PAL sections, its
   * accompaniment, the guarantor body's seat), {@link Framework#OGP_LOCAL} alone for OGP Local's own (its template
   * fields, its assessments, its forum's minimum requirements), and every framework, {@link Framework#OTHER}
   * included, for a framework-neutral rule.
   *
   * <pre>{@code
   * Rules.byId("COM-06").orElseThrow().frameworks();   // [INAI_LOCAL]
   * Rules.byId("COM-09").orElseThrow().frameworks();   // [OGP_LOCAL]
   * Rules.byId("COM-01").orElseThrow().frameworks();   // [INAI_LOCAL, OGP_LOCAL, OTHER]
   * }</pre>
   *
   * @return the frameworks, in declaration order of {@link Framework}, never null, never empty
   * @since 0.2.0
   */
  public Set<Framework> frameworks() {
    return frameworks;
  }

  /**
   * Whether the rule is a requirement of every programme ({@link #frameworks()} holds every {@link Framework}).
   *
   * @return true for a framework-neutral rule
   * @since 0.2.0
   */
  public boolean isFrameworkNeutral() {
    return frameworks.size() == Framework.values().length;
  }

  /**
   * Whether the rule's frameworks were declared on its definition; every catalogue rule declares them (a rule that
   * declares none, such as an engine rule, is framework-neutral).
   *
   * @return true when declared
   * @since 0.2.0
   */
  public boolean declaresFrameworks() {
    return declaresFrameworks;
  }

  /**
   * Whether the rule applies to an exercise that follows the given frameworks: it does when it is a requirement of at
   * least one of them. An exercise that declares none follows {@link Framework#INAI_LOCAL}, as every 1.0 file reads
   * ({@link CocreaValidator#frameworksOf(org.cocrea.core.LocalExercise)}).
   *
   * <pre>{@code
   * Rules.byId("COM-06").orElseThrow().appliesTo(List.of(Framework.OGP_LOCAL));                        // false
   * Rules.byId("COM-06").orElseThrow().appliesTo(List.of(Framework.INAI_LOCAL, Framework.OGP_LOCAL));  // true
   * Rules.byId("COM-06").orElseThrow().appliesTo(List.of());                                           // true
   * }</pre>
   *
   * @param exerciseFrameworks the frameworks the exercise follows, must not be null; empty means INAI_LOCAL
   * @return true when the rule applies
   * @since 0.2.0
   */
  public boolean appliesTo(Collection<Framework> exerciseFrameworks) {
    Objects.requireNonNull(exerciseFrameworks, "exerciseFrameworks");
    if (exerciseFrameworks.isEmpty()) {
      return frameworks.contains(Framework.INAI_LOCAL);
    }
    return exerciseFrameworks.stream().anyMatch(frameworks::contains);
  }

  /**
   * The family, from the id's prefix.
   *
   * @return the family, never null
   */
  public RuleFamily family() {
    return family;
  }

  /**
   * The methodology source, with the catalogue's tags ({@code [S:KIT5]}, {@code [P]}).
   *
   * @return the source, never null
   */
  public String source() {
    return source;
  }

  /**
   * The source keys cited, such as {@code KIT5} or {@code OGP-STD}.
   *
   * @return the keys in order of appearance, never null
   */
  public List<String> sourceKeys() {
    return sourceKeys;
  }

  private static List<String> keysOf(String source) {
    List<String> keys = new ArrayList<>();
    Matcher m = SOURCE_KEY.matcher(source);
    while (m.find()) {
      if (!keys.contains(m.group(1))) {
        keys.add(m.group(1));
      }
    }
    return List.copyOf(keys);
  }

  /**
   * Whether at least one source is OGP or IRM material.
   *
   * @return true for OGP-sourced rules
   */
  public boolean isOgpSourced() {
    return sourceKeys().stream().anyMatch(Rule::isOgpKey);
  }

  /**
   * Whether every source is OGP or IRM material.
   *
   * @return true for rules sourced only from OGP
   */
  public boolean isOgpOnly() {
    List<String> keys = sourceKeys();
    return !keys.isEmpty() && keys.stream().allMatch(Rule::isOgpKey);
  }

  private static boolean isOgpKey(String key) {
    return key.startsWith("OGP") || key.startsWith("IRM");
  }

  /**
   * The facts the rule needs, as paths of the JSON form from the document's root, {@code []} standing for every
   * element of a list: {@code plans[].commitments[].milestones[].deliverable}. What the rule says when they are
   * absent is {@link #whenAbsent()}.
   *
   * <pre>{@code
   * Rules.byId("MIL-01").orElseThrow().needs();
   * // [plans[].commitments[].milestones[].deliverable, plans[].commitments[].milestones[].verificationMeans]
   * }</pre>
   *
   * @return the paths in declaration order, never null; empty for rules that declare none (engine rules)
   * @since 0.1.0
   */
  public List<String> needs() {
    return needs;
  }

  /**
   * What the rule says when the facts it needs are absent: recorded as none, or not recorded (real-records.md §1).
   *
   * @return the declared behaviour, or {@link Absence#FAIL} for a rule that declares none (engine rules)
   * @since 0.1.0
   */
  public Absence whenAbsent() {
    return whenAbsent == null ? Absence.FAIL : whenAbsent;
  }

  /**
   * Whether the rule declares the facts it needs and what it says without them; every catalogue rule does.
   *
   * @return true when {@link #needs()} is not empty and {@link #whenAbsent()} was declared
   * @since 0.1.0
   */
  public boolean declaresAbsence() {
    return !needs.isEmpty() && whenAbsent != null;
  }

  /**
   * Whether the rule needs the as-of date of the validation (it is not applicable without one).
   *
   * @return true for time-aware rules
   */
  public boolean isTimeAware() {
    return timeAware;
  }

  /**
   * The rule's thresholds [P] and their defaults, by name; override them with {@link
   * ValidatorOptions.Builder#threshold(String, Number)} as {@code "<id>.<name>"}.
   *
   * @return the thresholds in declaration order, never null
   */
  public Map<String, Number> thresholds() {
    return thresholds;
  }

  /**
   * The rule's statement: one line saying what it requires.
   *
   * @param locale the language, must not be null; Spanish unless its language is English
   * @return the statement, never null
   */
  public String statement(Locale locale) {
    return Messages.render(id + ".statement", List.of(), locale);
  }

  Check check() {
    return check;
  }

  @Override
  public String toString() {
    return id + " (" + severity + ")";
  }

  /**
   * Defines a rule: its severity, source, thresholds and check. Internal rule-authoring API, not for applications.
   */
  public static final class Builder {
    private final String id;
    private Severity severity;
    private String source;
    private boolean timeAware;
    private final Map<String, Number> thresholds = new LinkedHashMap<>();
    private final List<String> needs = new ArrayList<>();
    private Absence whenAbsent;
    private EnumSet<Framework> frameworks;
    private Check check;

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** Sets this part of the definition; returns this builder. */
    public Builder error() {
      this.severity = Severity.ERROR;
      return this;
    }

    /** Sets this part of the definition; returns this builder. */
    public Builder warning() {
      this.severity = Severity.WARNING;
      return this;
    }

    /** Sets this part of the definition; returns this builder. */
    public Builder info() {
      this.severity = Severity.INFO;
      return this;
    }

    /** Sets this part of the definition; returns this builder. */
    public Builder source(String source) {
      this.source = source;
      return this;
    }

    /** Sets this part of the definition; returns this builder. */
    public Builder timeAware() {
      this.timeAware = true;
      return this;
    }

    /** Sets this part of the definition; returns this builder. */
    public Builder threshold(String name, Number defaultValue) {
      thresholds.put(name, defaultValue);
      return this;
    }

    /**
     * The facts the rule needs, as paths of the JSON form ({@code plans[].commitments[].problem}); returns this
     * builder. Several calls add up.
     */
    public Builder needs(String... facts) {
      for (String fact : facts) {
        needs.add(Objects.requireNonNull(fact, "fact"));
      }
      return this;
    }

    /**
     * The programmes whose requirement the rule is ({@link Rule#frameworks()}); returns this builder. Several calls
     * add up.
     */
    public Builder frameworks(Framework... programmes) {
      if (programmes.length == 0) {
        throw new IllegalArgumentException("at least one framework");
      }
      for (Framework f : programmes) {
        Objects.requireNonNull(f, "framework");
        if (frameworks == null) {
          frameworks = EnumSet.of(f);
        } else {
          frameworks.add(f);
        }
      }
      return this;
    }

    /** The rule is INAI's own requirement ({@link Framework#INAI_LOCAL} only); returns this builder. */
    public Builder inaiLocal() {
      return frameworks(Framework.INAI_LOCAL);
    }

    /** The rule is OGP Local's own requirement ({@link Framework#OGP_LOCAL} only); returns this builder. */
    public Builder ogpLocal() {
      return frameworks(Framework.OGP_LOCAL);
    }

    /** The rule is a requirement of every programme, {@link Framework#OTHER} included; returns this builder. */
    public Builder anyFramework() {
      return frameworks(Framework.values());
    }

    /** What the rule says when the facts it needs are absent ({@link Absence}); returns this builder. */
    public Builder whenAbsent(Absence absence) {
      this.whenAbsent = Objects.requireNonNull(absence, "absence");
      return this;
    }

    /** Ends the definition with the rule's check; returns the rule. */
    public Rule check(Check check) {
      this.check = check;
      return new Rule(this);
    }
  }
}
