package org.cocrea.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders messages from the namespaced bundles of the validation module, in Spanish (the base bundles, es-MX) or
 * English ({@code _en}), never falling back to the JVM's default locale.
 */
final class Messages {

  /** One bundle per rule family, plus the engine's own. */
  static final List<String> BUNDLES = java.util.stream.Stream.concat(
          java.util.stream.Stream.of("engine"),
          java.util.Arrays.stream(RuleFamily.values()).map(f -> f.name().toLowerCase(Locale.ROOT)))
      .map(n -> "org.cocrea.validation.messages." + n)
      .toList();

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** The language used for a locale: English for {@code en}, Spanish for everything else. */
  static Locale language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX");
  }

  /** Whether a message key exists. */
  static boolean has(String key) {
    return pattern(key, Locale.forLanguageTag("es-MX")) != null;
  }

  /** Renders a key with arguments; a missing key is a bug and renders as the key itself in brackets. */
  static String render(String key, List<String> arguments, Locale locale) {
    Locale lang = language(locale);
    String pattern = pattern(key, lang);
    if (pattern == null) {
      return "[" + key + "]";
    }
    return arguments.isEmpty() ? pattern : new MessageFormat(pattern, lang).format(arguments.toArray());
  }

  private static String pattern(String key, Locale lang) {
    Locale bundleLocale = lang.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
    for (String name : BUNDLES) {
      try {
        ResourceBundle bundle = ResourceBundle.getBundle(name, bundleLocale, Messages.class.getClassLoader(), NO_FALLBACK);
        if (bundle.containsKey(key)) {
          return bundle.getString(key);
        }
      } catch (MissingResourceException e) {
        // this family has no bundle yet: try the next one
      }
    }
    return null;
  }
}
