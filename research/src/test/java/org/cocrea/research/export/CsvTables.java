package org.cocrea.research.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Reads exported CSV files back with Jackson CSV, as a researcher's script would. */
public final class CsvTables {

  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private CsvTables() {}

  /** The rows of a CSV file with a header, as column-to-cell maps (empty cells as empty strings). */
  public static List<Map<String, String>> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = MAPPER.readerFor(Map.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    }
    return rows;
  }

  /** The header row of a CSV file. */
  public static List<String> header(Path file) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
    return List.of(first.split(",", -1));
  }
}
