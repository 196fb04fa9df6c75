package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What kind of record a document is: complete or partial, how, when and by whom it was captured, and from which sources (format 1.1, real-records.md §2). Held by {@link LocalExercise#record()} and written at the root of the document as {@code "record"}; absent means a complete record, which is how every 1.0 file reads. Not named {@code Record}, which would shadow {@code java.lang.Record}.
 *
 * <p>Builders hold incomplete or wrong data on purpose: checks belong to the schema and the validator.
 *
 * <pre>{@code
 * RecordDeclaration.builder().completeness(Completeness.PARTIAL).method(RecordMethod.TRANSCRIPTION).addCapturedBy("Equipo Cocrea").capturedOn(PartialDate.parse("2026-11")).build();
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
public interface RecordDeclaration {

  /**
   * How complete the whole record is; absent means {@link Completeness#COMPLETE}.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Completeness> completeness();

  /**
   * How the record was made.
   *
   * @return the value, or empty when not recorded
   */
  Optional<RecordMethod> method();

  /**
   * Who captured it (names).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> capturedBy();

  /**
   * When it was captured.
   *
   * @return the value, or empty when not recorded
   */
  Optional<PartialDate> capturedOn();

  /**
   * The language of the record's texts, a BCP 47 tag.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = 35) @Pattern(regexp = Constraints.LANGUAGE_TAG_PATTERN) String> language();

  /**
   * The sources read, cited by identifier from each element's provenance.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Source> sources();

  /**
   * Notes about the record as a whole.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> notes();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RecordDeclaration} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableRecordDeclaration.Builder {
    Builder() {}
  }
}
