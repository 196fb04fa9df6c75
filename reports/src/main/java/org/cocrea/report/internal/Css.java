package org.cocrea.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The inline style sheets of the HTML pages, kept as resource files beside this class ({@code report.css}: system
 * fonts, AA contrast, print-friendly, no external resource; {@code stats.css}: what the statistics page adds), read
 * once.
 */
public final class Css {

  /** The report's style sheet. */
  public static final String STYLE = read("report.css");
  /** What the statistics page adds to it. */
  public static final String STATS = read("stats.css");

  private Css() {}

  private static String read(String name) {
    try (InputStream in = Css.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + Css.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
