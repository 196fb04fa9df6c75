package org.cocrea.validation;

import java.util.Objects;
import org.cocrea.core.Labelled;

/**
 * A rule the validator did not judge on an exercise, and why: a time-aware rule checked without an as-of date, or a
 * rule of none of the frameworks the exercise follows (real-records.md §4). Its result is {@link
 * Outcome#NOT_APPLICABLE}; it never makes a file non-conforming nor undetermined. One mechanism for both reasons:
 * {@link ValidationReport#notJudgedRules()} lists them in report order.
 *
 * <pre>{@code
 * for (NotJudged n : report.notJudgedRules()) {
 *   System.out.println(n.ruleId() + ": " + n.reason().label(Locale.ENGLISH));   // COM-06: not a requirement of ...
 * }
 * }</pre>
 *
 * @param ruleId the rule's id, never null
 * @param reason why it was not judged, never null
 * @since 0.2.0
 */
public record NotJudged(String ruleId, Reason reason) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public NotJudged {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why a rule was not judged.
   *
   * <pre>{@code
   * NotJudged.Reason.FRAMEWORK.label(Locale.forLanguageTag("es-MX"));   // "no es requisito del programa del ejercicio"
   * }</pre>
   */
  public enum Reason implements Labelled {
    /** A time-aware rule checked without an as-of date ({@link ValidatorOptions#timeAwareRules()} false). */
    NO_DATE("sin fecha de corte", "no as-of date"),
    /**
     * The rule is not a requirement of any framework the exercise follows ({@link Rule#frameworks()}, {@link
     * ValidationReport#frameworks()}).
     */
    FRAMEWORK("no es requisito del programa del ejercicio", "not a requirement of the exercise's programme");

    private final String labelEs;
    private final String labelEn;

    Reason(String labelEs, String labelEn) {
      this.labelEs = labelEs;
      this.labelEn = labelEn;
    }

    @Override
    public String labelEs() {
      return labelEs;
    }

    @Override
    public String labelEn() {
      return labelEn;
    }
  }
}
