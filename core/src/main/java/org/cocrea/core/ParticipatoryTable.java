package org.cocrea.core;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participatory table (mesa) where government, civil society and the guarantor body co-create (step 4) [S:SRC][S:APT].
 *
 * <p>Spanish term: <i>Mesa participativa</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * ParticipatoryTable.builder().id("t-1").kind(TableKind.THEMATIC).theme("Salud").date(LocalDate.of(2015, 5, 20)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface ParticipatoryTable extends Recorded, RecordedParts {

  /**
   * Identifier.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * Kind.
   *
   * @return the value, or empty when not recorded
   */
  Optional<TableKind> kind();

  /**
   * Theme.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> theme();

  /**
   * Date held.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> date();

  /**
   * City.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> city();

  /**
   * Venue.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> venue();

  /**
   * IAP2 level (CO-08).
   *
   * @return the value, or empty when not recorded
   */
  Optional<Iap2Level> participationLevel();

  /**
   * Technique.
   *
   * @return the value, or empty when not recorded
   */
  Optional<Technique> technique();

  /**
   * Who took part.
   *
   * @return the elements, never null, possibly empty
   */
  List<@Valid Participation> participants();

  /**
   * Table report (relatoría).
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> reportUrl();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParticipatoryTable} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutableParticipatoryTable.Builder {
    Builder() {}

    /**
     * Sets {@link ParticipatoryTable#date()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code date(PartialDate.parse("2016-09"))}.
     *
     * @param date the calendar day
     * @return this builder
     */
    public Builder date(LocalDate date) {
      date(PartialDate.of(date));
      return this;
    }
  }
}
