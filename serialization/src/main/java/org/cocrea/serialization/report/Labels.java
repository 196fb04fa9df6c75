package org.cocrea.serialization.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the reports in one language: Spanish (es-MX, the base bundle) or English, never the JVM's default
 * locale. Patterns with arguments are rendered with {@link MessageFormat}.
 */
final class Labels {

  private static final String BUNDLE = "org.cocrea.serialization.report.labels";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale language;
  private final ResourceBundle bundle;

  private Labels(Locale language) {
    this.language = language;
    Locale bundleLocale = isEnglish(language) ? Locale.ENGLISH : Locale.ROOT;
    this.bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale, Labels.class.getClassLoader(), NO_FALLBACK);
  }

  /** The labels for a locale: English for {@code en}, Spanish (es-MX) for everything else. */
  static Labels of(Locale locale) {
    return new Labels(isEnglish(locale) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX"));
  }

  static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /** The language used: {@link Locale#ENGLISH} or es-MX. */
  Locale language() {
    return language;
  }

  /** Whether the labels are English. */
  boolean english() {
    return isEnglish(language);
  }

  /** The BCP 47 tag of the language: {@code es-MX} or {@code en}. */
  String tag() {
    return language.toLanguageTag();
  }

  /** A label; a missing key is a bug and renders as the key in brackets. */
  String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
  }
}
