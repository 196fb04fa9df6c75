package org.cocrea.validation.rules.ses;

import static org.cocrea.validation.rules.support.Seats.stlPointer;



/** Helpers shared by several SES rules of this package. */
final class SesSupport {

  private SesSupport() {}

  static String sessionPointer(int stl, int session) {
    return stlPointer(stl) + "/sessions/" + session;
  }
}
