package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.forEachAssessment;

import java.util.Optional;
import java.util.Set;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Completion;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * EVA-05 · Completion uses the 5-level IRM scale; "high completion" = SUBSTANTIAL or COMPLETE. · E (enum validity)
 * · completion · [S:OGP-GL completion]
 *
 * <p>The five levels are NO_EVIDENCE_AVAILABLE, NOT_STARTED, LIMITED, SUBSTANTIAL and COMPLETE; WITHDRAWN, known
 * from IRM practice [U], is outside the scale. "High completion" is
 * {@link CommitmentAssessment#highCompletion()}.
 */
public final class Eva05CompletionScale {

  /** The rule EVA-05, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-05").ogpLocal().error()
      .source("[S:OGP-GL completion]")
      .needs("plans[].evaluations[].commitmentAssessments[].completion")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Eva05CompletionScale::check);

  private Eva05CompletionScale() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    forEachAssessment(ctx, (evaluation, ca, at) -> {
      if (ca.completion().isEmpty()) {
        subjects.notApplicable(at);
      } else {
        subjects.check(IRM_SCALE.contains(ca.completion().get()), at + "/completion",
            ca.commitmentId().map(id -> Texts.commitment(ctx, id)).orElseGet(() -> Texts.name(ctx, at, "", Optional.empty())), ca.completion().get().label(ctx.options().locale()));
      }
    });
  }

  private static final Set<Completion> IRM_SCALE = Set.of(Completion.NO_EVIDENCE_AVAILABLE, Completion.NOT_STARTED,
      Completion.LIMITED, Completion.SUBSTANTIAL, Completion.COMPLETE);
}
