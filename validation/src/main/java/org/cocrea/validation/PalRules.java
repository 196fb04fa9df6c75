package org.cocrea.validation;

import java.util.List;

/** The PAL rules of the catalogue (methodology.md section 4). */
final class PalRules {

  private PalRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
