package org.cocrea.validation;

import java.util.List;

/** The CO rules of the catalogue (methodology.md section 4). */
final class CoRules {

  private CoRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
