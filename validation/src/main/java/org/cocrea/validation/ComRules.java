package org.cocrea.validation;

import java.util.List;

/** The COM rules of the catalogue (methodology.md section 4). */
final class ComRules {

  private ComRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
