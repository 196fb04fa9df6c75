package org.cocrea.validation;

import java.util.List;

/** The IND rules of the catalogue (methodology.md section 4). */
final class IndRules {

  private IndRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
