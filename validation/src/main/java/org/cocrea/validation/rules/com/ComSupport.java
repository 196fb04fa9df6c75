package org.cocrea.validation.rules.com;

import java.util.Optional;
import java.util.function.Function;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Dates;
import org.cocrea.validation.rules.support.Texts;

/** Helpers shared by several COM rules of this package. */
final class ComSupport {

  private ComSupport() {}

  static void requireText(RuleContext ctx, Subjects subjects, String property,
      Function<Commitment, Optional<String>> text) {
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      if (present(text.apply(c))) {
        subjects.pass(ptr);
      } else if (ctx.complete(c, property)) {
        subjects.fail(ptr, label(ctx, c, ptr));
      } else {
        subjects.notRecorded(ptr, ptr + "/" + property);    // a partial record: not recorded, not "no tiene"
      }
    });
  }

  /** A commitment, its plan and its pointer. */
  @FunctionalInterface
  interface CommitmentCheck {
    void apply(LocalActionPlan plan, Commitment commitment, String pointer);
  }

  /** Runs a check on every commitment; no plans, or a plan without commitments, is not applicable. */
  static void forEachCommitment(LocalExercise x, Subjects subjects, CommitmentCheck check) {
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      if (plan.commitments().isEmpty()) {
        subjects.notApplicable("/plans/" + i);
      }
      for (int j = 0; j < plan.commitments().size(); j++) {
        check.apply(plan, plan.commitments().get(j), "/plans/" + i + "/commitments/" + j);
      }
    }
  }

  /** How a message names a commitment at its pointer ({@link Texts#name}): «Compromiso 3: título (c3)». */
  static String label(RuleContext ctx, Commitment c, String pointer) {
    return Texts.name(ctx, pointer, c.id(), c.title());
  }

  static boolean present(Optional<String> s) {
    return s.filter(v -> !v.isBlank()).isPresent();
  }

  static String text(Optional<PartialDate> date) {
    return Dates.text(date);
  }
}
