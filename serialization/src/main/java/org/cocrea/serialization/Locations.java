package org.cocrea.serialization;

import java.util.Arrays;
import java.util.Iterator;
import tools.jackson.databind.JsonNode;

/**
 * Where each value of a parsed document starts in its file. Recorded during the single streaming parse in flat arrays:
 * every container (object or array) gets a number in document order when it opens, and when it closes the locations
 * of its children, in order, are appended to one shared array together with the number of each child that is itself a
 * container. No pointer string is built and no node is hashed; a pointer is resolved only when a finding asks, by
 * walking the tree and these arrays side by side.
 *
 * <p>A location is either a packed 1-based line and column, or (when the document was parsed from UTF-8 bytes that
 * are not all ASCII) a packed line and byte offset into a copy of the text, whose column is counted in UTF-16 units
 * only when it is asked for.
 */
final class Locations {

  private final JsonNode root;
  private final long rootLocation;
  private final int[] first;
  private final int[] count;
  private final long[] locations;
  private final int[] containers;
  private final byte[] text;

  private Locations(JsonNode root, long rootLocation, Recorder r, byte[] text) {
    this.root = root;
    this.rootLocation = rootLocation;
    this.first = r.first;
    this.count = r.count;
    this.locations = r.locations;
    this.containers = r.containers;
    this.text = text;
  }

  /** Packs a 1-based line and column (or a line and a byte offset). */
  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  /** The line of a packed location. */
  static int line(long packed) {
    return (int) (packed >>> 32);
  }

  /** The column of a packed location. */
  static int column(long packed) {
    return (int) packed;
  }

  /**
   * The location of the value at a JSON Pointer, or of its nearest ancestor that exists in the document.
   *
   * @param pointer an RFC 6901 pointer ({@code ""} for the root)
   * @return the packed 1-based line and column
   */
  long locate(String pointer) {
    return resolve(find(pointer));
  }

  private long find(String pointer) {
    JsonNode node = root;
    long location = rootLocation;
    if (pointer.isEmpty()) {
      return location;
    }
    int container = 0;
    int from = pointer.charAt(0) == '/' ? 1 : 0;
    while (from <= pointer.length()) {
      int to = pointer.indexOf('/', from);
      if (to < 0) {
        to = pointer.length();
      }
      if (container < 0) {
        return location;
      }
      String token = unescape(pointer.substring(from, to));
      int index = indexOf(node, token);
      if (index < 0 || index >= count[container]) {
        return location;
      }
      node = node.isObject() ? node.get(token) : node.get(index);
      int slot = first[container] + index;
      location = locations[slot];
      container = containers[slot];
      from = to + 1;
    }
    return location;
  }

  /**
   * A stored location as line and column: the column of a byte offset is counted in UTF-16 units of its line. The
   * starts of lines and a running count of UTF-16 units every {@link #STRIDE} bytes are computed once, at the first
   * finding on a line longer than {@link #LOCAL_SCAN} bytes, so each finding costs a binary search and at most
   * {@link #STRIDE} bytes, whatever the line's length (a minified file is one line: issue 15, Q1); a finding on a
   * shorter line is counted from its line's start (pretty-printed files: no pass over the whole text).
   */
  private long resolve(long stored) {
    if (text == null) {
      return stored;
    }
    int offset = column(stored);
    if (index == null) {
      // A short line (pretty-printed files: every line) is counted where it is, without indexing the whole text:
      // look back at most LOCAL_SCAN bytes for the line's start.
      int from = Math.max(0, offset - LOCAL_SCAN);
      int start = offset;
      while (start > from && !isBreak(text[start - 1])) {
        start--;
      }
      if (start > from || from == 0 || isBreak(text[from - 1])) {
        return pack(line(stored), units(text, start, offset) + 1);
      }
    }
    Index index = index();
    int lineStart = index.lineStart(offset);
    return pack(line(stored), index.units(text, offset) - index.units(text, lineStart) + 1);
  }

  /** How far back a finding's line start is looked for before the whole text is indexed (a long, minified line). */
  private static final int LOCAL_SCAN = 4096;

  private static boolean isBreak(byte b) {
    return b == '\n' || b == '\r';
  }

  /** The UTF-16 units of the bytes from {@code from} (inclusive) to {@code to} (exclusive). */
  private static int units(byte[] text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      count += Index.unitsOf(text[i] & 0xFF);
    }
    return count;
  }

  private static final int STRIDE = 64;

  private volatile Index index;

  private Index index() {
    Index i = index;
    if (i == null) {
      i = new Index(text);
      index = i;
    }
    return i;
  }

  /** Line starts and UTF-16 unit counts of the text, computed in one pass. */
  private static final class Index {
    final int[] lineStarts; // offsets just after a \n or \r, ascending
    final int lines;
    final int[] unitsBefore; // UTF-16 units before byte k * STRIDE

    Index(byte[] text) {
      int[] starts = new int[16];
      int n = 0;
      int[] units = new int[text.length / STRIDE + 1];
      int count = 0;
      for (int i = 0; i < text.length; i++) {
        if (i % STRIDE == 0) {
          units[i / STRIDE] = count;
        }
        int b = text[i] & 0xFF;
        count += unitsOf(b);
        if (b == '\n' || b == '\r') {
          if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
          }
          starts[n++] = i + 1;
        }
      }
      if (text.length % STRIDE == 0) {
        units[text.length / STRIDE] = count;
      }
      this.lineStarts = starts;
      this.lines = n;
      this.unitsBefore = units;
    }

    /** The start of the line holding an offset: just after the last line break before it, or 0. */
    int lineStart(int offset) {
      int i = Arrays.binarySearch(lineStarts, 0, lines, offset);
      if (i >= 0) {
        return lineStarts[i];
      }
      int before = -i - 2;
      return before < 0 ? 0 : lineStarts[before];
    }

    /** The UTF-16 units of the text before an offset. */
    int units(byte[] text, int offset) {
      int k = offset / STRIDE;
      int count = unitsBefore[k];
      for (int i = k * STRIDE; i < offset; i++) {
        count += unitsOf(text[i] & 0xFF);
      }
      return count;
    }

    /** Units a byte adds: one per lead byte, two for a four-byte sequence (a surrogate pair), none if continuation. */
    static int unitsOf(int b) {
      return (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
    }
  }

  private static int indexOf(JsonNode node, String token) {
    if (node.isObject()) {
      int i = 0;
      for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); i++) {
        if (it.next().equals(token)) {
          return i;
        }
      }
      return -1;
    }
    if (node.isArray() && !token.isEmpty() && token.length() < 10 && token.chars().allMatch(c -> c >= '0' && c <= '9')
        && (token.length() == 1 || token.charAt(0) != '0')) {
      int i = Integer.parseInt(token);
      return i < node.size() ? i : -1;
    }
    return -1;
  }

  private static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    return token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * Collects the locations during a parse. Containers are numbered in the order they open (the root is 0); each one
   * hands over the locations of its children when it closes.
   */
  static final class Recorder {
    private int[] first = new int[64];
    private int[] count = new int[64];
    private int containerCount;
    private long[] locations = new long[256];
    private int[] containers = new int[256];
    private int size;

    /** Numbers a container that has just opened. */
    int open() {
      if (containerCount == first.length) {
        first = Arrays.copyOf(first, containerCount * 2);
        count = Arrays.copyOf(count, containerCount * 2);
      }
      return containerCount++;
    }

    /**
     * Records the children of a container that has just closed.
     *
     * @param container its number
     * @param childLocations the location of each child, in order
     * @param childContainers the number of each child that is a container, -1 for the others
     * @param n how many children
     */
    void close(int container, long[] childLocations, int[] childContainers, int n) {
      if (size + n > locations.length) {
        int capacity = Math.max(size + n, locations.length * 2);
        locations = Arrays.copyOf(locations, capacity);
        containers = Arrays.copyOf(containers, capacity);
      }
      System.arraycopy(childLocations, 0, locations, size, n);
      System.arraycopy(childContainers, 0, containers, size, n);
      first[container] = size;
      count[container] = n;
      size += n;
    }

    /**
     * The locations of a document.
     *
     * @param root the root object
     * @param rootLocation where it starts
     * @param text null when the locations hold columns; else the document's UTF-8 bytes (owned by the result), whose
     *     offsets the locations hold
     */
    Locations build(JsonNode root, long rootLocation, byte[] text) {
      return new Locations(root, rootLocation, this, text);
    }
  }
}
