package org.cocrea.validation.rules.pal;

import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.rules.Subjects;

/** Helpers shared by several PAL rules of this package. */
final class PalSupport {

  private PalSupport() {}

  /** A plan and its pointer. */
  @FunctionalInterface
  interface PlanCheck {
    void apply(LocalActionPlan plan, String pointer);
  }

  static void forEachPlan(LocalExercise x, Subjects subjects, PlanCheck check) {
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      check.apply(x.plans().get(i), "/plans/" + i);
    }
  }

  static long regularCount(LocalActionPlan plan) {
    return plan.commitments().stream()
        .map(Commitment::type).filter(t -> t.map(v -> v != CommitmentType.PROACTIVE).orElse(true)).count();
  }

  /** The commitments list when written, else the plan. */
  static String commitmentsPointer(LocalActionPlan plan, String ptr) {
    return plan.commitments().isEmpty() ? ptr : ptr + "/commitments";
  }

  static boolean present(Optional<String> s) {
    return s.filter(v -> !v.isBlank()).isPresent();
  }
}
