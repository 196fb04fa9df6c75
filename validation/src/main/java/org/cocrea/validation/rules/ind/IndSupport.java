package org.cocrea.validation.rules.ind;

import java.util.Optional;

/** Helpers shared by several IND rules of this package. */
final class IndSupport {

  private IndSupport() {}

  static boolean present(Optional<String> text) {
    return text.filter(s -> !s.isBlank()).isPresent();
  }
}
