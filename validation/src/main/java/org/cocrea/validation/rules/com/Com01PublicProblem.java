package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.requireText;

import org.cocrea.core.Commitment;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;

/**
 * COM-01 · Commitment states a public problem (non-empty; causes/effects recommended). · E · problem · [S:KIT5
 * Específicos][S:KIT3][S:OGP-TPL].
 */
public final class Com01PublicProblem {

  /** The rule COM-01, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-01").anyFramework().error()
      .source("[S:KIT5 Específicos][S:KIT3][S:OGP-TPL]")
      .needs("plans[].commitments[].problem")
      .whenAbsent(Absence.FAIL)
      .check((ctx, s) -> requireText(ctx, s, "problem", Commitment::problem));

  private Com01PublicProblem() {}
}
