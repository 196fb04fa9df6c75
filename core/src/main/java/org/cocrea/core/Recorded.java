package org.cocrea.core;

import java.util.Optional;

/**
 * A model element that can declare how complete its record is: the shared completeness facet of format 1.1, on every
 * element of the model except the exercise itself (whose declaration is {@link RecordDeclaration#completeness()})
 * (real-records.md §2). The narrowest declaration wins; {@link Recording} resolves it.
 *
 * <pre>{@code
 * Commitment c = Commitment.builder().id("c-1").completeness(Completeness.PARTIAL).build();
 * Completeness milestones = Recording.of(exercise, c, "milestones"); // PARTIAL unless the list says otherwise
 * }</pre>
 *
 * @since 0.2.0
 */
public interface Recorded extends Sourced {

  /**
   * How complete the record of this element and of what it holds is, when declared here.
   *
   * @return the declaration, or empty when this element declares none (it then has that of what holds it)
   */
  Optional<Completeness> completeness();
}
