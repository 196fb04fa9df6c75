package org.cocrea.core;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;

/**
 * A model element with lists that can declare, per list, how complete it is and how many items its sources state:
 * the shared facet of format 1.1 for parts (real-records.md §2, §7). Keys and {@link StatedCount#of()} name one of the
 * element's list properties ({@code "milestones"}, {@code "members"}); the schema checks that per element.
 *
 * <pre>{@code
 * Commitment c = Commitment.builder().id("c-1")
 *     .putPartCompleteness("milestones", Completeness.PARTIAL)
 *     .addStatedCounts(StatedCount.builder().of("milestones").count(5).build())
 *     .build();
 * }</pre>
 *
 * @since 0.2.0
 */
public interface RecordedParts {

  /**
   * Completeness declared for some of this element's lists, by list property name; it stands over the element's own
   * declaration for that list. The names are checked by the schema (each object's own list properties).
   *
   * @return the declarations, never null, possibly empty
   */
  Map<String, Completeness> partCompleteness();

  /**
   * How many items the sources say some of this element's lists have, listed or not ("12 compromisos").
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid StatedCount> statedCounts();
}
