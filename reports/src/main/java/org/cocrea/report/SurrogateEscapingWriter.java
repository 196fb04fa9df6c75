package org.cocrea.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The shared point where every report stream's text is handed to its encoder: a lone surrogate (a {@code char} of
 * half a pair, which a string read from an escaped {@code "\\ud800"} can hold and no Unicode encoding can write) is
 * written as its escape {@code \\uD800}, six ASCII characters. In the JSON and SARIF reports a surrogate only stands
 * inside a string, where the escape means the same {@code char}, so the report is faithful; in the text report the
 * escape shows what the file held. Without it a UTF-8 writer fails half-way (issue 15, W1) or, on a console, writes
 * {@code ?} silently. Pairs pass unchanged, also when split between two writes. {@link #close()} only flushes.
 */
final class SurrogateEscapingWriter extends FilterWriter {

  private char pendingHigh;

  SurrogateEscapingWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(ch)) {
        out.write(high);
        out.write(ch);
        return;
      }
      escape(high);
    }
    if (Character.isHighSurrogate(ch)) {
      pendingHigh = ch;
    } else if (Character.isLowSurrogate(ch)) {
      escape(ch);
    } else {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int from = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (Character.isSurrogate(cbuf[i]) || pendingHigh != 0) {
        out.write(cbuf, from, i - from);
        write(cbuf[i]);
        from = i + 1;
      }
    }
    out.write(cbuf, from, end - from);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    write(str.toCharArray(), off, len);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Writes a held high surrogate (the text ended after it) and flushes; the wrapped writer stays open. */
  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      escape(pendingHigh);
      pendingHigh = 0;
    }
    out.flush();
  }

  private void escape(char c) throws IOException {
    out.write(String.format(Locale.ROOT, "\\u%04X", (int) c));
  }
}
