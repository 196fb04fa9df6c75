package org.cocrea.core;

import jakarta.validation.Valid;
import java.util.Optional;

/**
 * A model element that can say where its data came from: the shared provenance facet of format 1.1
 * (real-records.md §2). Every element a user transcribes has it (through {@link Recorded}), and so do the small values
 * of 1.1 that carry their own source ({@link StatedCount}, {@link Assessor}, {@link AlternativeTitle},
 * {@link OrganizationName}). An element's provenance covers what it holds unless that has its own.
 *
 * <pre>{@code
 * Commitment c = Commitment.builder().id("c-1")
 *     .provenance(Provenance.builder().addSources(SourceCitation.builder().sourceId("pal").locator("p. 14").build())
 *         .build())
 *     .build();
 * c.provenance().ifPresent(p -> System.out.println(p.sources().get(0).locator().orElse("")));
 * }</pre>
 *
 * @since 0.2.0
 */
public interface Sourced {

  /**
   * Where this element's data came from: sources (with page or section), notes, whether text was cut short, and
   * per-property detail.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Valid Provenance> provenance();
}
