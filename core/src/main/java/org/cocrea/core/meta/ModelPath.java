package org.cocrea.core.meta;

import java.util.Objects;

/**
 * The place of a value in a model tree, as a chain of steps from the root, that renders its JSON Pointer (RFC 6901)
 * only when asked. A walk hands one to its visitor for every value: making one costs a small object, where building
 * every pointer string would cost a copy of the whole pointer per value; a visitor that needs the pointer of only a
 * few values (the ones with a problem) keeps the paths and renders those.
 *
 * <pre>{@code
 * List<ModelPath> orphans = new ArrayList<>();
 * ModelWalker.walkPaths(exercise, (path, value) -> {
 *   if (value instanceof Milestone m && m.responsibles().isEmpty()) {
 *     orphans.add(path);                        // cheap: nothing rendered yet
 *   }
 * });
 * orphans.forEach(p -> System.out.println(p.pointer()));   // "/plans/0/commitments/2/milestones/1"
 * ModelPath deliverable = orphans.get(0).property("deliverable");
 * }</pre>
 *
 * <p>Immutable and thread-safe; the rendered pointer is kept once computed. Two paths are equal when their pointers
 * are.
 *
 * @since 0.2.0
 */
public final class ModelPath {

  private static final ModelPath ROOT = new ModelPath(null, null, -1);

  private final ModelPath parent;
  /** The escaped reference token of this step, or null for the root and for a bare index step. */
  private final String token;
  /** The index token that follows {@link #token} (or stands alone), or -1. */
  private final int index;
  /** The rendered pointer, once asked for (a benign race: every thread computes the same string). */
  private String pointer;

  private ModelPath(ModelPath parent, String token, int index) {
    this.parent = parent;
    this.token = token;
    this.index = index;
    if (parent == null) {
      pointer = "";
    }
  }

  /**
   * The path of a walk's root value, whose pointer is {@code ""}.
   *
   * @return the root path, never null
   */
  public static ModelPath root() {
    return ROOT;
  }

  /**
   * The path of a property (an attribute, or a map key) of the value at this path.
   *
   * @param name the property name, unescaped, must not be null
   * @return the longer path, never null
   */
  public ModelPath property(String name) {
    return new ModelPath(this, ModelWalker.escape(Objects.requireNonNull(name, "name")), -1);
  }

  /**
   * The path of an element of the list (or set) at this path.
   *
   * @param index the element's index, not negative
   * @return the longer path, never null
   * @throws IllegalArgumentException if the index is negative
   */
  public ModelPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative index " + index);
    }
    return new ModelPath(this, null, index);
  }

  /** One step for an element of a list attribute ({@code /name/index}), with an already escaped token. */
  ModelPath element(String escapedToken, int index) {
    return new ModelPath(this, escapedToken, index);
  }

  /** One step for an attribute, with an already escaped token. */
  ModelPath escapedProperty(String escapedToken) {
    return new ModelPath(this, escapedToken, -1);
  }

  /**
   * Whether this is the root path.
   *
   * @return true for the root
   */
  public boolean isRoot() {
    return parent == null;
  }

  /**
   * The JSON Pointer of this path, such as {@code /plans/0/commitments/2}; {@code ""} for the root. Rendered on the
   * first call and kept.
   *
   * @return the pointer, never null
   */
  public String pointer() {
    String p = pointer;
    if (p == null) {
      String head = parent.pointer();
      StringBuilder s = new StringBuilder(head.length() + (token == null ? 0 : token.length() + 1) + 6).append(head);
      if (token != null) {
        s.append('/').append(token);
      }
      if (index >= 0) {
        s.append('/').append(index);
      }
      p = s.toString();
      pointer = p;
    }
    return p;
  }

  /**
   * The path as its JSON Pointer.
   *
   * @return {@link #pointer()}
   */
  @Override
  public String toString() {
    return pointer();
  }

  /**
   * Whether another object is a path with the same pointer.
   *
   * @param other any object, may be null
   * @return true for an equal path
   */
  @Override
  public boolean equals(Object other) {
    return other == this || (other instanceof ModelPath p && p.pointer().equals(pointer()));
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the pointer's hash code
   */
  @Override
  public int hashCode() {
    return pointer().hashCode();
  }
}
