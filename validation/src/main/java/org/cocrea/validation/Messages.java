package org.cocrea.validation;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
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

  /**
   * Renders a key with arguments; a missing key is a bug and renders as the key itself in brackets. An argument that a
   * pattern formats as a number or a choice ({@code {1,choice,1#hito|1<hitos}}, for plurals) is given to it as a
   * number when its text is one; every other argument stays text (identifiers such as {@code 2016} are not
   * reformatted).
   */
  public static String render(String key, List<String> arguments, Locale locale) {
    Locale lang = language(locale);
    String pattern = pattern(key, lang);
    if (pattern == null) {
      return "[" + key + "]";
    }
    if (arguments.isEmpty()) {
      return Texts.format(pattern, lang);
    }
    MessageFormat format = new MessageFormat(pattern, lang);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] values = arguments.toArray();
    for (int i = 0; i < values.length && i < formats.length; i++) {
      if (formats[i] instanceof NumberFormat) {
        values[i] = number(arguments.get(i));
        if (!(values[i] instanceof Number)) {
          format.setFormatByArgumentIndex(i, null);   // not a number after all: shown as given, never an exception
        }
      }
    }
    return format.format(values);
  }

  /**
   * A place of the exercise named for people, from its JSON Pointer: each list element by what it is and its position
   * counted from 1 ({@code /stls/0/memberships/2} is "STL 1, asiento 3" / "STL 1, seat 3"). Messages quote places so;
   * findings keep the pointer itself.
   *
   * @param pointer the JSON Pointer, {@code ""} for the whole exercise
   * @param locale the language
   * @return the place in words, never null
   */
  public static String place(String pointer, Locale locale) {
    Locale lang = language(locale);
    if (pointer.isEmpty()) {
      return render("place.exercise", List.of(), lang);
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    List<String> parts = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i].replace("~1", "/").replace("~0", "~");
      boolean nextIsIndex = i + 1 < tokens.length && Finding.isIndex(tokens[i + 1]);
      if (nextIsIndex) {
        String key = "place." + token;
        String name = pattern(key, lang) != null ? render(key, List.of(), lang) : token;
        parts.add(name + " " + (Long.parseLong(tokens[i + 1]) + 1));
        i++;
      } else {
        parts.add(token);
      }
    }
    return String.join(", ", parts);
  }

  /**
   * An element of the exercise named for people (real-records.md §6), from its JSON Pointer, its identifier and its
   * title or name: the kind and position of {@link #place} for the last list element of the pointer, capitalised, then
   * the title after a colon when there is one, then the identifier in parentheses. Messages quote elements so, never
   * by the bare identifier: {@code /plans/0/commitments/2} with id {@code c3} is "Compromiso 3 (c3)" / "Commitment 3
   * (c3)", and with the title "Datos abiertos" "Compromiso 3: Datos abiertos (c3)".
   *
   * @param pointer the element's JSON Pointer (its last token a position in a list)
   * @param id the element's identifier, must not be null
   * @param title its title or name, empty when not recorded
   * @param locale the language
   * @return the name, never null
   */
  public static String element(String pointer, String id, Optional<String> title, Locale locale) {
    Locale lang = language(locale);
    String kind = "";
    String[] tokens = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    for (int i = tokens.length - 1; i > 0; i--) {
      if (Finding.isIndex(tokens[i])) {
        String key = "place." + tokens[i - 1].replace("~1", "/").replace("~0", "~");
        if (pattern(key, lang) != null) {
          String word = render(key, List.of(), lang);
          kind = word.substring(0, 1).toUpperCase(lang) + word.substring(1) + " " + (Long.parseLong(tokens[i]) + 1);
        }
        break;
      }
    }
    Optional<String> named = title.map(String::strip).filter(t -> !t.isEmpty() && !t.equals(id));
    StringBuilder b = new StringBuilder(kind);
    if (named.isPresent()) {
      b.append(kind.isEmpty() ? "" : ": ").append(named.get());
    }
    if (b.length() == 0) {
      return id;
    }
    return id.isEmpty() ? b.toString() : b.append(" (").append(id).append(')').toString();
  }

  /** A number from its text, or the text when it is none (then the pattern shows it as given). */
  private static Object number(String text) {
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return text;
    }
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
