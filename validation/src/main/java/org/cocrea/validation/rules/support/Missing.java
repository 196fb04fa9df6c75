package org.cocrea.validation.rules.support;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * The facts one subject lacks, sorted by what their absence means (real-records.md §1): <em>recorded as none</em>
 * (the part is COMPLETE, as in every 1.0 file) or <em>not recorded</em> (a PARTIAL record or part). A rule adds each
 * absent fact it needs, then {@linkplain #report reports} the subject: it fails on the facts recorded as none, names
 * them in its message, and only when there are none of those says NOT_RECORDED with the pointers of the others.
 *
 * <pre>{@code
 * Missing missing = new Missing(ctx);
 * if (plan.documentUrl().isEmpty()) {
 *   missing.add(plan, "documentUrl", ptr + "/documentUrl", part(ctx, "TRN-03.part.documentUrl"));
 * }
 * missing.report(subjects, ptr, parts -> new Object[] {plan.id(), parts});
 * }</pre>
 */
public final class Missing {

  private final RuleContext ctx;
  private final List<String> none = new ArrayList<>();
  private final List<String> notRecorded = new ArrayList<>();

  /** Starts an empty list for one subject. */
  public Missing(RuleContext ctx) {
    this.ctx = ctx;
  }

  /**
   * One absent fact: the owner's property, the fact's pointer and how a message names it.
   *
   * @return this list
   */
  public Missing add(Object owner, String property, String pointer, String label) {
    if (ctx.complete(owner, property)) {
      none.add(label);
    } else {
      notRecorded.add(pointer);
    }
    return this;
  }

  /** Whether no fact was added. */
  public boolean isEmpty() {
    return none.isEmpty() && notRecorded.isEmpty();
  }

  /** How messages name the facts recorded as none, in the order added. */
  public List<String> none() {
    return List.copyOf(none);
  }

  /** The pointers of the facts not recorded, in the order added. */
  public List<String> notRecorded() {
    return List.copyOf(notRecorded);
  }

  /**
   * Reports the subject with the rule's message {@code "<id>.<variant>"}: PASS when nothing is absent; FAIL when some
   * fact is recorded as none, with the arguments built from those facts' names joined with commas; otherwise
   * NOT_RECORDED with the pointers of the facts that would decide.
   *
   * @param arguments the message's arguments from the joined names of the facts recorded as none
   */
  public void report(Subjects subjects, String pointer, String variant,
      java.util.function.Function<String, Object[]> arguments) {
    if (isEmpty()) {
      subjects.pass(pointer);
    } else if (!none.isEmpty()) {
      subjects.failWith(pointer, variant, arguments.apply(String.join(", ", none)));
    } else {
      subjects.notRecorded(pointer, notRecorded.toArray(String[]::new));
    }
  }
}
