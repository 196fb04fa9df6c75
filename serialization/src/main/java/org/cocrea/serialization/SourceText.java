package org.cocrea.serialization;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cocrea.validation.Finding;

/**
 * The text of a PAL file: its bytes checked to be UTF-8 and decoded, or the JSON-02 finding that says why not. A
 * UTF-8 byte order mark is skipped silently; UTF-16 and UTF-32 (by their mark or by the pattern of zero bytes that
 * ASCII text leaves in them, RFC 4627 section 3) and invalid UTF-8 sequences are reported with their location.
 */
final class SourceText {

  private final char[] text;
  private final int length;
  private final Finding problem;

  private SourceText(char[] text, int length, Finding problem) {
    this.text = text;
    this.length = length;
    this.problem = problem;
  }

  /** The decoded characters (valid when {@link #problem()} is null). */
  char[] chars() {
    return text;
  }

  /** How many of {@link #chars()} are text. */
  int length() {
    return length;
  }

  /** The JSON-02 finding, located, or null when the bytes are UTF-8. */
  Finding problem() {
    return problem;
  }

  /** Checks and decodes {@code count} bytes. */
  static SourceText decode(byte[] bytes, int count, Locale locale) {
    String other = otherEncoding(bytes, count);
    if (other != null) {
      Finding f = FileMessages.error(FileRules.JSON_ENCODING, "encoding", "", locale, other);
      return new SourceText(new char[0], 0, f.withLocation(1, 1));
    }
    int start = count >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, count - start);
    CharBuffer out = CharBuffer.allocate(count - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int[] lineColumn = lineColumn(out.array(), out.position());
      Finding f = FileMessages.error(FileRules.JSON_ENCODING, "utf8", "", locale,
          String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF), Integer.toString(offset));
      return new SourceText(new char[0], 0, f.withLocation(lineColumn[0], lineColumn[1]));
    }
    return new SourceText(out.array(), out.position(), null);
  }

  /** The name of a UTF-16 or UTF-32 encoding the bytes are in, or null. */
  private static String otherEncoding(byte[] b, int n) {
    int b0 = n > 0 ? b[0] & 0xFF : -1;
    int b1 = n > 1 ? b[1] & 0xFF : -1;
    int b2 = n > 2 ? b[2] & 0xFF : -1;
    int b3 = n > 3 ? b[3] & 0xFF : -1;
    if (b0 == 0x00 && b1 == 0x00 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0x00 && b3 == 0x00) {
      return "UTF-32LE";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE";
    }
    if (n >= 4) {
      if (b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
        return "UTF-32BE";
      }
      if (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
        return "UTF-32LE";
      }
      if (b0 == 0 && b1 != 0 && b2 == 0 && b3 != 0) {
        return "UTF-16BE";
      }
      if (b0 != 0 && b1 == 0 && b2 != 0 && b3 == 0) {
        return "UTF-16LE";
      }
    } else if (n >= 2) {
      if (b0 == 0 && b1 != 0) {
        return "UTF-16BE";
      }
      if (b0 != 0 && b1 == 0) {
        return "UTF-16LE";
      }
    }
    return null;
  }

  /** The 1-based line and column just after the first {@code end} characters, counting lines as the parser does. */
  static int[] lineColumn(char[] chars, int end) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; i++) {
      char c = chars[i];
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (c == '\r') {
        if (i + 1 < end && chars[i + 1] == '\n') {
          i++;
        }
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, end - lineStart + 1};
  }
}
