package org.cocrea.cli;

import java.util.Locale;
import java.util.Optional;

/** The languages of cocrea's messages: Spanish (es-MX, the default) and English. */
enum Lang {
  /** Spanish, as spoken in Mexico: the default. */
  ES(Locale.forLanguageTag("es-MX")),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  /** The locale of the language. */
  Locale locale() {
    return locale;
  }

  /** The code used on the command line: {@code es} or {@code en}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of a command-line value ({@code es}, {@code en}, {@code es-MX}, {@code EN} …). */
  static Optional<Lang> parse(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("es") || v.startsWith("es-") || v.startsWith("es_")) {
      return Optional.of(ES);
    }
    if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }

  /**
   * The language asked for on a command line, before it is parsed, so that even usage errors come out in it: the
   * last {@code --lang X} or {@code --lang=X}; Spanish when absent or invalid.
   */
  static Lang of(String[] args) {
    Lang lang = ES;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--")) {
        break;
      }
      Optional<Lang> found = Optional.empty();
      if (a.equals("--lang") && i + 1 < args.length) {
        found = parse(args[i + 1]);
      } else if (a.startsWith("--lang=")) {
        found = parse(a.substring("--lang=".length()));
      }
      if (found.isPresent()) {
        lang = found.get();
      }
    }
    return lang;
  }
}
