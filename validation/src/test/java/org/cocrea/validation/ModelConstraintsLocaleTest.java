package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the messages of {@code @Valid} on the model (the class-level {@code @ModelConstraints}) follow the locale
 * the validator resolves, as the provider's own messages do: English for English, Spanish (es-MX, Cocrea's default)
 * when none is configured and for any other language, never the JVM's default language (German here, as the build
 * runs the tests). Each case builds its own Hibernate Validator the way an application would.
 */
class ModelConstraintsLocaleTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  private static LocalExercise exercise(String title) {
    return LocalExercise.builder().id("mx-test")
        .addPlan(LocalActionPlan.builder().id("pal-1")
            .addCommitment(Commitment.builder().id("c-1").title(title).build()).build())
        .build();
  }

  /** A commitment with two different problems: a bad identifier and a blank title. */
  private static Commitment twoProblems() {
    return Commitment.builder().id("c 1").title(" ").build();
  }

  private static List<String> messages(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList();
  }

  /** Runs an action (building a validator, validating) with the JVM's default locale set to a language. */
  private static <T> T withJvmDefault(Locale jvm, java.util.function.Supplier<T> action) {
    Locale before = Locale.getDefault();
    Locale.setDefault(jvm);
    try {
      return action.get();
    } finally {
      Locale.setDefault(before);
    }
  }

  private static <T> T using(ValidatorFactory factory, Function<Validator, T> use) {
    try (factory) {
      return use.apply(factory.getValidator());
    }
  }

  @Test
  void aPlainValidatorWithNoLocaleGivesSpanishNotTheJvmsLanguage() {
    // Hibernate Validator's default locale is the JVM's (German); Cocrea has no German texts and answers in Spanish
    List<String> plain = withJvmDefault(Locale.GERMANY, () -> using(Validation.buildDefaultValidatorFactory(),
        v -> messages(v.validate(exercise("   ")))));
    assertThat(plain).containsExactly("plans[0].commitments[0].title: no debe estar en blanco");
  }

  @Test
  void aValidatorWithAnEnglishDefaultLocaleGivesEnglish() {
    List<String> english = using(hibernate().defaultLocale(Locale.ENGLISH).buildValidatorFactory(),
        v -> messages(v.validate(exercise("   "))));
    assertThat(english).containsExactly("plans[0].commitments[0].title: must not be blank");
  }

  @Test
  void aSpanishLocaleGivesSpanishEvenOnAnEnglishJvm() {
    // without Cocrea's _es bundle, es-MX would fall back to the JVM's default (English) and read the _en one
    List<String> spanish = withJvmDefault(Locale.US, () -> using(hibernate().defaultLocale(SPANISH)
        .buildValidatorFactory(), v -> messages(v.validate(exercise("   ")))));
    assertThat(spanish).containsExactly("plans[0].commitments[0].title: no debe estar en blanco");
  }

  @Test
  void theLocaleResolverDecidesAtEachValidationAsSpringsAndQuarkusesDo() {
    AtomicReference<Locale> request = new AtomicReference<>(Locale.ENGLISH);
    ValidatorFactory factory = hibernate().locales(Set.of(SPANISH, Locale.ENGLISH, Locale.FRENCH))
        .defaultLocale(SPANISH)
        .localeResolver(context -> request.get()).buildValidatorFactory();
    try (factory) {
      Validator v = factory.getValidator();
      // two violations of one object, each with its own text (the parameters are copied into each violation)
      assertThat(messages(v.validate(twoProblems()))).hasSize(2)
          .anyMatch(m -> m.startsWith("id: must be an identifier"))
          .contains("title: must not be blank");
      request.set(SPANISH);
      assertThat(messages(v.validate(twoProblems()))).hasSize(2)
          .anyMatch(m -> m.startsWith("id: debe ser un identificador"))
          .contains("title: no debe estar en blanco");
      // a language Cocrea has no texts in, on a JVM whose default is another such language: Spanish
      request.set(Locale.FRENCH);
      assertThat(withJvmDefault(Locale.GERMANY, () -> messages(v.validate(exercise("")))))
          .containsExactly("plans[0].commitments[0].title: no debe estar en blanco");
    }
  }

  @Test
  void withoutCocreasBundlesTheMessageIsSpanishCocreasDefault() {
    // a provider set up to read no contributor bundles: the key is a parameter that holds the Spanish text
    ResourceBundleMessageInterpolator noContributors = new ResourceBundleMessageInterpolator(
        new PlatformResourceBundleLocator(ResourceBundleMessageInterpolator.USER_VALIDATION_MESSAGES),
        locale -> null, Set.of(), Locale.ENGLISH, context -> Locale.ENGLISH, false);
    List<String> messages = using(hibernate().messageInterpolator(noContributors).buildValidatorFactory(),
        v -> messages(v.validate(exercise(" "))));
    assertThat(messages).containsExactly("plans[0].commitments[0].title: no debe estar en blanco");
  }

  @Test
  void cocreasOwnValidatorKeepsTheLanguageOfItsOptions() {
    CocreaValidator english = CocreaValidator.create(ValidatorOptions.builder().locale(Locale.ENGLISH).build());
    assertThat(messages(english.constraintViolations(exercise(" "))))
        .containsExactly("plans[0].commitments[0].title: must not be blank");
    assertThat(messages(CocreaValidator.create().constraintViolations(exercise(" "))))
        .containsExactly("plans[0].commitments[0].title: no debe estar en blanco");
  }

  private static HibernateValidatorConfiguration hibernate() {
    return Validation.byProvider(HibernateValidator.class).configure();
  }
}
