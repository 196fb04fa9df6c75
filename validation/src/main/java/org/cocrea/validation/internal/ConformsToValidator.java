package org.cocrea.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.CocreaValidator;
import org.cocrea.validation.ConformsTo;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Severity;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.ValidatorOptions;

/** The validator of {@link ConformsTo}: the rule engine's findings as violations at their elements' paths. */
public final class ConformsToValidator implements ConstraintValidator<ConformsTo, Object> {

  private CocreaValidator validator;
  private Set<Severity> severities;

  /** The validator a Jakarta provider makes. */
  public ConformsToValidator() {}

  @Override
  public void initialize(ConformsTo annotation) {
    ValidatorOptions.Builder options = ValidatorOptions.builder()
        .profile(annotation.profile())
        .locale(Locale.forLanguageTag("en".equals(annotation.lang()) ? "en" : "es-MX"));
    String asOf = annotation.asOf().trim();
    if (asOf.equals("none")) {
      options.timeAwareRules(false);
    } else if (!asOf.isEmpty()) {
      options.asOf(LocalDate.parse(asOf));
    }
    validator = CocreaValidator.create(options.build());
    severities = annotation.severities().length == 0 ? EnumSet.noneOf(Severity.class)
        : EnumSet.copyOf(List.of(annotation.severities()));
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    LocalExercise exercise;
    List<Violations.Step> base;
    if (value instanceof LocalExercise e) {
      exercise = e;
      base = List.of();
    } else if (value instanceof ConformsTo.Subject s) {
      exercise = s.exercise();
      base = List.of(Violations.Step.property("exercise"));
      if (exercise == null) {
        return true;
      }
    } else {
      return false;
    }
    ValidationReport report = validator.validate(exercise);
    List<Finding> reported = report.findings().stream().filter(f -> severities.contains(f.severity())).toList();
    if (reported.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Finding f : reported) {
      List<Violations.Step> steps = new java.util.ArrayList<>(base);
      steps.addAll(Violations.steps(f.pointer()));
      Violations.add(context, f.ruleId() + ": " + f.message(), steps);
    }
    return false;
  }
}
