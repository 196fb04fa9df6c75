package org.cocrea.validation;

import org.cocrea.core.Labelled;

/**
 * The verdict on one file or exercise (real-records.md §2): it conforms, it does not, or the record does not hold
 * the facts to tell. {@link #DOES_NOT_CONFORM} needs an ERROR finding on recorded facts; a fact that is not recorded
 * never makes a file non-conforming, but when an ERROR-level rule could not judge some subject ({@link
 * Outcome#NOT_RECORDED}) and no ERROR was found, the verdict is {@link #UNDETERMINED} and the report lists the facts
 * that would decide it ({@link ValidationReport#undecided()}).
 *
 * <pre>{@code
 * switch (report.verdict()) {
 *   case CONFORMS -> System.out.println("cumple");
 *   case DOES_NOT_CONFORM -> report.errors().forEach(System.out::println);
 *   case UNDETERMINED -> report.undecided().forEach(n -> System.out.println(n.ruleId() + " " + n.facts()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Verdict implements Labelled {
  /** No ERROR finding, and every ERROR-level rule could judge every subject it looked at. */
  CONFORMS("Cumple", "Conforms"),
  /** Some ERROR finding: a recorded fact breaks an ERROR-level rule, or the file could not be read. */
  DOES_NOT_CONFORM("No cumple", "Does not conform"),
  /** No ERROR finding, but an ERROR-level rule could not judge some subject because a fact is not recorded. */
  UNDETERMINED("No determinable", "Undetermined");

  private final String labelEs;
  private final String labelEn;

  Verdict(String labelEs, String labelEn) {
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

  /**
   * The verdict on several files together: DOES_NOT_CONFORM if any does not conform, else UNDETERMINED if any is
   * undetermined, else CONFORMS (also for none).
   *
   * <pre>{@code
   * Verdict run = files.stream().map(ValidationReport::verdict).reduce(Verdict.CONFORMS, Verdict::and);
   * }</pre>
   *
   * @param other the other verdict, must not be null
   * @return the combined verdict, never null
   */
  public Verdict and(Verdict other) {
    if (this == DOES_NOT_CONFORM || other == DOES_NOT_CONFORM) {
      return DOES_NOT_CONFORM;
    }
    return this == UNDETERMINED || other == UNDETERMINED ? UNDETERMINED : CONFORMS;
  }
}
