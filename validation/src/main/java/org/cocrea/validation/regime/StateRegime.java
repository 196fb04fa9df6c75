package org.cocrea.validation.regime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.PartialDate;

/**
 * One row of the regime table: a state (or the federation, code {@code MX}), its old guarantor body, the authority
 * that succeeds it, the reform's dates as precise as the sources give them, its status and its sources.
 *
 * <pre>{@code
 * StateRegime veracruz = StateRegimes.defaults().state("MX-VER").orElseThrow();
 * veracruz.oldBodyAcronym();                          // "IVAI"
 * veracruz.extinguishedOn();                          // Optional[2025-07-01]
 * veracruz.on(PartialDate.parse("2025-07-01"));       // SUCCESSOR_AUTHORITY
 * }</pre>
 *
 * @param state the ISO 3166-2 code ({@code MX-VER}), or {@code MX} for the federation, never null
 * @param name the state's name, never null
 * @param oldBodyName the old guarantor body's name, when the table gives it
 * @param oldBodyAcronym the old guarantor body's acronym ({@code IVAI}; several separated by {@code |} for a body
 *     renamed over time, {@code OGAIPO|IAIP}), never null
 * @param successorName the successor authority, when known
 * @param successorLegalNature the successor's legal nature, a code of the 1.1 format ({@code
 *     DECONCENTRATED_EXECUTIVE_BODY}, {@code EXECUTIVE_SECRETARIAT_OR_COMPTROLLER}…), when known
 * @param reformPublished when the state's reform was published or approved, when known
 * @param extinguishedOn the first day the old body no longer stands, when known
 * @param successorInForce the day the successor authority took over, when known
 * @param status where the state stood at the snapshot, never null
 * @param sources the row's sources, at least one, never null
 * @param notes what the sources add, when any
 * @param line the row's line in its file (1-based)
 * @since 0.1.0
 */
public record StateRegime(String state, String name, Optional<String> oldBodyName, String oldBodyAcronym,
    Optional<String> successorName, Optional<String> successorLegalNature, Optional<PartialDate> reformPublished,
    Optional<PartialDate> extinguishedOn, Optional<PartialDate> successorInForce, RegimeStatus status,
    List<String> sources, Optional<String> notes, int line) {

  /** The code of the federation's row. */
  public static final String FEDERATION = "MX";

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there is no source
   */
  public StateRegime {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(oldBodyName, "oldBodyName");
    Objects.requireNonNull(oldBodyAcronym, "oldBodyAcronym");
    Objects.requireNonNull(successorName, "successorName");
    Objects.requireNonNull(successorLegalNature, "successorLegalNature");
    Objects.requireNonNull(reformPublished, "reformPublished");
    Objects.requireNonNull(extinguishedOn, "extinguishedOn");
    Objects.requireNonNull(successorInForce, "successorInForce");
    Objects.requireNonNull(status, "status");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a row needs at least one source: " + state);
    }
    Objects.requireNonNull(notes, "notes");
  }

  /**
   * The day from which the successor regime holds: {@link #extinguishedOn()}, or {@link #successorInForce()} when
   * the extinction's date is not known.
   *
   * @return the date, or empty when neither is known
   */
  public Optional<PartialDate> regimeChange() {
    return extinguishedOn.or(() -> successorInForce);
  }

  /**
   * The regime in force on a date in this state. With a date of change ({@link #regimeChange()}): the old body's
   * regime certainly before it, the successor's on it or certainly after it, {@link GuarantorRegime#UNKNOWN} when the
   * precision of either date cannot tell (an event in {@code 2025-07} against a change on {@code 2025-07-01} is
   * after; against {@code 2025-07-15} it is unknown). Without one: a {@link RegimeStatus#PENDING} state keeps its old
   * body; otherwise a date certainly before {@link #reformPublished()} is under the old body, any other unknown.
   *
   * @param date the event's date, must not be null
   * @return the regime, never null
   */
  public GuarantorRegime on(PartialDate date) {
    Objects.requireNonNull(date, "date");
    Optional<PartialDate> change = regimeChange();
    if (change.isPresent()) {
      PartialDate c = change.get();
      if (date.isCertainlyBefore(c)) {
        return GuarantorRegime.AUTONOMOUS_BODY;
      }
      return date.earliest().isBefore(c.latest()) ? GuarantorRegime.UNKNOWN : GuarantorRegime.SUCCESSOR_AUTHORITY;
    }
    if (status == RegimeStatus.PENDING) {
      return GuarantorRegime.AUTONOMOUS_BODY;
    }
    if (reformPublished.isPresent() && date.isCertainlyBefore(reformPublished.get())) {
      return GuarantorRegime.AUTONOMOUS_BODY;
    }
    return GuarantorRegime.UNKNOWN;
  }

  /**
   * Whether an organisation is this row's old body: its acronym is the row's (several may be given, separated by
   * {@code |}, for a body renamed over time), or its name is the row's, accents, case and spacing ignored.
   *
   * <p>Example: {@code row.isOldBody(Optional.of("IVAI"), Optional.empty())} for Veracruz is true.
   *
   * @param acronym the organisation's acronym, must not be null
   * @param name the organisation's name, must not be null
   * @return whether it is the old body
   */
  public boolean isOldBody(Optional<String> acronym, Optional<String> name) {
    boolean byAcronym = acronym.map(a -> java.util.Arrays.stream(oldBodyAcronym.split("\\|"))
        .anyMatch(b -> b.trim().equalsIgnoreCase(a.trim()))).orElse(false);
    boolean byName = name.flatMap(n -> oldBodyName.map(b -> StateRegimes.fold(b).equals(StateRegimes.fold(n))))
        .orElse(false);
    return byAcronym || byName;
  }

  /**
   * The successor named for messages: its name, or a dash when the table does not know it.
   *
   * @return the text, never null
   */
  public String successorOrDash() {
    return successorName.orElse("—");
  }
}
