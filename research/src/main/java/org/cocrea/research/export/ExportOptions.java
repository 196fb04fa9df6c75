package org.cocrea.research.export;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a CSV export includes. Immutable. By default exports are fit for publication: the names of private persons,
 * emails and phone numbers are left out (names of public servants stay, as public information).
 *
 * <pre>{@code
 * ExportOptions options = ExportOptions.builder().asOf(LocalDate.of(2018, 12, 31)).build();
 * ExportOptions internal = ExportOptions.builder().includePersonalData(true).build();   // not for publication
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExportOptions {

  private static final ExportOptions DEFAULTS = builder().build();

  private final boolean includePersonalData;
  private final LocalDate asOf;
  private final boolean byteOrderMark;

  private ExportOptions(Builder b) {
    this.includePersonalData = b.includePersonalData;
    this.asOf = b.asOf;
    this.byteOrderMark = b.byteOrderMark;
  }

  /**
   * The defaults: no personal data, status as of each report's as-of date, no byte-order mark.
   *
   * @return the default options, never null
   */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether the names of private persons, and everyone's email and phone, are exported.
   *
   * @return true only when the caller asked for personal data
   */
  public boolean includePersonalData() {
    return includePersonalData;
  }

  /**
   * The date milestone and commitment status columns are computed as of.
   *
   * @return the date, or empty to use each report's as-of date (and leave the columns empty when it has none)
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Whether each file starts with a UTF-8 byte-order mark, which some spreadsheet programs need to read UTF-8.
   *
   * @return true to write the mark
   */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  @Override
  public String toString() {
    return "ExportOptions[includePersonalData=" + includePersonalData + ", asOf=" + asOf + ", byteOrderMark="
        + byteOrderMark + "]";
  }

  /** Builds {@link ExportOptions}. Not thread-safe. */
  public static final class Builder {
    private boolean includePersonalData;
    private LocalDate asOf;
    private boolean byteOrderMark;

    private Builder() {}

    /**
     * Sets whether personal data is exported: the names of private persons, emails and phone numbers.
     *
     * @param include true to export them (the files are then not fit for publication)
     * @return this builder
     */
    public Builder includePersonalData(boolean include) {
      this.includePersonalData = include;
      return this;
    }

    /**
     * Sets the date milestone and commitment status columns are computed as of.
     *
     * @param asOf the date, must not be null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets whether each file starts with a UTF-8 byte-order mark.
     *
     * @param mark true to write it
     * @return this builder
     */
    public Builder byteOrderMark(boolean mark) {
      this.byteOrderMark = mark;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, never null
     */
    public ExportOptions build() {
      return new ExportOptions(this);
    }
  }
}
