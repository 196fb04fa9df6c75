package org.cocrea.serialization;

import java.util.Map;

/**
 * Translates JSON Pointers into the bound model (as rules report them) into pointers into the document that was read.
 * They differ only below a list from which the binder left out unreadable elements: model index 2 may then be
 * document index 3. Immutable.
 */
final class PointerMap {

  /** The identity: nothing was left out. */
  static final PointerMap IDENTITY = new PointerMap(Map.of());

  private final Map<String, int[]> remaps;

  PointerMap(Map<String, int[]> remaps) {
    this.remaps = remaps;
  }

  /** The document pointer of a model pointer. */
  String toDocument(String modelPointer) {
    if (remaps.isEmpty() || modelPointer.isEmpty()) {
      return modelPointer;
    }
    StringBuilder model = new StringBuilder();
    StringBuilder document = new StringBuilder();
    int from = 1;
    int[] pending = null;
    while (from <= modelPointer.length()) {
      int to = modelPointer.indexOf('/', from);
      if (to < 0) {
        to = modelPointer.length();
      }
      String token = modelPointer.substring(from, to);
      String documentToken = token;
      if (pending != null) {
        int index = parseIndex(token);
        if (index >= 0 && index < pending.length) {
          documentToken = Integer.toString(pending[index]);
        }
      }
      model.append('/').append(token);
      document.append('/').append(documentToken);
      pending = remaps.get(model.toString());
      from = to + 1;
    }
    return document.toString();
  }

  private static int parseIndex(String token) {
    if (token.isEmpty() || token.length() > 9) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }
}
