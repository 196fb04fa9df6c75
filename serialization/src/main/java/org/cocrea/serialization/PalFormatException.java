package org.cocrea.serialization;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cocrea.validation.Finding;

/**
 * Thrown when trusted JSON ({@link CocreaJson#read(String)}) cannot be read into the model: malformed JSON, a
 * missing or unsupported {@code schemaVersion}, or values the model cannot hold. It carries every problem found, as
 * located findings. Untrusted files are read with {@link PalReader}, which never throws for bad content.
 *
 * <pre>{@code
 * try {
 *   LocalExercise exercise = CocreaJson.read(json);
 * } catch (PalFormatException e) {
 *   e.findings().forEach(System.err::println);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PalFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The findings; a list copy of records, serializable in practice. */
  private final transient List<Finding> findings;

  /**
   * An exception for the given findings.
   *
   * @param findings what is wrong, must not be null or empty
   * @throws IllegalArgumentException if there is no finding
   */
  public PalFormatException(List<Finding> findings) {
    super(summary(findings));
    this.findings = List.copyOf(findings);
  }

  /**
   * Every problem found, located (line and column) where possible.
   *
   * @return the findings, never null, never empty
   */
  public List<Finding> findings() {
    return findings;
  }

  private static String summary(List<Finding> findings) {
    Objects.requireNonNull(findings, "findings");
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("findings must not be empty");
    }
    String head = findings.stream().limit(5).map(Finding::toString).collect(Collectors.joining("; "));
    return findings.size() > 5 ? head + "; … (" + findings.size() + " in all)" : head;
  }
}
