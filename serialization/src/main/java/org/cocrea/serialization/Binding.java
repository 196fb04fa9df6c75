package org.cocrea.serialization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.validation.Finding;

/**
 * The state of one binding pass from a JSON tree to the model: the pointer stack (of the document and of the model
 * being built, which differ once an unreadable list element is left out), the problems met (BND-01 findings, not yet
 * located) and, for every list that lost elements, which document index each model index came from. Not
 * thread-safe; one per pass.
 */
final class Binding {

  private final Locale locale;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, int[]> remaps = new HashMap<>();
  private String[] document = new String[16];
  private String[] model = new String[16];
  private int depth;

  Binding(Locale locale) {
    this.locale = locale;
  }

  void push(String documentToken, String modelToken) {
    if (depth == document.length) {
      document = Arrays.copyOf(document, depth * 2);
      model = Arrays.copyOf(model, depth * 2);
    }
    document[depth] = documentToken;
    model[depth] = modelToken;
    depth++;
  }

  void pop() {
    depth--;
  }

  /** Reports a BND-01 problem at the current document pointer, with the message {@code "BND-01.<variant>"}. */
  void problem(String variant, String... arguments) {
    findings.add(FileMessages.error(FileRules.BINDING, variant, documentPointer(), locale, arguments));
  }

  /** Records that the list at the current position kept only some document elements, in this order. */
  void remap(int[] documentIndexes) {
    remaps.put(modelPointer(), documentIndexes);
  }

  String documentPointer() {
    return pointer(document);
  }

  String modelPointer() {
    return pointer(model);
  }

  List<Finding> findings() {
    return findings;
  }

  PointerMap pointerMap() {
    return new PointerMap(Map.copyOf(remaps));
  }

  private String pointer(String[] tokens) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append('/').append(ModelWalker.escape(tokens[i]));
    }
    return s.toString();
  }
}
