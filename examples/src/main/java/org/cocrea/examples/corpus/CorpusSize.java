package org.cocrea.examples.corpus;

import org.cocrea.testkit.RandomExercises;

/**
 * The size of a generated exercise: S (one plan, 5 commitments), M (two plans, 50 commitments, about 300 milestones and
 * 100 organisations) or L (four plans, 2,000 commitments, about 12,000 milestones and 400 organisations).
 *
 * <pre>{@code
 * CorpusSize size = CorpusSize.parse("m");     // CorpusSize.M
 * int commitments = size.commitments();        // 50
 * }</pre>
 *
 * @since 0.1.0
 */
public enum CorpusSize {
  /** One plan of 5 commitments. */
  S(RandomExercises.Size.S),
  /** Two plans, 50 commitments, about 300 milestones and 100 organisations. */
  M(RandomExercises.Size.M),
  /** Four plans, 2,000 commitments, about 12,000 milestones and 400 organisations. */
  L(RandomExercises.Size.L);

  private final RandomExercises.Size generatorSize;

  CorpusSize(RandomExercises.Size generatorSize) {
    this.generatorSize = generatorSize;
  }

  /**
   * The number of commitments an exercise of this size has.
   *
   * @return the number of commitments
   */
  public int commitments() {
    return generatorSize.commitments();
  }

  /** The test kit's size. */
  RandomExercises.Size generatorSize() {
    return generatorSize;
  }

  /**
   * The size with a name, in any case ({@code s}, {@code M}).
   *
   * @param name the name, must not be null
   * @return the size
   * @throws IllegalArgumentException if no size has that name
   */
  public static CorpusSize parse(String name) {
    java.util.Objects.requireNonNull(name, "name");
    for (CorpusSize s : values()) {
      if (s.name().equalsIgnoreCase(name.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("size must be S, M or L: " + name);
  }
}
