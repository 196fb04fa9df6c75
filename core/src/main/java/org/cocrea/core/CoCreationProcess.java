package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a plan was co-created: call, timeline, diagnostic inputs, participatory tables and proposals with their reasoned responses (step 4).
 *
 * <p>Spanish term: <i>Proceso de cocreación</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * CoCreationProcess.builder().timelinePublishedOn(LocalDate.of(2015, 4, 20)).addTable(table).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface CoCreationProcess extends Recorded, RecordedParts {

  /**
   * The call to the tables.
   *
   * @return the value, or empty when not recorded
   */
  @Ref(PublicCall.class)
  Optional<@Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String> publicCallId();

  /**
   * When the timeline was published (CO-05) [S:OGP-ART].
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> timelinePublishedOn();

  /**
   * Diagnostic inputs (CO-09).
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid DiagnosticInput> diagnosticInputs();

  /**
   * Participatory tables.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid ParticipatoryTable> tables();

  /**
   * Proposals from the tables and what was done with them.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Proposal> proposals();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CoCreationProcess} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableCoCreationProcess.Builder {
    Builder() {}

    /**
     * Sets {@link CoCreationProcess#timelinePublishedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code timelinePublishedOn(PartialDate.parse("2016-09"))}.
     *
     * @param timelinePublishedOn the calendar day
     * @return this builder
     */
    public Builder timelinePublishedOn(LocalDate timelinePublishedOn) {
      timelinePublishedOn(PartialDate.of(timelinePublishedOn));
      return this;
    }
  }
}
