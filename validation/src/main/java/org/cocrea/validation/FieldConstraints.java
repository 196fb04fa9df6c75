package org.cocrea.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cocrea.core.Constraints;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.core.i18n.Texts;
import org.cocrea.validation.internal.ModelConstraintsValidator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * Field-level Jakarta constraints of the model (length, pattern, range on the accessors of {@code org.cocrea.core})
 * checked with Hibernate Validator and turned into {@code FLD-01} findings whose pointers name the offending value in
 * the exercise's JSON form.
 *
 * <p>Well-formed exercises are recognised by a fast pre-check ({@link ConstraintPreCheck}) and need no Hibernate
 * Validator at all; for the others, Hibernate Validator checks only the properties the pre-check could not prove
 * valid, and the whole exercise only when the pre-check cannot reason about it. One Hibernate Validator factory per
 * message language (Spanish es-MX or English) is built on first use and shared: factories and validators are
 * thread-safe. Messages come from the namespaced bundle {@code
 * org/cocrea/validation/messages/constraints[_en].properties} (friendly texts for the model's patterns), then from
 * Hibernate Validator's own bundles in the same language; an application's root {@code ValidationMessages} bundle and
 * the JVM's default locale play no part.
 */
final class FieldConstraints {

  /** The rule id of every field-constraint finding. */
  static final String RULE_ID = "FLD-01";

  /** Longest invalid value quoted in a finding's arguments, in characters. */
  static final int MAX_QUOTED = 60;

  private static final String BUNDLE = "org.cocrea.validation.messages.constraints";
  private static final String PATTERN_TEMPLATE = "{jakarta.validation.constraints.Pattern.message}";

  /** Friendlier message templates for the patterns the model uses, by regular expression. */
  private static final Map<String, String> PATTERN_TEMPLATES = Map.of(
      Constraints.ID_PATTERN, "{org.cocrea.constraints.Pattern.identifier}",
      Constraints.NOT_BLANK, "{org.cocrea.constraints.Pattern.notBlank}",
      Constraints.URL_PATTERN, "{org.cocrea.constraints.Pattern.url}",
      Constraints.EMAIL_PATTERN, "{org.cocrea.constraints.Pattern.email}",
      Constraints.SDG_TARGET_PATTERN, "{org.cocrea.constraints.Pattern.sdgTarget}",
      "[A-Z]{3}", "{org.cocrea.constraints.Pattern.currency}",
      "[0-9]+", "{org.cocrea.constraints.Pattern.digits}");

  private static final Map<Locale, FieldConstraints> BY_LANGUAGE = new ConcurrentHashMap<>();

  private final Locale language;
  private volatile Validator validator;

  private FieldConstraints(Locale language) {
    this.language = language;
  }

  /**
   * Hibernate Validator in this checker's language, built on first need: exercises that the pre-check accepts never
   * need it, which keeps its start-up out of short runs.
   */
  Validator hibernate() {
    Validator v = validator;
    if (v == null) {
      synchronized (this) {
        v = validator;
        if (v == null) {
          v = buildValidator(language);
          validator = v;
        }
      }
    }
    return v;
  }

  private static Validator buildValidator(Locale language) {
    HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
    ResourceBundleMessageInterpolator hibernate = new ResourceBundleMessageInterpolator(
        new CocreaBundleLocator(), Set.of(language), language, context -> language, false);
    ConstraintValidatorFactory standard = config.getDefaultConstraintValidatorFactory();
    ValidatorFactory factory = config
        .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
        .constraintValidatorFactory(new ConstraintValidatorFactory() {
          // this validator reads the constraints where they are: the class-level one for standard validators is inert
          @Override
          public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            return key == ModelConstraintsValidator.class ? key.cast(ModelConstraintsValidator.inert())
                : standard.getInstance(key);
          }

          @Override
          public void releaseInstance(ConstraintValidator<?, ?> instance) {
            standard.releaseInstance(instance);
          }
        })
        .messageInterpolator(new ModelMessageInterpolator(hibernate, language))
        .locales(Set.of(language))
        .defaultLocale(language)
        .buildValidatorFactory();
    return factory.getValidator();
  }

  /**
   * The shared field checker for a locale's message language (English for {@code en}, Spanish otherwise).
   *
   * @param locale any locale
   * @return the checker, never null
   */
  static FieldConstraints create(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(Messages.language(locale), FieldConstraints::new);
  }

  /** The message language of this checker. */
  Locale language() {
    return language;
  }

  /**
   * Checks every field of an exercise: nothing to do when the pre-check proves it valid; otherwise Hibernate Validator
   * looks only at the (model object, attribute) pairs the pre-check could not prove ({@link #checkTargeted}), or at
   * the whole exercise when the pre-check cannot reason about it; both runs give the same findings.
   *
   * @param exercise the exercise
   * @return one {@code FLD-01} error per violated constraint, in pointer order
   */
  List<Finding> check(LocalExercise exercise) {
    return check(exercise, PriorStages.none());
  }

  /**
   * Checks every field as {@link #check(LocalExercise)} does, leaving out the violations at places where an earlier
   * stage (the JSON Schema, which states the same constraints) already reported a problem: they are neither findings
   * nor failures of {@code FLD-01}.
   */
  List<Finding> check(LocalExercise exercise, PriorStages prior) {
    List<Finding> targeted = checkTargeted(exercise, prior);
    List<Finding> all = targeted != null ? targeted : checkFully(exercise);
    if (all.isEmpty()) {
      return all;
    }
    List<Finding> own = new ArrayList<>(all.size());
    for (Finding f : all) {
      if (!prior.reported(f.pointer())) {
        own.add(f);
      }
    }
    return own;
  }

  /** Checks every field with Hibernate Validator, without the pre-check (tests compare the two). */
  List<Finding> checkFully(LocalExercise exercise) {
    List<Finding> findings = new ArrayList<>();
    for (ConstraintViolation<LocalExercise> v : hibernate().validate(exercise)) {
      findings.add(finding("", v));
    }
    findings.sort(FIELD_ORDER);
    return findings;
  }

  /**
   * Checks with Hibernate Validator only the properties the pre-check could not prove valid, with each violation's
   * path prefixed by its object's pointer; null when the pre-check cannot tell which properties those are. It asks
   * {@code validateValue(beanClass, property, value)}: the property's own and container-element constraints and
   * nothing else ({@code validateProperty(bean, property)} would also report properties of the same name in the
   * objects the bean cascades to).
   */
  List<Finding> checkTargeted(LocalExercise exercise) {
    return checkTargeted(exercise, PriorStages.none());
  }

  /**
   * Checks as {@link #checkTargeted(LocalExercise)} does, without asking Hibernate Validator about a single value
   * (not a list, set or map) at a place where an earlier stage already reported a problem: every violation it could
   * report there is at that one place, and {@link #check(LocalExercise, PriorStages)} would leave it out. When the
   * schema has reported every suspect (the common case for a file), Hibernate Validator is not even built.
   */
  List<Finding> checkTargeted(LocalExercise exercise, PriorStages prior) {
    List<ConstraintPreCheck.Suspect> suspects = ConstraintPreCheck.suspects(exercise);
    if (suspects == null) {
      return null;
    }
    if (suspects.isEmpty()) {
      return List.of(); // Hibernate Validator would report nothing (see ConstraintPreCheck)
    }
    List<Finding> findings = new ArrayList<>();
    for (ConstraintPreCheck.Suspect s : suspects) {
      Attribute.Kind kind = s.attribute().kind();
      if ((kind == Attribute.Kind.REQUIRED || kind == Attribute.Kind.OPTIONAL)
          && prior.reported(s.pointer() + "/" + ModelWalker.escape(s.attribute().name()))) {
        continue;
      }
      Validator hv = hibernate();
      @SuppressWarnings("unchecked")
      Class<Object> type = (Class<Object>) s.bean().getClass();
      for (ConstraintViolation<Object> v : hv.validateValue(type, s.attribute().name(), s.value())) {
        findings.add(finding(s.pointer(), v));
      }
    }
    findings.sort(FIELD_ORDER);
    return findings;
  }

  /** Findings in {@link Finding#ORDER}, ties (same pointer and message) by message key and arguments. */
  private static final Comparator<Finding> FIELD_ORDER = Finding.ORDER
      .thenComparing(Finding::messageKey)
      .thenComparing(f -> f.arguments().toString());

  private static Finding finding(String prefix, ConstraintViolation<?> v) {
    String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    List<String> arguments = List.of(constraint, quote(v.getInvalidValue()));
    return new Finding(RULE_ID, Severity.ERROR, prefix + toJsonPointer(v.getPropertyPath()), 0, 0,
        v.getMessageTemplate(), arguments, v.getMessage());
  }

  /**
   * Converts a Bean Validation path to the RFC 6901 JSON Pointer of the same value in the JSON form: property names
   * are attribute names, list elements are indexes, map values are keyed by the key's name (enum constant names). The
   * index or key of a node belongs to the container it sits in, so it is written before the node's own name.
   */
  static String toJsonPointer(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          String token = position instanceof Enum<?> e ? e.name() : String.valueOf(position);
          pointer.append('/').append(ModelWalker.escape(token));
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer.append('/').append(ModelWalker.escape(node.getName()));
      }
    }
    return pointer.toString();
  }

  /** The invalid value as text, cut to {@link #MAX_QUOTED} characters. */
  static String quote(Object value) {
    Object plain = value instanceof Optional<?> o ? o.orElse(null) : value;
    String text = String.valueOf(plain);
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED - 1) + "…";
  }

  /**
   * Treats every argument-free, value-returning method as a property, so that constraints on record-style accessors
   * such as {@code title()} apply (Hibernate Validator only knows {@code getX()}/{@code isX()} by default).
   */
  static final class AccessorPropertySelectionStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> OBJECT_METHODS =
        Set.of("hashCode", "toString", "getClass", "clone", "finalize", "builder");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      String name = executable.getName();
      if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
          || OBJECT_METHODS.contains(name)) {
        return Optional.empty();
      }
      return Optional.of(name);
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  /** Reads the namespaced constraint messages in Spanish (the base bundle) or English, never the JVM default. */
  static final class CocreaBundleLocator implements ResourceBundleLocator {
    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
      return Texts.of(l -> ResourceBundle.getBundle(BUNDLE, l), locale).bundle();
    }
  }

  /**
   * Renders every message in one language, and gives the model's patterns a message that says what is expected
   * (an identifier, a web address) instead of quoting the regular expression.
   */
  static final class ModelMessageInterpolator implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale language;

    ModelMessageInterpolator(MessageInterpolator delegate, Locale language) {
      this.delegate = delegate;
      this.language = language;
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
      return interpolate(messageTemplate, context, language);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale ignored) {
      String template = messageTemplate;
      if (PATTERN_TEMPLATE.equals(messageTemplate)
          && context.getConstraintDescriptor().getAnnotation() instanceof Pattern p) {
        template = PATTERN_TEMPLATES.getOrDefault(p.regexp(), messageTemplate);
      }
      return delegate.interpolate(template, context, language);
    }
  }
}
