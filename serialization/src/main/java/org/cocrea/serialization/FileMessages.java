package org.cocrea.serialization;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Severity;

/**
 * Renders the reader's messages from the namespaced bundle {@code org/cocrea/serialization/messages} (Spanish, es-MX,
 * the base bundle) and {@code messages_en} (English), and the engine's REF-01/REF-02 wording from validation's own
 * bundle, so that every rule id has one wording. Never consults the JVM's default locale.
 */
final class FileMessages {

  private static final String BUNDLE = "org.cocrea.serialization.messages";
  private static final String ENGINE_BUNDLE = "org.cocrea.validation.messages.engine";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  private FileMessages() {}

  /** The language used for a locale: English for {@code en}, Spanish (es-MX) for everything else. */
  static Locale language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SPANISH;
  }

  /** Renders {@code key} with its arguments; a missing key is a bug and renders as the key in brackets. */
  static String render(String key, List<String> arguments, Locale locale) {
    Locale lang = language(locale);
    String pattern = pattern(BUNDLE, key, lang);
    if (pattern == null) {
      pattern = pattern(ENGINE_BUNDLE, key, lang);
    }
    if (pattern == null) {
      return "[" + key + "]";
    }
    return arguments.isEmpty() ? pattern : new MessageFormat(pattern, lang).format(arguments.toArray());
  }

  /** Whether the reader's bundle (or the engine's) holds a key in Spanish and in English. */
  static boolean has(String key) {
    return (pattern(BUNDLE, key, SPANISH) != null && pattern(BUNDLE, key, Locale.ENGLISH) != null)
        || (pattern(ENGINE_BUNDLE, key, SPANISH) != null && pattern(ENGINE_BUNDLE, key, Locale.ENGLISH) != null);
  }

  /** An ERROR finding of a file-level rule, with the message {@code "<ruleId>.<variant>"}, not yet located. */
  static Finding error(String ruleId, String variant, String pointer, Locale locale, String... arguments) {
    String key = ruleId + "." + variant;
    List<String> args = List.of(arguments);
    return new Finding(ruleId, Severity.ERROR, pointer, 0, 0, key, args, render(key, args, locale));
  }

  private static String pattern(String bundleName, String key, Locale lang) {
    Locale bundleLocale = "en".equals(lang.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(bundleName, bundleLocale, FileMessages.class.getClassLoader(), NO_FALLBACK);
      return bundle.containsKey(key) ? bundle.getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
