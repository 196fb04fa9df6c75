package org.cocrea.serialization;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.cocrea.core.i18n.Texts;
import org.cocrea.validation.Finding;
import org.cocrea.validation.Messages;
import org.cocrea.validation.Severity;

/**
 * Renders the reader's messages from the namespaced bundle {@code org/cocrea/serialization/messages} (Spanish, es-MX,
 * the base bundle) and {@code messages_en} (English), and the engine's REF-01/REF-02 wording from validation's own
 * bundle, so that every rule id has one wording. Never consults the JVM's default locale.
 */
final class FileMessages {

  private static final String BUNDLE = "org.cocrea.serialization.messages";

  private FileMessages() {}

  /**
   * Renders {@code key} with its arguments from the reader's bundle, else through validation's messages (the engine's
   * REF-01/REF-02 wording: a bundle of another module, which a named module cannot load itself); a missing key is a
   * bug and renders as the key in brackets.
   */
  static String render(String key, List<String> arguments, Locale locale) {
    return pattern(BUNDLE, key, locale).map(p -> Texts.format(p, locale, arguments.toArray()))
        .orElseGet(() -> Messages.render(key, arguments, locale));
  }

  /** Whether the reader's bundle (or the engine's) holds a key in Spanish and in English. */
  static boolean has(String key) {
    return (pattern(BUNDLE, key, Texts.SPANISH).isPresent() && pattern(BUNDLE, key, Locale.ENGLISH).isPresent())
        || (Messages.has(key, Texts.SPANISH) && Messages.has(key, Locale.ENGLISH));
  }

  /** An ERROR finding of a file-level rule, with the message {@code "<ruleId>.<variant>"}, not yet located. */
  static Finding error(String ruleId, String variant, String pointer, Locale locale, String... arguments) {
    String key = ruleId + "." + variant;
    List<String> args = List.of(arguments);
    return new Finding(ruleId, Severity.ERROR, pointer, 0, 0, key, args, render(key, args, locale));
  }

  private static Optional<String> pattern(String bundleName, String key, Locale locale) {
    return Texts.of(l -> ResourceBundle.getBundle(bundleName, l), locale).pattern(key);
  }
}
