package org.cocrea.validation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Messages;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Outcome;
import org.cocrea.validation.Rule;
import org.cocrea.validation.RuleResult;
import org.cocrea.validation.Severity;

/**
 * Collects a rule's outcome for each subject it looked at; a failure becomes a finding at the subject's pointer. Part of the
 * internal rule-authoring API: not for applications.
 */
public final class Subjects {

  private final Rule rule;
  private final Severity severity;
  private final Locale locale;
  private final int maxFindings;
  private final List<Finding> findings = new ArrayList<>();
  private final List<NotRecorded> notRecorded = new ArrayList<>();
  private int passed;
  private int failed;
  private int notApplicable;

  public Subjects(Rule rule, Severity severity, Locale locale) {
    this(rule, severity, locale, Integer.MAX_VALUE);
  }

  /**
   * Collects a rule's outcome, keeping at most {@code maxFindings} findings (every failure is still counted; the
   * ones not kept are summed up in one INFO finding, see {@link #omitted}).
   */
  public Subjects(Rule rule, Severity severity, Locale locale, int maxFindings) {
    this.rule = rule;
    this.severity = severity;
    this.locale = locale;
    this.maxFindings = maxFindings;
  }

  /** The subject at the pointer meets the rule. */
  public void pass(String pointer) {
    passed++;
  }

  /** The subject at the pointer fails; the message is {@code "<id>.message"} with the arguments. */
  public void fail(String pointer, Object... arguments) {
    failWith(pointer, "message", arguments);
  }

  /** The subject at the pointer fails, with the message {@code "<id>.<variant>"}. */
  public void failWith(String pointer, String variant, Object... arguments) {
    failAs(severity, pointer, variant, arguments);
  }

  /**
   * The subject at the pointer fails with a severity other than the rule's (PAL-03: the order of dates is an error,
   * the duration only a warning). The severity is kept as given in every profile.
   */
  public void failAs(Severity findingSeverity, String pointer, String variant, Object... arguments) {
    failed++;
    if (findings.size() >= maxFindings) {
      return;
    }
    String key = rule.id() + "." + variant;
    List<String> args = Arrays.stream(arguments).map(String::valueOf).toList();
    findings.add(new Finding(rule.id(), findingSeverity, pointer, 0, 0, key, args, Messages.render(key, args, locale)));
  }

  /** The rule does not apply to the subject at the pointer, or its data is absent. */
  public void notApplicable(String pointer) {
    notApplicable++;
  }

  /**
   * The rule cannot judge the subject at the pointer: the premise may hold but the facts it needs are not in the
   * record (a list or field not recorded in a partial record or part, a date too coarse to decide an order). Never a
   * failure and never a finding; the report lists the subject with the facts that would decide it.
   *
   * <pre>{@code
   * if (!context.exercise().recording().isRecorded(commitment, "milestones")) {   // however the model says it
   *   subjects.notRecorded(at, at + "/milestones");
   * }
   * }</pre>
   *
   * @param pointer JSON Pointer of the subject
   * @param facts JSON Pointers of the facts that are not recorded or too coarse; none means the subject itself
   */
  public void notRecorded(String pointer, String... facts) {
    notRecorded.add(new NotRecorded(rule.id(), severity, pointer, facts.length == 0 ? List.of(pointer) : List.of(facts)));
  }

  /** Passes or fails the subject. */
  public void check(boolean ok, String pointer, Object... arguments) {
    if (ok) {
      pass(pointer);
    } else {
      fail(pointer, arguments);
    }
  }

  /** The findings kept, then, when more subjects failed than were kept, one INFO finding that says how many. */
  public List<Finding> findings() {
    if (failed <= findings.size()) {
      return findings;
    }
    List<Finding> all = new ArrayList<>(findings);
    all.add(omitted(rule.id(), failed - findings.size(), findings.size(), locale));
    return all;
  }

  /**
   * The INFO finding that stands for the failures of a rule not kept in a report: a file with hundreds of thousands of
   * failing subjects would otherwise need more memory for its findings than for the exercise (issue 15, M1). The
   * rule's result still counts every failure.
   *
   * @param ruleId the rule
   * @param omitted how many failures are not shown
   * @param shown how many are
   * @param locale the language of the message
   * @return the finding, at the document root
   */
  public static Finding omitted(String ruleId, int omitted, int shown, Locale locale) {
    String key = "findings.omitted";
    List<String> args = List.of(String.format(locale, "%,d", omitted), String.format(locale, "%,d", shown), ruleId);
    return new Finding(ruleId, Severity.INFO, "", 0, 0, key, args, Messages.render(key, args, locale));
  }

  /** The subjects the rule could not judge, in the order reported. */
  public List<NotRecorded> notRecordedSubjects() {
    return notRecorded;
  }

  /** The rule's result: the outcome from the counts ({@link RuleResult#outcomeOf(int, int, int)}). */
  public RuleResult result() {
    Outcome outcome = RuleResult.outcomeOf(passed, failed, notRecorded.size());
    return new RuleResult(rule.id(), severity, outcome, passed + failed, passed, failed, notApplicable,
        notRecorded.size());
  }
}
