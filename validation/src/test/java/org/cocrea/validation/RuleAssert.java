package org.cocrea.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.cocrea.core.LocalExercise;

/**
 * The one assertion helper of the rule tests: what a report says about one rule, and fluent assertions on it.
 *
 * <pre>{@code
 * RuleAssert.assertThat(exercise).asOf(LocalDate.of(2016, 1, 1)).rule("MIL-01").fails("/plans/0/commitments/0/milestones/0");
 * RuleAssert.assertThat(exercise).rule("STL-01").passes();
 * List<String> where = RuleAssert.pointers(report, "STL-03");
 * }</pre>
 */
public final class RuleAssert {

  private final LocalExercise exercise;
  private final ValidatorOptions options;

  private RuleAssert(LocalExercise exercise, ValidatorOptions options) {
    this.exercise = exercise;
    this.options = options;
  }

  /** Starts assertions on an exercise, validated with the default options. */
  public static RuleAssert assertThat(LocalExercise exercise) {
    return new RuleAssert(Objects.requireNonNull(exercise, "exercise"), ValidatorOptions.defaults());
  }

  /** The same exercise validated with other options. */
  public RuleAssert with(ValidatorOptions validatorOptions) {
    return new RuleAssert(exercise, validatorOptions);
  }

  /** The same exercise validated with the default options as of a date. */
  public RuleAssert asOf(LocalDate asOf) {
    return new RuleAssert(exercise, ValidatorOptions.builder().asOf(asOf).build());
  }

  /** Assertions on one rule's result. */
  public Outcome rule(String id) {
    return new Outcome(CocreaValidator.create(options).validate(exercise), id);
  }

  /** Assertions on one rule's result in a report already made. */
  public static Outcome rule(ValidationReport report, String id) {
    return new Outcome(report, id);
  }

  // ------------------------------------------------------------------------------------- report queries

  /** The result of a rule in a report; an assertion error when the report has none. */
  public static RuleResult result(ValidationReport report, String id) {
    return report.result(id).orElseThrow(() -> new AssertionError("no result for " + id));
  }

  /** The outcome of a rule in a report. */
  public static org.cocrea.validation.Outcome outcome(ValidationReport report, String id) {
    return result(report, id).outcome();
  }

  /** The findings of a rule, in report order. */
  public static List<Finding> findings(ValidationReport report, String id) {
    return report.findings(id);
  }

  /** The pointers of a rule's findings, in report order. */
  public static List<String> pointers(ValidationReport report, String id) {
    return findings(report, id).stream().map(Finding::pointer).toList();
  }

  /** The message keys of a rule's findings, in report order. */
  public static List<String> keys(ValidationReport report, String id) {
    return findings(report, id).stream().map(Finding::messageKey).toList();
  }

  /** The message arguments of a rule's first finding. */
  public static List<String> arguments(ValidationReport report, String id) {
    return findings(report, id).stream().findFirst()
        .orElseThrow(() -> new AssertionError("no finding for " + id)).arguments();
  }

  /** Fluent assertions on one rule's outcome in one report. */
  public static final class Outcome {
    private final ValidationReport report;
    private final String id;

    private Outcome(ValidationReport report, String id) {
      this.report = report;
      this.id = id;
    }

    /** The report, for further assertions. */
    public ValidationReport report() {
      return report;
    }

    /** The rule passes: applied to some subject, failed none. */
    public Outcome passes() {
      return is(org.cocrea.validation.Outcome.PASS);
    }

    /** The rule is not applicable. */
    public Outcome isNotApplicable() {
      return is(org.cocrea.validation.Outcome.NOT_APPLICABLE);
    }

    /** The rule passes or is not applicable: it reports nothing. */
    public Outcome doesNotFail() {
      org.cocrea.validation.Outcome o = outcome(report, id);
      if (o == org.cocrea.validation.Outcome.FAIL) {
        throw new AssertionError(id + " failed: " + findings(report, id));
      }
      return this;
    }

    /** The rule fails; with pointers, exactly at those pointers, in report order. */
    public Outcome fails(String... expectedPointers) {
      is(org.cocrea.validation.Outcome.FAIL);
      if (expectedPointers.length > 0 && !pointers(report, id).equals(List.of(expectedPointers))) {
        throw new AssertionError(id + " failed at " + pointers(report, id) + ", expected " + List.of(expectedPointers));
      }
      return this;
    }

    /** The rule's findings carry exactly these message keys, in report order. */
    public Outcome withKeys(String... expectedKeys) {
      if (!keys(report, id).equals(List.of(expectedKeys))) {
        throw new AssertionError(id + " keys " + keys(report, id) + ", expected " + List.of(expectedKeys));
      }
      return this;
    }

    private Outcome is(org.cocrea.validation.Outcome expected) {
      org.cocrea.validation.Outcome actual = outcome(report, id);
      if (actual != expected) {
        throw new AssertionError(id + " is " + actual + ", expected " + expected + "; findings: "
            + findings(report, id));
      }
      return this;
    }
  }
}
