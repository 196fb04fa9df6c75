package org.cocrea.research.stats;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cocrea.core.Labelled;
import org.cocrea.core.analysis.Rate;
import org.cocrea.core.i18n.Texts;

/**
 * The texts of a corpus's statistics ({@code stats[_en].properties}) in a locale's language, read through {@link
 * Texts}, with the labels of tally keys and rates.
 */
final class StatsLabels {

  private static final String BUNDLE = "org.cocrea.research.stats.stats";

  private final Texts texts;

  private StatsLabels(Texts texts) {
    this.texts = texts;
  }

  /** The labels for a locale: English for {@code en}, Spanish (es-MX) for everything else. */
  static StatsLabels of(Locale locale) {
    return new StatsLabels(Texts.of(l -> ResourceBundle.getBundle(BUNDLE, l), locale));
  }

  boolean english() {
    return texts.english();
  }

  Locale language() {
    return texts.language();
  }

  String tag() {
    return texts.tag();
  }

  /** A text; a missing key is a bug and renders as the key in brackets. */
  String get(String key, Object... arguments) {
    return texts.get(key, arguments);
  }

  /** The label of a tally's key: a code's label in the language, an SDG goal's name, text as is. */
  String key(Object key) {
    if (key instanceof Labelled l) {
      return l.label(texts.language());
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
