/**
 * The immutable domain model of INAI's "Gobierno Abierto: Cocreación desde lo Local": a {@link
 * org.cocrea.core.LocalExercise} with its joint declarations, Local Technical Secretariat ({@link
 * org.cocrea.core.LocalTechnicalSecretariat}, STL), participatory tables and Local Action Plans ({@link
 * org.cocrea.core.LocalActionPlan}, PAL) of commitments and milestones, tracked and evaluated along the six steps of
 * {@link org.cocrea.core.Step}.
 *
 * <p>Every type is immutable and built with {@code X.builder()}. Builders accept incomplete or wrong data on purpose:
 * only identifiers are mandatory, so that a validator can report every problem of a plan at once. Actors are declared
 * once in the exercise's registries and referenced by id ({@link org.cocrea.core.Ref}); {@link
 * org.cocrea.core.References} checks those references and {@link org.cocrea.core.ExerciseIndex} resolves them.
 *
 * <p>Real records (format 1.1): an exercise declares what kind of record it is ({@link
 * org.cocrea.core.RecordDeclaration}); every element can declare its {@link org.cocrea.core.Completeness} and its
 * {@link org.cocrea.core.Provenance} through the shared facets {@link org.cocrea.core.Recorded}, {@link
 * org.cocrea.core.RecordedParts} and {@link org.cocrea.core.Sourced}; {@link org.cocrea.core.Recording} answers
 * "is this part recorded?"; dates as precise as their source are {@link org.cocrea.core.PartialDate}s; a body or
 * person only named in a source is carried as text ({@code …Name}, {@code …Names}) beside the identifier references.
 *
 * <p>This package depends on nothing but {@code jakarta.validation-api} (constraint annotations) and Immutables'
 * annotations: no JSON library, no validator implementation.
 *
 * @since 0.1.0
 */
@Value.Style(
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"person:people", "attendance:attendance", "completeness:completeness"},
    overshadowImplementation = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = false))
package org.cocrea.core;

import org.immutables.value.Value;
