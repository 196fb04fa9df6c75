package org.cocrea.validation;

import java.util.List;

/** The STL rules of the catalogue (methodology.md section 4). */
final class StlRules {

  private StlRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
