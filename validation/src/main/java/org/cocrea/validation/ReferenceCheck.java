package org.cocrea.validation;

import java.util.List;
import java.util.Locale;
import org.cocrea.core.LocalExercise;
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

  static List<Finding> check(LocalExercise exercise, Locale locale) {
    return findings(References.check(exercise), locale);
  }

  /** The findings of problems already found by {@link References#check}. */
  static List<Finding> findings(List<References.Problem> problems, Locale locale) {
    return problems.stream().map(p -> {
      String rule = p.kind() == References.Kind.DANGLING ? DANGLING : DUPLICATE;
      List<String> args = p.kind() == References.Kind.DANGLING
          ? List.of(p.id(), p.targetType())
          : List.of(p.id(), p.targetType(), p.firstPointer());
      String key = rule + ".message";
      return new Finding(rule, Severity.ERROR, p.pointer(), 0, 0, key, args, Messages.render(key, args, locale));
    }).toList();
  }
}
