package org.cocrea.validation;

import java.util.List;

/** The catalogue's rules as the tests look them up: by family prefix or by id. */
final class Catalogue {

  private Catalogue() {}

  /** The rules of a family, in catalogue order. */
  static List<Rule> family(String prefix) {
    RuleFamily family = RuleFamily.valueOf(prefix);
    return Rules.catalogue().stream().filter(r -> r.family() == family).toList();
  }

  /** The catalogue rule with an id. */
  static Rule rule(String id) {
    return Rules.byId(id).orElseThrow();
  }
}
