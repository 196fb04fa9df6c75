package org.cocrea.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.Framework;

/**
 * The result of checking one exercise: every finding, in a deterministic order, each rule's outcome with its
 * counts, and the subjects the rules could not judge because the record does not hold the facts. An exercise
 * conforms when no finding is an {@link Severity#ERROR}; its {@link #verdict()} also says when the record cannot tell
 * ({@link Verdict#UNDETERMINED}). Immutable.
 *
 * <pre>{@code
 * ValidationReport report = validator.validate(exercise);
 * System.out.println(report);                     // a short summary, fit for JShell
 * if (!report.conforms()) { report.errors().forEach(System.out::println); }
 * if (report.verdict() == Verdict.UNDETERMINED) { report.undecided().forEach(System.out::println); }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ValidationReport {

  private final String subject;
  private final Locale locale;
  private final Profile profile;
  private final LocalDate asOf;
  private final List<Finding> findings;
  private final List<RuleResult> results;
  private final List<NotRecorded> notRecorded;
  private final List<NotJudged> notJudged;
  private final List<Framework> frameworks;

  private ValidationReport(String subject, Locale locale, Profile profile, LocalDate asOf,
      List<Finding> findings, List<RuleResult> results, List<NotRecorded> notRecorded, List<NotJudged> notJudged,
      List<Framework> frameworks) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.locale = Objects.requireNonNull(locale, "locale");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.asOf = asOf;
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    this.findings = List.copyOf(sorted);
    this.results = List.copyOf(results);
    List<NotRecorded> unrecorded = new ArrayList<>(notRecorded);
    unrecorded.sort(Comparator.comparing(NotRecorded::pointer, Finding.POINTER_ORDER)
        .thenComparing(NotRecorded::severity).thenComparing(NotRecorded::ruleId));
    this.notRecorded = List.copyOf(unrecorded);
    this.notJudged = notJudged.stream() // with a date, every time-aware rule was judged
        .filter(n -> asOf == null || n.reason() != NotJudged.Reason.NO_DATE).toList();
    this.frameworks = List.copyOf(frameworks);
  }

  /**
   * A report from its parts; findings are sorted into {@link Finding#ORDER}. Used by readers that add findings about
   * the file (syntax, schema) to those of the rules.
   *
   * @param subject what was checked: the exercise id or a file name, must not be null
   * @param options the options used, must not be null
   * @param findings the findings, must not be null
   * @param results the per-rule results, must not be null
   * @return the report, never null
   */
  public static ValidationReport of(String subject, ValidatorOptions options, List<Finding> findings,
      List<RuleResult> results) {
    return of(subject, options, options.resolveAsOf(), findings, results);
  }

  /**
   * A report from its parts, with the subjects the rules could not judge; findings are sorted into {@link
   * Finding#ORDER} and the subjects by pointer. The counts in the results should agree with the subjects (a result's
   * {@code notRecorded} is the number of its rule's subjects given here).
   *
   * <pre>{@code
   * ValidationReport located = ValidationReport.of(file, options, locatedFindings, report.results(),
   *     report.notRecorded());
   * }</pre>
   *
   * @param subject what was checked: the exercise id or a file name, must not be null
   * @param options the options used, must not be null
   * @param findings the findings, must not be null
   * @param results the per-rule results, must not be null
   * @param notRecorded the subjects the rules could not judge, must not be null
   * @return the report, never null
   * @since 0.1.0
   */
  public static ValidationReport of(String subject, ValidatorOptions options, List<Finding> findings,
      List<RuleResult> results, List<NotRecorded> notRecorded) {
    Optional<LocalDate> asOf = options.resolveAsOf();
    return new ValidationReport(subject, options.locale(), options.profile(), asOf.orElse(null), findings, results,
        notRecorded, timeAware(results), List.of());
  }

  /**
   * A report from its parts, at the as-of date a check resolved once ({@link ValidatorOptions#resolveAsOf()}); the
   * time-aware rules among the results are listed in {@link #notJudged()} when there is no date.
   *
   * <pre>{@code
   * Optional<LocalDate> asOf = options.resolveAsOf();
   * ValidationReport report = ValidationReport.of("plan.json", options, asOf, findings, results);
   * }</pre>
   *
   * @param subject what was checked: the exercise id or a file name, must not be null
   * @param options the options used, must not be null
   * @param asOf the date the time-aware rules were judged at, or empty when they were not, must not be null
   * @param findings the findings, must not be null
   * @param results the per-rule results, must not be null
   * @return the report, never null
   * @since 0.1.0
   */
  public static ValidationReport of(String subject, ValidatorOptions options, Optional<LocalDate> asOf,
      List<Finding> findings, List<RuleResult> results) {
    return new ValidationReport(subject, options.locale(), options.profile(), asOf.orElse(null), findings, results,
        List.of(), timeAware(results), List.of());
  }

  private static List<NotJudged> timeAware(List<RuleResult> results) {
    return results.stream()
        .map(RuleResult::ruleId)
        .filter(id -> Rules.byId(id).map(Rule::isTimeAware).orElse(false))
        .map(id -> new NotJudged(id, NotJudged.Reason.NO_DATE))
        .toList();
  }

  /**
   * The validator's report: it knows which rules it could not judge and why (also rules outside the catalogue), and
   * the frameworks it judged the exercise under.
   */
  static ValidationReport of(String subject, ValidatorOptions options, Optional<LocalDate> asOf,
      List<Finding> findings, List<RuleResult> results, List<NotRecorded> notRecorded, List<NotJudged> notJudged,
      List<Framework> frameworks) {
    return new ValidationReport(subject, options.locale(), options.profile(), asOf.orElse(null), findings, results,
        notRecorded, notJudged, frameworks);
  }

  /**
   * This report about another subject with other findings, keeping its settings, date, rule results and the
   * subjects not recorded: a file checker gives the validator's findings located in the file, with its own.
   *
   * <pre>{@code
   * ValidationReport located = report.with("plan.json", locatedFindings);
   * }</pre>
   *
   * @param subject what was checked, must not be null
   * @param findings the findings, must not be null
   * @return a new report, never null
   * @since 0.1.0
   */
  public ValidationReport with(String subject, List<Finding> findings) {
    return with(subject, findings, notRecorded);
  }

  /**
   * This report about another subject with other findings and subjects not recorded (for example the validator's,
   * with their pointers located in a file), keeping its settings, date and rule results.
   *
   * <pre>{@code
   * ValidationReport located = report.with("plan.json", locatedFindings, locatedNotRecorded);
   * }</pre>
   *
   * @param subject what was checked, must not be null
   * @param findings the findings, must not be null
   * @param notRecorded the subjects the rules could not judge, must not be null
   * @return a new report, never null
   * @since 0.2.0
   */
  public ValidationReport with(String subject, List<Finding> findings, List<NotRecorded> notRecorded) {
    return new ValidationReport(subject, locale, profile, asOf, findings, results, notRecorded, notJudged, frameworks);
  }

  /**
   * This report with more findings (for example those of the file reader), re-sorted.
   *
   * @param more the findings to add, must not be null
   * @return a new report, never null
   */
  public ValidationReport withFindings(List<Finding> more) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(more);
    return new ValidationReport(subject, locale, profile, asOf, all, results, notRecorded, notJudged, frameworks);
  }

  /**
   * What was checked: the exercise id, or a file name.
   *
   * @return the subject, never null
   */
  public String subject() {
    return subject;
  }

  /**
   * The language of the messages.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The profile used.
   *
   * @return the profile, never null
   */
  public Profile profile() {
    return profile;
  }

  /**
   * The as-of date the time-aware rules were judged at: the one given, or the day of the check in Mexico City.
   *
   * @return the date, or empty when the time-aware rules were turned off
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * The time-aware rules that ran without a date and so could not be judged (their outcome is {@link
   * Outcome#NOT_APPLICABLE}), in report order; empty whenever {@link #asOf()} is present.
   *
   * <pre>{@code
   * ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().timeAwareRules(false).build())
   *     .validate(exercise);
   * report.notJudged();   // [STL-06, TRK-01, TRK-02, TRK-04, TRK-06, EVA-01, ...]
   * }</pre>
   *
   * @return the rule ids, never null
   * @since 0.1.0
   */
  public List<String> notJudged() {
    return notJudged.stream().filter(n -> n.reason() == NotJudged.Reason.NO_DATE).map(NotJudged::ruleId).toList();
  }

  /**
   * Every rule the validator did not judge, and why ({@link NotJudged.Reason}): the time-aware rules without a date
   * ({@link #notJudged()}) and the rules of none of the exercise's frameworks ({@link #outsideFrameworks()}), in
   * report order. Each has the outcome {@link Outcome#NOT_APPLICABLE} in {@link #results()}.
   *
   * <pre>{@code
   * report.notJudgedRules();   // [NotJudged[ruleId=EXE-01, reason=FRAMEWORK], ...] for an OGP Local plan
   * }</pre>
   *
   * @return the rules not judged, never null
   * @since 0.2.0
   */
  public List<NotJudged> notJudgedRules() {
    return notJudged;
  }

  /**
   * The rules that are not requirements of any framework the exercise follows ({@link #frameworks()}), so not
   * applicable to it, in report order; empty unless the profile is {@link Profile#BY_FRAMEWORK}.
   *
   * <pre>{@code
   * report.frameworks();          // [OGP_LOCAL]
   * report.outsideFrameworks();   // [EXE-01, EXE-02, EXE-03, ..., COM-06, COM-13, ...]
   * }</pre>
   *
   * @return the rule ids, never null
   * @since 0.2.0
   */
  public List<String> outsideFrameworks() {
    return notJudged.stream().filter(n -> n.reason() == NotJudged.Reason.FRAMEWORK).map(NotJudged::ruleId).toList();
  }

  /**
   * The frameworks the exercise was judged under: those it declares ({@link
   * org.cocrea.core.LocalExercise#frameworks()}), {@link Framework#INAI_LOCAL} when it declares none, or INAI_LOCAL
   * for every exercise in the fixed profiles ({@link Profile#INAI_CORE}, {@link Profile#OGP_LOCAL}, which judge as
   * 1.0 did); empty for a report built from parts (a file that could not be read).
   *
   * @return the frameworks, never null
   * @since 0.2.0
   */
  public List<Framework> frameworks() {
    return frameworks;
  }

  /**
   * Every finding, in {@link Finding#ORDER}: by pointer as the document reads, then rule id.
   *
   * @return the findings, never null
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * The findings of one rule.
   *
   * @param ruleId the rule's id, such as {@code MIL-01}, must not be null
   * @return its findings in report order, never null, empty when the rule found nothing or did not run
   */
  public List<Finding> findings(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * The findings that are errors.
   *
   * @return the errors, never null
   */
  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /**
   * The findings that are warnings.
   *
   * @return the warnings, never null
   */
  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }

  /**
   * The findings about one element and everything inside it: {@code findingsUnder("/plans/0/commitments/2")} gives
   * those of the commitment, its milestones and indicators.
   *
   * @param pointer the element's JSON Pointer, {@code ""} for every finding, must not be null
   * @return the findings at the pointer or below it, in report order, never null
   */
  public List<Finding> findingsUnder(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return findings.stream()
        .filter(f -> f.pointer().equals(pointer) || f.pointer().startsWith(pointer + "/"))
        .toList();
  }

  /**
   * Each rule's result: the engine's rules first (REF-01, REF-02, FLD-01), then the catalogue's in catalogue order.
   *
   * @return the results, never null
   */
  public List<RuleResult> results() {
    return results;
  }

  /**
   * The results with one outcome, for example every rule that failed.
   *
   * @param outcome the outcome, must not be null
   * @return the results in report order, never null
   */
  public List<RuleResult> results(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    return results.stream().filter(r -> r.outcome() == outcome).toList();
  }

  /**
   * The results grouped by rule family, families in their declaration order and results in report order.
   *
   * @return the groups, never null; families with no result are left out
   */
  public Map<RuleFamily, List<RuleResult>> resultsByFamily() {
    Map<RuleFamily, List<RuleResult>> groups = new EnumMap<>(RuleFamily.class);
    for (RuleResult r : results) {
      r.family().ifPresent(f -> groups.computeIfAbsent(f, k -> new ArrayList<>()).add(r));
    }
    groups.replaceAll((f, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(groups);
  }

  /**
   * The result of one rule.
   *
   * @param ruleId the rule's id, must not be null
   * @return the result, or empty when the rule did not run
   */
  public Optional<RuleResult> result(String ruleId) {
    return results.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }

  /**
   * Whether the exercise meets every ERROR rule and its file could be read: no finding is an error.
   *
   * @return true when it conforms
   */
  public boolean conforms() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The verdict: {@link Verdict#DOES_NOT_CONFORM} when some finding is an error (exactly when {@link #conforms()} is
   * false); else {@link Verdict#UNDETERMINED} when an ERROR-level rule could not judge some subject because the record
   * does not hold the facts ({@link #undecided()} lists them); else {@link Verdict#CONFORMS}. Subjects of WARNING and
   * INFO rules that could not be judged never change the verdict.
   *
   * <pre>{@code
   * if (report.verdict() == Verdict.UNDETERMINED) {
   *   report.undecided().forEach(n -> System.out.println(n.ruleId() + ": " + n.facts()));
   * }
   * }</pre>
   *
   * @return the verdict, never null
   * @since 0.1.0
   */
  public Verdict verdict() {
    if (!conforms()) {
      return Verdict.DOES_NOT_CONFORM;
    }
    boolean undecided = results.stream().anyMatch(r -> r.severity() == Severity.ERROR && r.notRecorded() > 0)
        || notRecorded.stream().anyMatch(n -> n.severity() == Severity.ERROR);
    return undecided ? Verdict.UNDETERMINED : Verdict.CONFORMS;
  }

  /**
   * Every subject a rule could not judge because the record does not hold the facts it needs, of any severity, by
   * pointer as the document reads, then severity (errors first), then rule id.
   *
   * @return the subjects, never null
   * @since 0.1.0
   */
  public List<NotRecorded> notRecorded() {
    return notRecorded;
  }

  /**
   * The subjects of ERROR-level rules that could not be judged: the facts that, once recorded, would decide an
   * {@link Verdict#UNDETERMINED} verdict.
   *
   * @return the subjects, in {@link #notRecorded()} order, never null
   * @since 0.1.0
   */
  public List<NotRecorded> undecided() {
    return notRecorded.stream().filter(n -> n.severity() == Severity.ERROR).toList();
  }

  /**
   * Counts findings by severity.
   *
   * @return a count for every severity, never null
   */
  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  /**
   * Counts rules by outcome.
   *
   * @return a count for every outcome, never null
   */
  public Map<Outcome, Integer> countsByOutcome() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
    return counts;
  }

  /**
   * A short summary in the report's language, fit for JShell: whether the exercise conforms, the rule and finding
   * counts, the rules that failed, and the first ten findings.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    boolean en = "en".equals(locale.getLanguage());
    Map<Severity, Integer> bySeverity = countsBySeverity();
    Map<Outcome, Integer> byOutcome = countsByOutcome();
    StringBuilder s = new StringBuilder();
    s.append(subject).append(": ")
        .append(verdict().label(locale).toLowerCase(locale))
        .append(en ? " (profile " : " (perfil ").append(profile)
        .append(asOf == null ? "" : (en ? ", as of " : ", al ") + asOf).append(")\n")
        .append(notJudged().isEmpty() ? "" : (en ? "  not judged without a date: " : "  sin juzgar por falta de fecha: ")
            + String.join(", ", notJudged()) + "\n")
        .append(outsideFrameworks().isEmpty() ? "" : (en ? "  not applicable to " : "  no aplican a ")
            + String.join(", ", frameworks.stream().map(f -> f.label(locale)).toList()) + ": "
            + String.join(", ", outsideFrameworks()) + "\n")
        .append(en ? "  rules: " : "  reglas: ")
        .append(byOutcome.get(Outcome.PASS)).append(en ? " pass, " : " cumplen, ")
        .append(byOutcome.get(Outcome.FAIL)).append(en ? " fail, " : " no cumplen, ")
        .append(byOutcome.get(Outcome.NOT_APPLICABLE)).append(en ? " not applicable, " : " no aplican, ")
        .append(byOutcome.get(Outcome.NOT_RECORDED)).append(en ? " not recorded\n" : " no registradas\n")
        .append(en ? "  findings: " : "  hallazgos: ")
        .append(bySeverity.get(Severity.ERROR)).append(en ? " errors, " : " errores, ")
        .append(bySeverity.get(Severity.WARNING)).append(en ? " warnings, " : " advertencias, ")
        .append(bySeverity.get(Severity.INFO)).append(en ? " information" : " informativos");
    List<String> failing = results(Outcome.FAIL).stream().map(RuleResult::ruleId).toList();
    if (!failing.isEmpty()) {
      s.append(en ? "\n  failing rules: " : "\n  reglas que no se cumplen: ").append(String.join(", ", failing));
    }
    List<String> undecidedRules = undecided().stream().map(NotRecorded::ruleId).distinct().toList();
    if (!undecidedRules.isEmpty()) {
      s.append(en ? "\n  rules the record cannot decide: " : "\n  reglas que el registro no permite decidir: ")
          .append(String.join(", ", undecidedRules));
    }
    findings.stream().limit(10).forEach(f -> s.append("\n  ").append(f));
    if (findings.size() > 10) {
      s.append("\n  … ").append(findings.size() - 10).append(en ? " more" : " más");
    }
    return s.toString();
  }
}
