package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.requireText;

import org.cocrea.core.Commitment;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;

/** COM-09 · Explains how it contributes to solving the problem. · W · contributionToProblem · [S:OGP-TPL][S:OGP-MX]. */
public final class Com09Contribution {

  /** The rule COM-09, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-09").ogpLocal().warning()
      .source("[S:OGP-TPL][S:OGP-MX]")
      .needs("plans[].commitments[].contributionToProblem")
      .whenAbsent(Absence.FAIL)
      .check((ctx, s) -> requireText(ctx, s, "contributionToProblem", Commitment::contributionToProblem));

  private Com09Contribution() {}
}
