package org.cocrea.validation;

import java.util.List;
import java.util.Locale;
import org.cocrea.core.References;

/**
 * Turns {@link References#check} problems into findings: {@code REF-01} for a reference that names nothing,
 * {@code REF-02} for an identifier declared twice. Both are errors: the exercise cannot be read unambiguously.
 */
final class ReferenceCheck {

  /** Dangling reference. */
  static final String DANGLING = "REF-01";
  /** Duplicate identifier. */
  static final String DUPLICATE = "REF-02";

  private ReferenceCheck() {}

  /**
   * The findings of the problems found by {@link References#check}, at pointers into the exercise; the place of a
   * first declaration that a REF-02 message names is the document's place when a reader bound the exercise, in words
   * with positions counted from 1 ({@link Messages#place}).
   */
  static List<Finding> findings(List<References.Problem> problems, Locale locale, PriorStages prior) {
    return problems.stream().map(p -> {
      String rule = p.kind() == References.Kind.DANGLING ? DANGLING : DUPLICATE;
      List<String> args = p.kind() == References.Kind.DANGLING
          ? List.of(p.id(), p.targetType())
          : List.of(p.id(), p.targetType(), Messages.place(prior.documentPointer(p.firstPointer()), locale));
      String key = rule + ".message";
      return new Finding(rule, Severity.ERROR, p.pointer(), 0, 0, key, args, Messages.render(key, args, locale));
    }).toList();
  }
}
