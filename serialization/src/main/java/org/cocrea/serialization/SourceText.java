package org.cocrea.serialization;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cocrea.validation.Finding;

/**
 * The text of a PAL file: its bytes checked to be UTF-8 and decoded, or the JSON-02 finding that says why not; and a
 * fast check that tells when the bytes can be parsed as they are, without decoding ({@link #utf8Start}). A
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

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Where the text of bytes that are certainly strict UTF-8 starts, for the byte parser, or -1 when only
   * {@link #decode} can tell (another encoding, a zero byte among the first four, any sequence the strict decoder would
   * reject: overlong forms, surrogates, code points above U+10FFFF, truncated sequences). {@link #ASCII} is added to
   * the start when every byte of the text is ASCII. Eight bytes are checked at a time while they are ASCII.
   *
   * @param bytes the document
   * @param count how many bytes are the document
   * @return the start (0, or 3 after a byte order mark) plus {@link #ASCII} when all ASCII, or -1
   */
  static int utf8Start(byte[] bytes, int count) {
    if (count < 4 || otherEncoding(bytes, count) != null) {
      return -1;
    }
    int start = (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    if (start == 3 && count >= 6 && (bytes[3] & 0xFF) == 0xEF && (bytes[4] & 0xFF) == 0xBB
        && (bytes[5] & 0xFF) == 0xBF) {
      return -1; // a second mark is text, which the byte parser would skip silently: the character path reports it
    }
    for (int i = start; i < Math.min(count, start + 4); i++) {
      if (bytes[i] == 0) {
        return -1;
      }
    }
    boolean ascii = true;
    int i = start;
    int words = count - 8;
    while (i < count) {
      if (i <= words && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      ascii = false;
      int n = sequenceLength(bytes, i, count);
      if (n < 0) {
        return -1;
      }
      i += n;
    }
    return ascii ? start | ASCII : start;
  }

  /** Added to the result of {@link #utf8Start} when the text is all ASCII. */
  static final int ASCII = 0x100;

  private static final long ONES = 0x0101010101010101L;
  private static final long BACKSLASHES = ONES * '\\';

  /**
   * Whether a backslash (byte 0x5C, which in UTF-8 is never part of another character) is among the bytes from
   * {@code from} to {@code to}: without one, the text holds no escape. Eight bytes are checked at a time.
   */
  static boolean holdsBackslash(byte[] bytes, int from, int to) {
    int i = from;
    for (int words = to - 8; i <= words; i += 8) {
      long v = (long) LONGS.get(bytes, i) ^ BACKSLASHES; // a zero byte where there was a backslash
      if (((v - ONES) & ~v & HIGH_BITS) != 0) {
        return true;
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\\') {
        return true;
      }
    }
    return false;
  }

  /** The length of the valid, shortest-form UTF-8 sequence of a non-ASCII lead byte at {@code i}, or -1. */
  private static int sequenceLength(byte[] b, int i, int count) {
    int lead = b[i] & 0xFF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      return i + 1 < count && continuation(b[i + 1]) ? 2 : -1;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      if (i + 2 >= count) {
        return -1;
      }
      int second = b[i + 1] & 0xFF;
      int low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
      int high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
      return second >= low && second <= high && continuation(b[i + 2]) ? 3 : -1;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      if (i + 3 >= count) {
        return -1;
      }
      int second = b[i + 1] & 0xFF;
      int low = lead == 0xF0 ? 0x90 : 0x80; // no overlong forms
      int high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
      return second >= low && second <= high && continuation(b[i + 2]) && continuation(b[i + 3]) ? 4 : -1;
    }
    return -1;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
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
