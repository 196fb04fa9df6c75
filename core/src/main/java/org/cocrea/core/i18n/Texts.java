package org.cocrea.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The texts of one message bundle in one of cocrea's two languages: Spanish (es-MX, the base bundle) or English
 * ({@code _en}). Every module's messages go through it, so the choice of language is made here once: English for a
 * locale whose language is {@code en}, Spanish for every other, and never the JVM's default locale.
 *
 * <p>The bundle is loaded by the owning module with a plain {@code ResourceBundle.getBundle(name, locale)} (no {@code
 * ResourceBundle.Control}, so that it also works from a named JPMS module), asked only for {@link Locale#ROOT} or
 * {@link Locale#ENGLISH}: the base bundle answers the first exactly, the {@code _en} bundle the second, so the JDK
 * never falls back to the default locale; a key the English bundle lacks is read from its parent, the Spanish base.
 *
 * <pre>{@code
 * Texts texts = Texts.of(l -> ResourceBundle.getBundle("org.cocrea.cli.messages", l), Locale.ENGLISH);
 * String line = texts.get("summary.line", 3, 2);   // MessageFormat in the text's language
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Texts {

  /** The default language: Spanish as written in Mexico. */
  public static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  private final Locale language;
  private final ResourceBundle bundle;

  private Texts(Locale language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  /**
   * The texts of a bundle in the language of a locale.
   *
   * @param loader loads the bundle for {@link Locale#ROOT} (Spanish) or {@link Locale#ENGLISH}: in the module that owns
   *     it, {@code l -> ResourceBundle.getBundle(NAME, l)}; must not be null
   * @param locale any locale, must not be null: English for {@code en}, Spanish (es-MX) otherwise
   * @return the texts, never null
   * @throws MissingResourceException if the bundle does not exist
   */
  public static Texts of(Function<Locale, ResourceBundle> loader, Locale locale) {
    Objects.requireNonNull(loader, "loader");
    Locale language = language(locale);
    return new Texts(language, loader.apply(bundleLocale(language)));
  }

  /**
   * The language used for a locale: {@link Locale#ENGLISH} for {@code en}, {@link #SPANISH} for everything else.
   *
   * @param locale any locale, must not be null
   * @return English or es-MX, never null
   */
  public static Locale language(Locale locale) {
    return isEnglish(locale) ? Locale.ENGLISH : SPANISH;
  }

  /**
   * Whether a locale's language is English.
   *
   * @param locale any locale, must not be null
   * @return true for {@code en}, {@code en-US}…
   */
  public static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /**
   * The locale a bundle is asked for in a language: {@link Locale#ENGLISH} for English, {@link Locale#ROOT} (the
   * Spanish base bundle) otherwise.
   *
   * @param locale any locale, must not be null
   * @return {@code ENGLISH} or {@code ROOT}, never null
   */
  public static Locale bundleLocale(Locale locale) {
    return isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
  }

  /**
   * Renders a pattern with {@link MessageFormat} in a language; without arguments the pattern is returned as is.
   *
   * @param pattern the pattern, must not be null
   * @param locale the language's locale, must not be null
   * @param arguments the arguments
   * @return the text, never null
   */
  public static String format(String pattern, Locale locale, Object... arguments) {
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language(locale)).format(arguments);
  }

  /**
   * The language of these texts.
   *
   * @return {@link Locale#ENGLISH} or es-MX
   */
  public Locale language() {
    return language;
  }

  /**
   * Whether these texts are English.
   *
   * @return true for English
   */
  public boolean english() {
    return isEnglish(language);
  }

  /**
   * The BCP 47 tag of the language.
   *
   * @return {@code es-MX} or {@code en}
   */
  public String tag() {
    return language.toLanguageTag();
  }

  /**
   * The bundle itself (for libraries that read one, such as picocli's usage help).
   *
   * @return the bundle, never null
   */
  public ResourceBundle bundle() {
    return bundle;
  }

  /**
   * The pattern of a key.
   *
   * @param key the key, must not be null
   * @return the pattern, or empty when the bundle (and its Spanish parent) lacks the key
   */
  public Optional<String> pattern(String key) {
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  /**
   * A text rendered with its arguments; a missing key is a bug and renders as the key in brackets.
   *
   * @param key the key, must not be null
   * @param arguments the arguments of the pattern
   * @return the text, never null
   */
  public String get(String key, Object... arguments) {
    return pattern(key).map(p -> format(p, language, arguments)).orElse("[" + key + "]");
  }
}
