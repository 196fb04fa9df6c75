package org.cocrea.research;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cocrea.validation.Finding;

/**
 * A file of a corpus that could not be read into an exercise (not JSON, too large, an unsupported schema version, a
 * folder that cannot be listed…), with the reader's findings saying why.
 *
 * <pre>{@code
 * corpus.failures().forEach(f -> System.out.println(f.source() + ": " + f.reason()));
 * }</pre>
 *
 * @param file the file, as found below the corpus root, never null
 * @param source the file's path relative to the corpus root, with {@code /} separators, never null
 * @param findings the reader's findings, located, never null and never empty
 * @since 0.1.0
 */
public record FailedFile(Path file, String source, List<Finding> findings) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if there is no finding
   */
  public FailedFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    findings = List.copyOf(findings);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a failed file needs the findings that say why: " + source);
    }
  }

  /**
   * Why the file could not be read: the messages of its findings, with their rule ids, joined by {@code "; "}.
   *
   * @return the reason, never null
   */
  public String reason() {
    return findings.stream().map(f -> f.ruleId() + " " + f.message()).collect(Collectors.joining("; "));
  }

  /**
   * The rule ids of the findings, in order, without repeats ({@code JSON-01}, {@code LIM-01}, {@code IO-01}…).
   *
   * @return the ids, never null
   */
  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).distinct().toList();
  }

  @Override
  public String toString() {
    return "FailedFile[" + source + ": " + reason() + "]";
  }
}
