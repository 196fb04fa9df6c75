package org.cocrea.serialization;

import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where each value of a parsed document starts in its file. Recorded during the single streaming parse as one array
 * of packed line:column pairs per container node (its children, in order), so no pointer string is built for any node;
 * pointers are resolved only when a finding asks.
 */
final class Locations {

  private final JsonNode root;
  private final long rootLocation;
  private final Map<JsonNode, long[]> children;

  Locations(JsonNode root, long rootLocation, IdentityHashMap<JsonNode, long[]> children) {
    this.root = root;
    this.rootLocation = rootLocation;
    this.children = children;
  }

  /** Packs a 1-based line and column. */
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
   * @return the packed location
   */
  long locate(String pointer) {
    JsonNode node = root;
    long location = rootLocation;
    if (pointer.isEmpty()) {
      return location;
    }
    int from = pointer.charAt(0) == '/' ? 1 : 0;
    while (from <= pointer.length()) {
      int to = pointer.indexOf('/', from);
      if (to < 0) {
        to = pointer.length();
      }
      String token = unescape(pointer.substring(from, to));
      long[] locs = children.get(node);
      int index = indexOf(node, token);
      if (locs == null || index < 0 || index >= locs.length) {
        return location;
      }
      node = node.isObject() ? node.get(token) : node.get(index);
      location = locs[index];
      from = to + 1;
    }
    return location;
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
}
