package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.com.ComSupport.present;
import static org.cocrea.validation.rules.com.ComSupport.text;

import java.util.List;
import org.cocrea.core.CommitmentChange;
import org.cocrea.core.ExerciseIndex;
import org.cocrea.core.Resolution;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-14 · Changes to scope/dates are recorded with reason and STL approval. · W · modifications · [S:OGP-LOC
 * §3.2.1.3 heading][P]. Subject: each recorded modification; its approval must name a recorded STL resolution.
 * A commitment without modifications is not applicable.
 */
public final class Com14RecordedChanges {

  /** The rule COM-14, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-14").ogpLocal().warning()
      .source("[S:OGP-LOC §3.2.1.3 heading][P]")
      .needs("plans[].commitments[].modifications")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Com14RecordedChanges::check);

  private Com14RecordedChanges() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    ExerciseIndex index = ctx.index();
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<CommitmentChange> changes = c.modifications();
      if (changes.isEmpty()) {
        subjects.notApplicable(ptr);
        return;
      }
      for (int k = 0; k < changes.size(); k++) {
        CommitmentChange change = changes.get(k);
        String at = ptr + "/modifications/" + k;
        String date = text(change.date());
        boolean reason = present(change.reason());
        boolean approved = change.approvedByResolutionId()
            .flatMap(id -> index.find(Resolution.class, id)).isPresent();
        if (reason && approved) {
          subjects.pass(at);
        } else if (!reason && !approved) {
          subjects.failWith(at, "neither", label(ctx, c, ptr), date);
        } else if (!reason) {
          subjects.failWith(at, "noReason", label(ctx, c, ptr), date);
        } else {
          subjects.failWith(at, "noApproval", label(ctx, c, ptr), date);
        }
      }
    });
  }
}
