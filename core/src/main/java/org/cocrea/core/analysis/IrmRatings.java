package org.cocrea.core.analysis;

import java.util.Objects;
import org.cocrea.core.Completion;
import org.cocrea.core.DidItOpenGovernment;
import org.cocrea.core.PotentialForResults;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.Specificity;

/**
 * How evaluations rate the commitments of a set of exercises, in the IRM's terms. Each commitment is one observation
 * and carries its <em>latest</em> rating of each kind: assessments are taken in date order (the assessment's date,
 * else its evaluation's; undated ones first, in document order) and a later rating replaces an earlier one. A
 * commitment without a rating of some kind is {@link Tally#missing()} in that tally.
 *
 * <pre>{@code
 * IrmRatings r = Analyses.irmRatings(corpus.exercises());
 * r.completion().count(Completion.COMPLETE);     // 4
 * r.highCompletion();                            // 9/14 (64.3 %)
 * }</pre>
 *
 * @param commitments commitments observed
 * @param assessedCommitments commitments with at least one assessment
 * @param completion completion ratings, never null
 * @param potentialForResults potential-for-results ratings (2020/21 onwards), never null
 * @param didItOpenGovernment early-results ratings, never null
 * @param specificity legacy specificity ratings, never null
 * @param potentialImpact legacy potential-impact ratings, never null
 * @param verifiable commitments rated verifiable out of those with the question answered, never null
 * @param openGovLens commitments with an open-government lens out of those with the question answered, never null
 * @param highCompletion commitments of substantial or complete completion out of those with a completion rating,
 *     never null
 * @param starred commitments the IRM would star (current rules) out of the assessed ones, never null
 * @since 0.1.0
 */
public record IrmRatings(long commitments, long assessedCommitments, Tally<Completion> completion,
    Tally<PotentialForResults> potentialForResults, Tally<DidItOpenGovernment> didItOpenGovernment,
    Tally<Specificity> specificity, Tally<PotentialImpact> potentialImpact, Rate verifiable, Rate openGovLens,
    Rate highCompletion, Rate starred) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public IrmRatings {
    Objects.requireNonNull(completion, "completion");
    Objects.requireNonNull(potentialForResults, "potentialForResults");
    Objects.requireNonNull(didItOpenGovernment, "didItOpenGovernment");
    Objects.requireNonNull(specificity, "specificity");
    Objects.requireNonNull(potentialImpact, "potentialImpact");
    Objects.requireNonNull(verifiable, "verifiable");
    Objects.requireNonNull(openGovLens, "openGovLens");
    Objects.requireNonNull(highCompletion, "highCompletion");
    Objects.requireNonNull(starred, "starred");
  }

  /**
   * The ratings of no commitment.
   *
   * @return empty ratings, never null
   */
  public static IrmRatings empty() {
    return new IrmRatings(0, 0, Tally.of(Completion.class).build(), Tally.of(PotentialForResults.class).build(),
        Tally.of(DidItOpenGovernment.class).build(), Tally.of(Specificity.class).build(),
        Tally.of(PotentialImpact.class).build(), Rate.NONE, Rate.NONE, Rate.NONE, Rate.NONE);
  }

  /**
   * These ratings plus those of other commitments (another exercise, another part of a corpus).
   *
   * @param other the other ratings, must not be null
   * @return the sum, never null
   */
  public IrmRatings plus(IrmRatings other) {
    Objects.requireNonNull(other, "other");
    return new IrmRatings(commitments + other.commitments, assessedCommitments + other.assessedCommitments,
        completion.plus(other.completion), potentialForResults.plus(other.potentialForResults),
        didItOpenGovernment.plus(other.didItOpenGovernment), specificity.plus(other.specificity),
        potentialImpact.plus(other.potentialImpact), verifiable.plus(other.verifiable),
        openGovLens.plus(other.openGovLens), highCompletion.plus(other.highCompletion), starred.plus(other.starred));
  }
}
