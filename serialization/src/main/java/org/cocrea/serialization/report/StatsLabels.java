package org.cocrea.serialization.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cocrea.core.Labelled;
import org.cocrea.core.analysis.Rate;

/** The texts of a corpus's statistics in one language: Spanish (es-MX, the base bundle) or English. */
final class StatsLabels {

  private static final String BUNDLE = "org.cocrea.serialization.report.stats";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale language;
  private final ResourceBundle bundle;

  private StatsLabels(Locale language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(BUNDLE, english() ? Locale.ENGLISH : Locale.ROOT,
        StatsLabels.class.getClassLoader(), NO_FALLBACK);
  }

  /** The labels for a locale: English for {@code en}, Spanish (es-MX) for everything else. */
  static StatsLabels of(Locale locale) {
    return new StatsLabels("en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("es-MX"));
  }

  boolean english() {
    return "en".equals(language.getLanguage());
  }

  Locale language() {
    return language;
  }

  String tag() {
    return language.toLanguageTag();
  }

  /** A text; a missing key is a bug and renders as the key in brackets. */
  String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "[" + key + "]";
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
  }

  /** The label of a tally's key: a code's label in the language, an SDG goal's name, text as is. */
  String key(Object key) {
    if (key instanceof Labelled l) {
      return l.label(language);
    }
    if (key instanceof Integer goal) {
      return get("commitments.sdgGoal", goal);
    }
    return String.valueOf(key);
  }

  /** A rate as a percentage with one decimal ({@code 66.7 %}), or "n/a" when undefined. */
  String percent(Rate rate) {
    return rate.percent().map(p -> p.toPlainString() + " %").orElse(get("na"));
  }
}
