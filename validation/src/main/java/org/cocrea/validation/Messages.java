package org.cocrea.validation;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders messages from the namespaced bundles of the validation module, in Spanish (the base bundles, es-MX) or
 * English ({@code _en}), never falling back to the JVM's default locale. A key {@code "STL-03.message"} lives in the
 * bundle of its family ({@code messages/stl.properties}); keys of the engine's rules, and any key its family's bundle
 * lacks, are looked up in {@code messages/engine.properties}.
 *
 * <p>Public only so that the internal rule-authoring package ({@code org.cocrea.validation.rules}) can render its
 * messages; not API.
 */
public final class Messages {

  private static final String PREFIX = "org.cocrea.validation.messages.";
  private static final String ENGINE = PREFIX + "engine";

  /** One bundle per catalogue family, plus the engine's own. */
  static final List<String> BUNDLES = Stream.concat(
          Stream.of(ENGINE),
          Arrays.stream(RuleFamily.values()).filter(RuleFamily::isCatalogue).map(Messages::bundleOf))
      .toList();

  private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  /** Patterns already looked up, by language and key (empty for a missing key). */
  private static final Map<Locale, Map<String, Optional<String>>> CACHE = new ConcurrentHashMap<>();

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** The language used for a locale: English for {@code en}, Spanish (es-MX) for everything else. */
  static Locale language(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : SPANISH;
  }

  /** Whether a message key exists in Spanish. */
  static boolean has(String key) {
    return pattern(key, SPANISH) != null;
  }

  /** Whether a message key exists in the language of a locale. */
  static boolean has(String key, Locale locale) {
    return pattern(key, language(locale)) != null;
  }

  /** Renders a key with arguments; a missing key is a bug and renders as the key itself in brackets. */
  public static String render(String key, List<String> arguments, Locale locale) {
    Locale lang = language(locale);
    String pattern = pattern(key, lang);
    if (pattern == null) {
      return "[" + key + "]";
    }
    return arguments.isEmpty() ? pattern : new MessageFormat(pattern, lang).format(arguments.toArray());
  }

  /** The bundle name of a catalogue family. */
  static String bundleOf(RuleFamily family) {
    return PREFIX + family.name().toLowerCase(Locale.ROOT);
  }

  private static String pattern(String key, Locale lang) {
    return CACHE.computeIfAbsent(lang, l -> new ConcurrentHashMap<>())
        .computeIfAbsent(key, k -> Optional.ofNullable(find(k, lang)))
        .orElse(null);
  }

  private static String find(String key, Locale lang) {
    Locale bundleLocale = lang.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT;
    Optional<String> family = familyBundle(key);
    if (family.isPresent()) {
      String p = lookUp(family.get(), key, bundleLocale);
      if (p != null) {
        return p;
      }
    }
    return lookUp(ENGINE, key, bundleLocale);
  }

  private static Optional<String> familyBundle(String key) {
    int dash = key.indexOf('-');
    if (dash <= 0) {
      return Optional.empty();
    }
    try {
      RuleFamily family = RuleFamily.valueOf(key.substring(0, dash));
      return family.isCatalogue() ? Optional.of(bundleOf(family)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String lookUp(String bundleName, String key, Locale bundleLocale) {
    try {
      ResourceBundle bundle = ResourceBundle.getBundle(bundleName, bundleLocale, Messages.class.getClassLoader(),
          NO_FALLBACK);
      return bundle.containsKey(key) ? bundle.getString(key) : null;
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
