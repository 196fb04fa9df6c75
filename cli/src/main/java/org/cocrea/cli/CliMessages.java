package org.cocrea.cli;

import java.util.ResourceBundle;
import org.cocrea.core.i18n.Texts;

/** The texts of the command line in one language, from {@code org/cocrea/cli/messages[_en].properties}. */
final class CliMessages {

  private static final String BUNDLE = "org.cocrea.cli.messages";

  private final Lang lang;
  private final Texts texts;

  CliMessages(Lang lang) {
    this.lang = lang;
    this.texts = Texts.of(l -> ResourceBundle.getBundle(BUNDLE, l), lang.locale());
  }

  Lang lang() {
    return lang;
  }

  /** The bundle picocli reads the usage help from. */
  ResourceBundle bundle() {
    return texts.bundle();
  }

  /** A message; a missing key is a bug and renders as the key in brackets. */
  String get(String key, Object... arguments) {
    return texts.get(key, arguments);
  }
}
