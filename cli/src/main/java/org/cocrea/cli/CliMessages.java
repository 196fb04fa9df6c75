package org.cocrea.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the command line in one language, from {@code org/cocrea/cli/messages[_en].properties}. */
final class CliMessages {

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Lang lang;
  private final ResourceBundle bundle;

  CliMessages(Lang lang) {
    this.lang = lang;
    this.bundle = ResourceBundle.getBundle("org.cocrea.cli.messages", lang == Lang.EN ? Locale.ENGLISH : Locale.ROOT,
        CliMessages.class.getClassLoader(), NO_FALLBACK);
  }

  Lang lang() {
    return lang;
  }

  /** The bundle picocli reads the usage help from. */
  ResourceBundle bundle() {
    return bundle;
  }

  /** A message; a missing key is a bug and renders as the key in brackets. */
  String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(arguments);
  }
}
