package org.cocrea.core;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A public call (convocatoria) for STL seats or table participants [S:APT][S:YUC].
 *
 * <p>Spanish term: <i>Convocatoria pública</i>. Builders hold incomplete or wrong data on purpose (only the identifier, where there
 * is one, is mandatory): checks belong to the validator, which reports every problem at once.
 *
 * <pre>{@code
 * PublicCall.builder().id("call-1").purpose(CallPurpose.STL_SEAT).publishedOn(LocalDate.of(2016, 8, 1)).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@ModelConstraints
@Value.Immutable
public interface PublicCall extends Recorded, RecordedParts {

  /**
   * Identifier of the call.
   *
   * @return never null
   */
  @NotBlank @Size(max = Constraints.ID_MAX) @Pattern(regexp = Constraints.ID_PATTERN) String id();

  /**
   * What it is for.
   *
   * @return the value, or empty when not recorded
   */
  Optional<CallPurpose> purpose();

  /**
   * Publication date.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> publishedOn();

  /**
   * Closing date.
   *
   * @return the date as precise as the source gives it (a year, a month or a day: the precision is kept,
   *     no day is invented), or empty when not recorded
   */
  Optional<PartialDate> closesOn();

  /**
   * Channels used.
   *
   * @return the elements, never null, possibly empty
   */
  Set<Channel> channels();

  /**
   * Where it was published.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.URL_PATTERN) String> url();

  /**
   * Who could apply.
   *
   * @return the value, or empty when not recorded
   */
  Optional<@Size(max = Constraints.TEXT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> eligibility();

  /**
   * Documents required [S:YUC].
   *
   * @return the elements, never null, possibly empty
   */
  List<@Size(max = Constraints.SHORT_MAX) @Pattern(regexp = Constraints.NOT_BLANK) String> requiredDocuments();

  /**
   * A new, empty builder.
   *
   * @return a builder, never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PublicCall} values; obtain one from {@link #builder()}. */
  final class Builder extends ImmutablePublicCall.Builder {
    Builder() {}

    /**
     * Sets {@link PublicCall#publishedOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code publishedOn(PartialDate.parse("2016-09"))}.
     *
     * @param publishedOn the calendar day
     * @return this builder
     */
    public Builder publishedOn(LocalDate publishedOn) {
      publishedOn(PartialDate.of(publishedOn));
      return this;
    }

    /**
     * Sets {@link PublicCall#closesOn()} to a day-precision date ({@link PartialDate#of(LocalDate)}); a month or a year
     * is set with the {@code PartialDate} form, e.g. {@code closesOn(PartialDate.parse("2016-09"))}.
     *
     * @param closesOn the calendar day
     * @return this builder
     */
    public Builder closesOn(LocalDate closesOn) {
      closesOn(PartialDate.of(closesOn));
      return this;
    }
  }
}
