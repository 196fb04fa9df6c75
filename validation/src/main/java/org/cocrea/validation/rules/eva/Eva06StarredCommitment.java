package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.forEachAssessment;
import static org.cocrea.validation.rules.support.Texts.part;

import java.util.Locale;
import java.util.Optional;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.Specificity;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.Severity;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * EVA-06 · Starred = verifiable (specificity MEDIUM/HIGH) ∧ relevant to ≥1 core value ∧ potential impact
 * TRANSFORMATIVE (or MODERATE under pre-raise rules) ∧ completion SUBSTANTIAL/COMPLETE. · derived · assessment
 * fields · [S:IRM-STAR]
 *
 * <p>Derived (INFO): a starred assessment passes; an assessed but not starred one gets an INFO finding naming the
 * first criterion it misses (always INFO, in every profile). Assessments without completion or potential impact
 * (not yet assessed for results, or on the newer scale without stars) are not applicable. The threshold
 * {@code preRaiseRules} (0 = current rules, 1 = before IRM raised the bar) lets MODERATE impact count.
 */
public final class Eva06StarredCommitment {

  /** The rule EVA-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-06").ogpLocal().info()
      .source("[S:IRM-STAR]")
      .threshold("preRaiseRules", 0)
      .needs("plans[].evaluations[].commitmentAssessments[].specificity",
          "plans[].evaluations[].commitmentAssessments[].openGovLens",
          "plans[].evaluations[].commitmentAssessments[].potentialImpact",
          "plans[].evaluations[].commitmentAssessments[].completion")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Eva06StarredCommitment::check);

  private Eva06StarredCommitment() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    boolean preRaise = ctx.intThreshold("preRaiseRules") != 0;
    forEachAssessment(ctx, (evaluation, ca, at) -> {
      if (ca.completion().isEmpty() || ca.potentialImpact().isEmpty()) {
        subjects.notApplicable(at);
        return;
      }
      if (ca.isStarred(preRaise)) {
        subjects.pass(at);
        return;
      }
      String commitment = ca.commitmentId().map(id -> Texts.commitment(ctx, id)).orElseGet(() -> Texts.name(ctx, at, "", Optional.empty()));
      Locale locale = ctx.options().locale();
      boolean verifiable = ca.specificity().map(s -> s == Specificity.MEDIUM || s == Specificity.HIGH)
          .orElse(ca.verifiable().orElse(false));
      PotentialImpact impact = ca.potentialImpact().get();
      boolean impactOk = impact == PotentialImpact.TRANSFORMATIVE || (preRaise && impact == PotentialImpact.MODERATE);
      if (!verifiable) {
        subjects.failAs(Severity.INFO, at, "notVerifiable", commitment,
            ca.specificity().map(s -> s.label(locale)).orElseGet(() -> part(ctx, "EVA-06.part.unrecorded")));
      } else if (!ca.openGovLens().orElse(false)) {
        subjects.failAs(Severity.INFO, at, "notRelevant", commitment);
      } else if (!impactOk) {
        subjects.failAs(Severity.INFO, at + "/potentialImpact", "lowImpact", commitment, impact.label(locale));
      } else {
        subjects.failAs(Severity.INFO, at + "/completion", "lowCompletion", commitment,
            ca.completion().get().label(locale));
      }
    });
  }
}
