package org.cocrea.validation;

import java.util.List;

/** The SES rules of the catalogue (methodology.md section 4). */
final class SesRules {

  private SesRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
