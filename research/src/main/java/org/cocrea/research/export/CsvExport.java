package org.cocrea.research.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cocrea.research.Corpus;
import org.cocrea.research.CorpusEntry;
import org.cocrea.research.CorpusVisitor;
import org.cocrea.research.FailedFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a corpus as tidy CSV tables ({@link ExportTable}), ready for pandas, R and spreadsheets: one UTF-8 file per
 * table with a header row, one row per observation, RFC 4180 quoting, {@code \n} line ends. Personal data is left out
 * unless {@link ExportOptions#includePersonalData()} asks for it.
 *
 * <pre>{@code
 * List<Path> files = CsvExport.write(corpus, Path.of("pal-csv"));
 * // streaming, for corpora too large to hold in memory:
 * try (CsvExport export = CsvExport.open(Path.of("pal-csv"), ExportOptions.defaults())) {
 *   Corpus.scan(Path.of("corpus"), options, export);
 * }
 * }</pre>
 *
 * <p>An open export is a {@link CorpusVisitor}: it writes each file's rows as they arrive, so a corpus of any size is
 * exported without holding it. Not thread-safe; close it to flush the files.
 *
 * @since 0.1.0
 */
public final class CsvExport implements CorpusVisitor, Closeable {

  /** Quotes a cell only when it needs it (by default Jackson quotes every cell longer than 24 characters). */
  private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private final Path directory;
  private final ExportOptions options;
  private final Map<ExportTable, Writer> files = new EnumMap<>(ExportTable.class);
  private final Map<ExportTable, SequenceWriter> writers = new EnumMap<>(ExportTable.class);
  private final Map<ExportTable, Long> counts = new EnumMap<>(ExportTable.class);

  private CsvExport(Path directory, ExportOptions options) {
    this.directory = directory;
    this.options = options;
  }

  /**
   * Opens an export: creates the directory if needed and every table's file (replacing files of the same names),
   * with its header row.
   *
   * @param directory where to write the tables, must not be null
   * @param options what to include, must not be null
   * @return the open export, never null
   * @throws UncheckedIOException if a file cannot be created
   */
  public static CsvExport open(Path directory, ExportOptions options) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(options, "options");
    CsvExport export = new CsvExport(directory, options);
    try {
      Files.createDirectories(directory);
      for (ExportTable table : ExportTable.values()) {
        Writer out = Files.newBufferedWriter(directory.resolve(table.fileName()), StandardCharsets.UTF_8);
        export.files.put(table, out);
        if (options.byteOrderMark()) {
          out.write('\uFEFF');
        }
        export.writers.put(table, MAPPER.writer(schema(table)).writeValues(out));
        export.counts.put(table, 0L);
      }
    } catch (IOException | JacksonException e) {
      export.closeQuietly();
      throw new UncheckedIOException("cannot create the CSV files in " + directory,
          e instanceof IOException io ? io : new IOException(e));
    }
    return export;
  }

  /**
   * Exports a corpus held in memory with the default options (no personal data).
   *
   * @param corpus the corpus, must not be null
   * @param directory where to write the tables, must not be null
   * @return the files written, in {@link ExportTable} order, never null
   * @throws UncheckedIOException if writing fails
   */
  public static List<Path> write(Corpus corpus, Path directory) {
    return write(corpus, directory, ExportOptions.defaults());
  }

  /**
   * Exports a corpus held in memory: its entries, then its failed files.
   *
   * @param corpus the corpus, must not be null
   * @param directory where to write the tables, must not be null
   * @param options what to include, must not be null
   * @return the files written, in {@link ExportTable} order, never null
   * @throws UncheckedIOException if writing fails
   */
  public static List<Path> write(Corpus corpus, Path directory, ExportOptions options) {
    Objects.requireNonNull(corpus, "corpus");
    try (CsvExport export = open(directory, options)) {
      corpus.entries().forEach(export::exercise);
      corpus.failures().forEach(export::failed);
      return export.paths();
    }
  }

  /**
   * The header-only schema of a table, as Jackson CSV reads and writes it.
   *
   * @param table the table, must not be null
   * @return the schema, with a header row, never null
   */
  public static CsvSchema schema(ExportTable table) {
    CsvSchema.Builder b = CsvSchema.builder();
    table.columns().forEach(b::addColumn);
    return b.build().withHeader().withLineSeparator("\n");
  }

  /**
   * The files of this export, in {@link ExportTable} order.
   *
   * @return the paths, never null
   */
  public List<Path> paths() {
    List<Path> paths = new ArrayList<>();
    for (ExportTable t : ExportTable.values()) {
      paths.add(directory.resolve(t.fileName()));
    }
    return paths;
  }

  /**
   * How many rows each table has received so far (headers not counted).
   *
   * @return the counts, never null
   */
  public Map<ExportTable, Long> rowCounts() {
    return Map.copyOf(counts);
  }

  /**
   * Writes the rows of an exercise read from a file.
   *
   * @param entry the entry, must not be null
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void exercise(CorpusEntry entry) {
    Objects.requireNonNull(entry, "entry");
    write(TidyRows.of(entry, options));
  }

  /**
   * Writes the rows of a file that could not be read: a {@code files.csv} row and its findings.
   *
   * @param file the failed file, must not be null
   * @throws UncheckedIOException if writing fails
   */
  @Override
  public void failed(FailedFile file) {
    Objects.requireNonNull(file, "file");
    write(TidyRows.of(file));
  }

  private void write(List<Row> rows) {
    if (writers.isEmpty()) {
      throw new IllegalStateException("the export is closed");
    }
    try {
      for (Row r : rows) {
        writers.get(r.table()).write(r.cells());
        counts.merge(r.table(), 1L, Long::sum);
      }
    } catch (JacksonException e) {
      throw new UncheckedIOException("cannot write the CSV files in " + directory, new IOException(e));
    }
  }

  /**
   * Flushes and closes every file.
   *
   * @throws UncheckedIOException if a file cannot be closed
   */
  @Override
  public void close() {
    IOException failure = null;
    for (ExportTable t : ExportTable.values()) {
      try {
        SequenceWriter w = writers.remove(t);
        if (w != null) {
          w.close();
        }
        Writer f = files.remove(t);
        if (f != null) {
          f.close();
        }
      } catch (IOException | JacksonException e) {
        failure = failure != null ? failure : e instanceof IOException io ? io : new IOException(e);
      }
    }
    if (failure != null) {
      throw new UncheckedIOException("cannot close the CSV files in " + directory, failure);
    }
  }

  private void closeQuietly() {
    try {
      close();
    } catch (UncheckedIOException ignored) {
      // the original failure is reported
    }
  }

  @Override
  public String toString() {
    return "CsvExport[" + directory + ", " + options + "]";
  }
}
