package org.cocrea.research.stats;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.research.CorpusStatistics;

/**
 * Writes a corpus's {@link CorpusStatistics} in one {@link StatsFormat}. Writers are stateless and thread-safe; get one
 * with {@link #of(StatsFormat)}. Texts are in the language asked for (Spanish es-MX by default, or English); codes in
 * JSON and CSV are the model's constant names whatever the language.
 *
 * <pre>{@code
 * CorpusStatistics stats = corpus.statistics(LocalDate.of(2018, 12, 31));
 * try (Writer out = Files.newBufferedWriter(Path.of("stats.html"))) {
 *   StatsWriter.of(StatsFormat.HTML).write(stats, Locale.ENGLISH, out);
 * }
 * System.out.print(StatsWriter.of(StatsFormat.TEXT).render(stats, Locale.forLanguageTag("es-MX")));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface StatsWriter {

  /**
   * The writer of a format.
   *
   * @param format the format, must not be null
   * @return the writer, never null
   */
  static StatsWriter of(StatsFormat format) {
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case TEXT -> new StatsTextWriter();
      case JSON -> new StatsJsonWriter();
      case CSV -> new StatsCsvWriter();
      case HTML -> new StatsHtmlWriter();
    };
  }

  /**
   * The format this writer produces.
   *
   * @return the format, never null
   */
  StatsFormat format();

  /**
   * Writes the statistics. The writer is flushed, not closed.
   *
   * @param stats the statistics, must not be null
   * @param locale the language of texts: English for {@code en}, Spanish (es-MX) otherwise; must not be null
   * @param out where to write, must not be null
   * @throws IOException if writing fails
   */
  void write(CorpusStatistics stats, Locale locale, Writer out) throws IOException;

  /**
   * The statistics as a string.
   *
   * @param stats the statistics, must not be null
   * @param locale the language of texts, must not be null
   * @return the text, never null
   */
  default String render(CorpusStatistics stats, Locale locale) {
    StringWriter out = new StringWriter();
    try {
      write(stats, locale, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
