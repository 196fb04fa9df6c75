package org.cocrea.validation;

import org.cocrea.core.Labelled;

/**
 * What a rule says when the facts it needs ({@link Rule#needs()}) are absent (real-records.md §1): a fact is
 * <em>recorded as none</em> when a complete record or part lacks it (absence means none, as in every 1.0 file), and
 * <em>not recorded</em> when a partial record or part lacks it, or when a date is too coarse to decide an order. Each
 * catalogue rule declares one; {@code docs/rules.md} shows it beside the facts.
 *
 * <pre>{@code
 * Rule rule = Rules.byId("MIL-01").orElseThrow();
 * System.out.println(rule.needs() + ": " + rule.whenAbsent().label(Locale.ENGLISH));
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Absence implements Labelled {
  /**
   * The methodology requires the facts: recorded as none, the subject FAILs; not recorded, it is NOT_RECORDED. Most
   * minimum standards (a commitment must state its problem; an STL must have an installation act).
   */
  FAIL("Registrado como inexistente: no cumple. No registrado: no registrado.",
      "Recorded as none: FAIL. Not recorded: NOT_RECORDED."),
  /**
   * The facts are the rule's premise: recorded as none, the premise does not hold and the rule is NOT_APPLICABLE; not
   * recorded, the premise may hold and the subject is NOT_RECORDED (a resolution's quorum needs the session's
   * attendance; proposals need a disposition only once proposals are known).
   */
  NOT_RECORDED("Registrado como inexistente: no aplica. No registrado: no registrado.",
      "Recorded as none: NOT_APPLICABLE. Not recorded: NOT_RECORDED."),
  /**
   * The rule judges only what is recorded: absent facts, recorded as none or not, leave it NOT_APPLICABLE (optional
   * practices such as milestone weights, derived values, heuristics over recorded shares).
   */
  NOT_APPLICABLE("Ausente (inexistente o no registrado): no aplica; se juzga solo lo registrado.",
      "Absent (none or not recorded): NOT_APPLICABLE; only what is recorded is judged.");

  private final String labelEs;
  private final String labelEn;

  Absence(String labelEs, String labelEn) {
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
