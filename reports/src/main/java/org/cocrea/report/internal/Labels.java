package org.cocrea.report.internal;

import java.util.Locale;
import java.util.ResourceBundle;
import org.cocrea.core.i18n.Texts;

/** The texts of the reports ({@code labels[_en].properties}) in a locale's language, read through {@link Texts}. */
public final class Labels {

  private static final String BUNDLE = "org.cocrea.report.labels";

  private Labels() {}

  /** The labels for a locale: English for {@code en}, Spanish (es-MX) for everything else. */
  public static Texts of(Locale locale) {
    return Texts.of(l -> ResourceBundle.getBundle(BUNDLE, l), locale);
  }
}
