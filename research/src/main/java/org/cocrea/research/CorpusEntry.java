package org.cocrea.research;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.ValidationReport;
import org.cocrea.validation.Verdict;

/**
 * One exercise of a corpus: the file it was read from, the exercise, and its validation report (the reader's and the
 * rules' findings, located in the file). A file that could be read with problems is still an entry: its report does
 * not conform, and the analyses use what could be read.
 *
 * <pre>{@code
 * for (CorpusEntry e : corpus) {
 *   System.out.println(e.source() + " " + e.exerciseId() + " " + (e.report().conforms() ? "ok" : "no"));
 * }
 * }</pre>
 *
 * @param file the file, as found below the corpus root, never null
 * @param source the file's path relative to the corpus root, with {@code /} separators, never null
 * @param exercise the exercise read, never null
 * @param report the file's validation report, never null
 * @since 0.1.0
 */
public record CorpusEntry(Path file, String source, LocalExercise exercise, ValidationReport report) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public CorpusEntry {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(report, "report");
  }

  /**
   * The exercise's id.
   *
   * @return the id, never null
   */
  public String exerciseId() {
    return exercise.id();
  }

  /**
   * Whether the file conforms: no finding is an error.
   *
   * @return true when it conforms
   */
  public boolean conforms() {
    return report.conforms();
  }

  /**
   * The file's verdict ({@link ValidationReport#verdict()}): CONFORMS, DOES_NOT_CONFORM, or UNDETERMINED when no
   * error was found but an ERROR rule could not judge some subject because facts are not recorded.
   *
   * <pre>{@code
   * corpus.entries().stream().filter(e -> e.verdict() == Verdict.UNDETERMINED).forEach(System.out::println);
   * }</pre>
   *
   * @return the verdict, never null
   * @since 0.1.0
   */
  public Verdict verdict() {
    return report.verdict();
  }

  @Override
  public String toString() {
    return "CorpusEntry[" + source + ", " + exercise.id() + ", " + report.verdict().labelEn().toLowerCase(Locale.ROOT)
        + ", findings=" + report.findings().size() + "]";
  }
}
