package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.requireText;

import org.cocrea.core.Commitment;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;

/** COM-02 · Commitment states a clear objective. · E · objective · [S:KIT5][S:KIT3]. */
public final class Com02Objective {

  /** The rule COM-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-02").anyFramework().error()
      .source("[S:KIT5][S:KIT3]")
      .needs("plans[].commitments[].objective")
      .whenAbsent(Absence.FAIL)
      .check((ctx, s) -> requireText(ctx, s, "objective", Commitment::objective));

  private Com02Objective() {}
}
