package org.cocrea.validation;

import java.util.List;

/** The EVA rules of the catalogue (methodology.md section 4). */
final class EvaRules {

  private EvaRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
