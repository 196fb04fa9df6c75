package org.cocrea.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cocrea.core.i18n.Texts;

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

  private static final Locale SPANISH = Texts.SPANISH;

  /** Patterns already looked up, by language and key (empty for a missing key). */
  private static final Map<Locale, Map<String, Optional<String>>> CACHE = new ConcurrentHashMap<>();

  private Messages() {}

  /** The language used for a locale: English for {@code en}, Spanish (es-MX) for everything else. */
  static Locale language(Locale locale) {
    return Texts.language(locale);
  }

  /** Whether a message key exists in Spanish. */
  static boolean has(String key) {
    return pattern(key, SPANISH) != null;
  }

  /** Whether a message key exists in the language of a locale. */
  public static boolean has(String key, Locale locale) {
    return pattern(key, language(locale)) != null;
  }

  /** Renders a key with arguments; a missing key is a bug and renders as the key itself in brackets. */
  public static String render(String key, List<String> arguments, Locale locale) {
    Locale lang = language(locale);
    String pattern = pattern(key, lang);
    if (pattern == null) {
      return "[" + key + "]";
    }
    return Texts.format(pattern, lang, arguments.toArray());
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
    Optional<String> family = familyBundle(key);
    if (family.isPresent()) {
      String p = lookUp(family.get(), key, lang);
      if (p != null) {
        return p;
      }
    }
    return lookUp(ENGINE, key, lang);
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

  private static String lookUp(String bundleName, String key, Locale lang) {
    try {
      return Texts.of(l -> ResourceBundle.getBundle(bundleName, l), lang).pattern(key).orElse(null);
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
