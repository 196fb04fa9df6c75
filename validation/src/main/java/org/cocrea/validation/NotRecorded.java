package org.cocrea.validation;

import java.util.List;
import java.util.Objects;

/**
 * One subject a rule could not judge because the record does not hold the facts it needs ({@link
 * Outcome#NOT_RECORDED}): which rule, the subject, and the facts that would decide it. Not a finding: it never makes
 * a file non-conforming, but an ERROR-level one makes the file's verdict undetermined, and the report lists it so
 * that a person knows what to record.
 *
 * <pre>{@code
 * for (NotRecorded n : report.notRecorded()) {
 *   System.out.println(n.ruleId() + " " + n.pointer() + " needs " + n.facts());
 * }
 * }</pre>
 *
 * @param ruleId the rule's id, never null
 * @param severity the rule's severity in the profile used, never null
 * @param pointer RFC 6901 JSON Pointer of the subject the rule could not judge ({@code ""} for the whole exercise)
 * @param facts JSON Pointers of the facts that are not recorded (or too coarse, for dates) and would decide the
 *     subject; never null, never empty (the subject's own pointer when the rule names nothing narrower)
 * @since 0.1.0
 */
public record NotRecorded(String ruleId, Severity severity, String pointer, List<String> facts) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if facts is empty
   */
  public NotRecorded {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    facts = List.copyOf(facts);
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("no facts for " + ruleId + " at " + pointer);
    }
  }
}
