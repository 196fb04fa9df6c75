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
 * being built, which differ once an unreadable list element is left out; list indexes are kept as ints and a pointer
 * is rendered only for a problem or a remap), the problems met (BND-01 findings, not yet
 * located) and, for every list that lost elements, which document index each model index came from. Not
 * thread-safe; one per pass.
 */
final class Binding {

  private final Locale locale;
  private final SchemaPlaces schemaPlaces;
  private final int maxFindings;
  private final List<Finding> findings = new ArrayList<>();
  private int omitted;
  private final Map<String, int[]> remaps = new HashMap<>();
  /** The name token of each level, or null where the level is a list index. */
  private String[] names = new String[16];
  /** The index in the document of each list-index level. */
  private int[] documentIndexes = new int[16];
  /** The index in the model of each list-index level (smaller once elements before it were left out). */
  private int[] modelIndexes = new int[16];
  private int depth;

  /** A pass that reports every problem. */
  Binding(Locale locale) {
    this(locale, SchemaPlaces.NONE, Integer.MAX_VALUE);
  }

  /**
   * A pass that leaves out the problems at places the schema reported, and renders at most {@code maxFindings}
   * findings (the rest are only counted, {@link #omitted()}): a document with tens of thousands of bad list items
   * would otherwise spend most of its time rendering messages no report shows (issue 15).
   */
  Binding(Locale locale, SchemaPlaces schemaPlaces, int maxFindings) {
    this.locale = locale;
    this.schemaPlaces = schemaPlaces;
    this.maxFindings = maxFindings;
  }

  /** Whether the document is of format 1.0, whose dates are days only (its invalid dates say YYYY-MM-DD). */
  private boolean daysOnly;

  void daysOnly(boolean value) {
    daysOnly = value;
  }

  boolean daysOnly() {
    return daysOnly;
  }

  /** Enters a property (or a map key), the same token in the document and in the model. */
  void push(String name) {
    grow();
    names[depth] = name;
    depth++;
  }

  /** Enters a list element, at one index in the document and maybe a smaller one in the model. */
  void pushIndex(int documentIndex, int modelIndex) {
    grow();
    names[depth] = null;
    documentIndexes[depth] = documentIndex;
    modelIndexes[depth] = modelIndex;
    depth++;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      documentIndexes = Arrays.copyOf(documentIndexes, depth * 2);
      modelIndexes = Arrays.copyOf(modelIndexes, depth * 2);
    }
  }

  void pop() {
    depth--;
  }

  /** Reports a BND-01 problem at the current document pointer, with the message {@code "BND-01.<variant>"}. */
  void problem(String variant, String... arguments) {
    String pointer = documentPointer();
    if (schemaPlaces.covers(pointer)) {
      return;
    }
    if (findings.size() >= maxFindings) {
      omitted++;
      return;
    }
    findings.add(FileMessages.error(FileRules.BINDING, variant, pointer, locale, arguments));
  }

  /** How many problems were counted but not rendered, past the findings a report keeps. */
  int omitted() {
    return omitted;
  }

  /** Records that the list at the current position kept only some document elements, in this order. */
  void remap(int[] documentIndexes) {
    remaps.put(modelPointer(), documentIndexes);
  }

  String documentPointer() {
    return pointer(documentIndexes);
  }

  String modelPointer() {
    return pointer(modelIndexes);
  }

  List<Finding> findings() {
    return findings;
  }

  PointerMap pointerMap() {
    return new PointerMap(Map.copyOf(remaps));
  }

  private String pointer(int[] indexes) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append('/');
      if (names[i] == null) {
        s.append(indexes[i]);
      } else {
        s.append(ModelWalker.escape(names[i]));
      }
    }
    return s.toString();
  }
}
