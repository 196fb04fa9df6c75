package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.requireText;

import org.cocrea.core.Commitment;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;

/** COM-10 · Records baseline/status quo. · W · statusQuo · [S:OGP-TPL][S:OGP-MX]. */
public final class Com10Baseline {

  /** The rule COM-10, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-10").ogpLocal().warning()
      .source("[S:OGP-TPL][S:OGP-MX]")
      .needs("plans[].commitments[].statusQuo")
      .whenAbsent(Absence.FAIL)
      .check((ctx, s) -> requireText(ctx, s, "statusQuo", Commitment::statusQuo));

  private Com10Baseline() {}
}
