package org.cocrea.report.internal;

/**
 * A small HTML builder that escapes every text and attribute value: the only way text from a file reaches the page.
 * Characters HTML cannot carry (C0 controls other than tab and line breaks, lone surrogates, noncharacters U+FFFE and
 * U+FFFF) become U+FFFD.
 */
public final class Html {

  private final StringBuilder b = new StringBuilder(8192);

  /** Appends markup written by this package, as is. */
  public Html raw(String markup) {
    b.append(markup);
    return this;
  }

  /** Appends text, escaped for element content. */
  public Html text(String text) {
    escape(text, b);
    return this;
  }

  /** Appends text, escaped for a double-quoted attribute value. */
  public Html attr(String text) {
    escape(text, b);
    return this;
  }

  /** The markup so far; the builder is emptied. */
  public String drain() {
    String s = b.toString();
    b.setLength(0);
    return s;
  }

  /** Text escaped for element content and quoted attribute values. */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    escape(text, s);
    return s.toString();
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
              || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
