package org.cocrea.validation.regime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocrea.core.GuarantorLegalNature;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.PartialDate;

/**
 * The guarantor regime of each state across the 2025 transparency reform, read from a CSV table: which regime was in
 * force in state S on date D ({@link #regimeOn(String, PartialDate)}), and whether INAI's accompaniment may be
 * demanded on D ({@link #federalRegimeOn(PartialDate)}). {@link #defaults()} is the table shipped with Cocrea (a
 * snapshot of early 2026, sources in {@code docs/reform-2025.md}); {@link #read(Path)} reads a user's own file in the
 * same format, because the snapshot will change. Immutable and thread-safe.
 *
 * <pre>{@code
 * StateRegimes table = StateRegimes.read(Path.of("regimes.csv"));  // or StateRegimes.defaults()
 * GuarantorRegime r = table.regimeOn("MX-JAL", PartialDate.parse("2026-02-01")); // SUCCESSOR_AUTHORITY
 * table.federalRegimeOn(PartialDate.parse("2025-03-20"));                       // AUTONOMOUS_BODY: INAI stands
 * CocreaValidator.create(ValidatorOptions.builder().regimes(table).build());
 * }</pre>
 *
 * <p><b>Format.</b> UTF-8 CSV (RFC 4180: commas, double quotes around a field that holds a comma, a quote doubled
 * inside); lines starting with {@code #} and blank lines are skipped. The first other line names the columns, in any
 * order: {@code state, name, old_body, old_acronym, successor, successor_nature, reform_published, extinguished_on,
 * successor_in_force, status, sources, notes}. {@code state} is an ISO 3166-2 code ({@code MX-VER}) or {@code MX}
 * for the federation, whose row is required; dates are {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, empty
 * when unknown; {@code status} is a {@link RegimeStatus} code; {@code sources} holds at least one source, several
 * separated by {@code |}. Any other problem is a {@link RegimeTableException} naming its line and column.
 *
 * <p><b>Reading a date.</b> Every date certainly before the federal reform's publication (the {@code MX} row's
 * {@code reform_published}, 2024-12-20) is under the old autonomous bodies in every state, known or not; after it,
 * the state's row decides ({@link StateRegime#on(PartialDate)}) and a state the table does not hold is
 * {@link GuarantorRegime#UNKNOWN}.
 *
 * @since 0.1.0
 */
public final class StateRegimes {

  /** The columns of the format, in the order of the shipped file. */
  public static final List<String> COLUMNS = List.of("state", "name", "old_body", "old_acronym", "successor",
      "successor_nature", "reform_published", "extinguished_on", "successor_in_force", "status", "sources", "notes");

  /** The legal natures a successor may have: the codes of {@link GuarantorLegalNature} (format 1.1). */
  public static final Set<String> LEGAL_NATURES = Arrays.stream(GuarantorLegalNature.values()).map(Enum::name)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final String RESOURCE = "state-regimes.csv";
  private static final Set<String> REQUIRED = Set.of("state", "name", "old_acronym", "status", "sources");
  private static final Pattern CODE = Pattern.compile("MX(-[A-Z]{3})?");
  /** Combining marks and runs of whitespace, as {@link #fold} drops and joins them (compiled once, not per name). */
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final StateRegimes DEFAULTS = loadDefaults();

  private final String source;
  private final Map<String, StateRegime> byState;
  private final StateRegime federal;

  private StateRegimes(String source, Map<String, StateRegime> byState, StateRegime federal) {
    this.source = source;
    this.byState = byState;
    this.federal = federal;
  }

  /**
   * The table shipped with Cocrea: 32 states and the federation, a snapshot of early 2026.
   *
   * @return the table, never null
   */
  public static StateRegimes defaults() {
    return DEFAULTS;
  }

  /**
   * Reads a user's table from a file.
   *
   * @param file the CSV file, must not be null
   * @return the table, never null
   * @throws RegimeTableException when the file cannot be read or is malformed (with the line and column)
   */
  public static StateRegimes read(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RegimeTableException(file.toString(), 1, 1, "regime.unreadable", e.getClass().getSimpleName() + ": "
          + e.getMessage());
    }
    return parse(decode(bytes, file.toString()), file.toString());
  }

  /**
   * Reads a table from its text.
   *
   * @param text the CSV text, must not be null
   * @param source a name for the text in messages (a file name), must not be null
   * @return the table, never null
   * @throws RegimeTableException when the text is malformed (with the line and column)
   */
  public static StateRegimes parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return new Reader(text, source).table();
  }

  /**
   * Where the table was read from: {@code "cocrea:state-regimes.csv"} for the shipped one, else the file.
   *
   * @return the name, never null
   */
  public String source() {
    return source;
  }

  /**
   * The rows, the federation's first, then the states in file order.
   *
   * @return the rows, never null
   */
  public List<StateRegime> rows() {
    return List.copyOf(byState.values());
  }

  /**
   * The federation's row (INAI and its successor).
   *
   * @return the row, never null
   */
  public StateRegime federal() {
    return federal;
  }

  /**
   * A state's row, by its ISO 3166-2 code ({@code MX-VER}) or its name ({@code Veracruz}, accents and case
   * ignored).
   *
   * @param codeOrName the code or name, must not be null
   * @return the row, or empty when the table does not hold the state
   */
  public Optional<StateRegime> state(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    StateRegime byCode = byState.get(codeOrName.trim().toUpperCase(Locale.ROOT));
    if (byCode != null) {
      return Optional.of(byCode);
    }
    String wanted = fold(codeOrName);
    return byState.values().stream().filter(r -> fold(r.name()).equals(wanted)).findFirst();
  }

  /**
   * The state of a jurisdiction: by its code when it is an ISO 3166-2 state code (or starts with one, {@code
   * MX-VER-087}), else by its name for a state, else by the name of the state a municipality belongs to.
   *
   * @param jurisdiction the jurisdiction, must not be null
   * @return the row, or empty when the table does not hold the state or the jurisdiction does not say
   */
  public Optional<StateRegime> stateOf(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Optional<StateRegime> byCode = jurisdiction.code()
        .map(c -> c.trim().toUpperCase(Locale.ROOT))
        .filter(c -> c.length() >= 6 && CODE.matcher(c.substring(0, 6)).matches())
        .map(c -> byState.get(c.substring(0, 6)));
    if (byCode.isPresent()) {
      return byCode;
    }
    boolean state = jurisdiction.level().map(l -> l.name().equals("STATE")).orElse(false);
    Optional<StateRegime> byName = state ? jurisdiction.name().flatMap(this::state) : Optional.empty();
    return byName.filter(r -> r != federal).or(() -> jurisdiction.parentName().flatMap(this::state))
        .filter(r -> r != federal);
  }

  /**
   * The regime in force in a state on a date. A date certainly before the federal reform is under the old bodies
   * everywhere; after it, the state's row decides ({@link StateRegime#on(PartialDate)}).
   *
   * @param codeOrName the state's code or name, must not be null
   * @param date the event's date, must not be null
   * @return the regime, never null ({@link GuarantorRegime#UNKNOWN} when the table cannot tell)
   */
  public GuarantorRegime regimeOn(String codeOrName, PartialDate date) {
    Objects.requireNonNull(date, "date");
    return regimeOn(state(codeOrName), date);
  }

  /**
   * The regime in force on a date in a state given by its row, or in a state the table does not hold (empty).
   *
   * @param state the state's row, or empty; must not be null
   * @param date the event's date, must not be null
   * @return the regime, never null
   */
  public GuarantorRegime regimeOn(Optional<StateRegime> state, PartialDate date) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(date, "date");
    if (beforeReform(date)) {
      return GuarantorRegime.AUTONOMOUS_BODY;
    }
    return state.filter(r -> r != federal).map(r -> r.on(date)).orElse(GuarantorRegime.UNKNOWN);
  }

  /**
   * The federal regime on a date: {@link GuarantorRegime#AUTONOMOUS_BODY} while INAI stood (up to 2025-03-20 in the
   * shipped table), when its accompaniment may be demanded.
   *
   * @param date the event's date, must not be null
   * @return the regime, never null
   */
  public GuarantorRegime federalRegimeOn(PartialDate date) {
    Objects.requireNonNull(date, "date");
    return beforeReform(date) ? GuarantorRegime.AUTONOMOUS_BODY : federal.on(date);
  }

  private boolean beforeReform(PartialDate date) {
    return federal.reformPublished().map(date::isCertainlyBefore).orElse(false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateRegimes other && source.equals(other.source) && byState.equals(other.byState);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, byState);
  }

  @Override
  public String toString() {
    return "StateRegimes[" + source + ", " + byState.size() + " rows]";
  }

  /** Lower case without accents, single spaces: how names are compared. */
  static String fold(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.matcher(d.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static StateRegimes loadDefaults() {
    String name = "cocrea:" + RESOURCE;
    try (InputStream in = StateRegimes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(decode(in.readAllBytes(), name), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String decode(byte[] bytes, String source) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new RegimeTableException(source, 1, 1, "regime.encoding");
    }
  }

  /** A field with where it starts. */
  private record Cell(String text, int line, int column) {}

  /** Reads the CSV text into rows, then the rows into a table. */
  private static final class Reader {
    private final String text;
    private final String source;
    private int pos;
    private int line = 1;
    private int column = 1;

    Reader(String text, String source) {
      this.text = text;
      this.source = source;
    }

    StateRegimes table() {
      List<Cell> header = null;
      Map<String, Integer> index = new LinkedHashMap<>();
      Map<String, StateRegime> rows = new LinkedHashMap<>();
      List<Cell> record;
      while ((record = nextRecord()) != null) {
        if (header == null) {
          header = record;
          for (int i = 0; i < record.size(); i++) {
            Cell c = record.get(i);
            String name = c.text().trim().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
              throw error(c, "regime.unknownColumn", c.text(), String.join(", ", COLUMNS));
            }
            if (index.put(name, i) != null) {
              throw error(c, "regime.duplicateColumn", name);
            }
          }
          for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !index.containsKey(required)) {
              throw error(record.get(0), "regime.missingColumn", required);
            }
          }
          continue;
        }
        if (record.size() != header.size()) {
          Cell at = record.size() > header.size() ? record.get(header.size()) : record.get(record.size() - 1);
          throw error(at, "regime.fieldCount", header.size(), record.size());
        }
        StateRegime row = row(record, index);
        if (rows.containsKey(row.state())) {
          throw error(record.get(index.get("state")), "regime.duplicateState", row.state(),
              rows.get(row.state()).line());
        }
        rows.put(row.state(), row);
      }
      if (header == null) {
        throw new RegimeTableException(source, line, 1, "regime.empty");
      }
      StateRegime federal = rows.get(StateRegime.FEDERATION);
      if (federal == null) {
        throw new RegimeTableException(source, line, 1, "regime.noFederation");
      }
      Map<String, StateRegime> ordered = new LinkedHashMap<>();
      ordered.put(federal.state(), federal);
      ordered.putAll(rows);
      return new StateRegimes(source, java.util.Collections.unmodifiableMap(ordered), federal);
    }

    private StateRegime row(List<Cell> record, Map<String, Integer> index) {
      Cell stateCell = cell(record, index, "state").orElseThrow();
      String state = stateCell.text().trim().toUpperCase(Locale.ROOT);
      if (!CODE.matcher(state).matches()) {
        throw error(stateCell, "regime.stateCode", stateCell.text());
      }
      String name = required(record, index, "name");
      String acronym = required(record, index, "old_acronym");
      Optional<String> nature = text(record, index, "successor_nature");
      if (nature.isPresent() && !LEGAL_NATURES.contains(nature.get())) {
        throw error(cell(record, index, "successor_nature").orElseThrow(), "regime.nature", nature.get(),
            String.join(", ", LEGAL_NATURES.stream().sorted().toList()));
      }
      Cell statusCell = cell(record, index, "status").orElseThrow();
      RegimeStatus status = Arrays.stream(RegimeStatus.values())
          .filter(s -> s.name().equals(statusCell.text().trim().toUpperCase(Locale.ROOT))).findFirst()
          .orElseThrow(() -> error(statusCell, "regime.status", statusCell.text(),
              String.join(", ", Arrays.stream(RegimeStatus.values()).map(Enum::name).toList())));
      Cell sourcesCell = cell(record, index, "sources").orElseThrow();
      List<String> sources = Arrays.stream(sourcesCell.text().split("\\|")).map(String::trim)
          .filter(s -> !s.isEmpty()).toList();
      if (sources.isEmpty()) {
        throw error(sourcesCell, "regime.noSource", state);
      }
      return new StateRegime(state, name, text(record, index, "old_body"), acronym, text(record, index, "successor"),
          nature, date(record, index, "reform_published"), date(record, index, "extinguished_on"),
          date(record, index, "successor_in_force"), status, sources, text(record, index, "notes"),
          stateCell.line());
    }

    private Optional<Cell> cell(List<Cell> record, Map<String, Integer> index, String column) {
      return Optional.ofNullable(index.get(column)).map(record::get);
    }

    private Optional<String> text(List<Cell> record, Map<String, Integer> index, String column) {
      return cell(record, index, column).map(c -> c.text().trim()).filter(t -> !t.isEmpty());
    }

    private String required(List<Cell> record, Map<String, Integer> index, String column) {
      Cell c = cell(record, index, column).orElseThrow();
      if (c.text().isBlank()) {
        throw error(c, "regime.required", column);
      }
      return c.text().trim();
    }

    private Optional<PartialDate> date(List<Cell> record, Map<String, Integer> index, String column) {
      Optional<String> t = text(record, index, column);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(PartialDate.parse(t.get()));
      } catch (IllegalArgumentException e) {
        throw error(cell(record, index, column).orElseThrow(), "regime.date", column, t.get());
      }
    }

    private RegimeTableException error(Cell at, String key, Object... args) {
      return new RegimeTableException(source, at.line(), at.column(), key, args);
    }

    /** The next record, comments and blank lines skipped; null at the end. */
    private List<Cell> nextRecord() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '#') {
          skipLine();
        } else if (c == '\n' || c == '\r') {
          newline();
        } else {
          return record();
        }
      }
      return null;
    }

    private List<Cell> record() {
      List<Cell> cells = new ArrayList<>();
      while (true) {
        cells.add(field());
        if (pos >= text.length()) {
          return cells;
        }
        char c = text.charAt(pos);
        if (c == ',') {
          advance();
        } else {
          newline();
          return cells;
        }
      }
    }

    private Cell field() {
      int startLine = line;
      int startColumn = column;
      StringBuilder sb = new StringBuilder();
      if (pos < text.length() && text.charAt(pos) == '"') {
        advance();
        while (true) {
          if (pos >= text.length()) {
            throw new RegimeTableException(source, startLine, startColumn, "regime.unterminatedQuote");
          }
          char c = text.charAt(pos);
          if (c == '"') {
            if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
              sb.append('"');
              advance();
              advance();
            } else {
              advance();
              break;
            }
          } else if (c == '\n' || c == '\r') {
            sb.append('\n');
            newline();
          } else {
            sb.append(c);
            advance();
          }
        }
        if (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != '\n'
            && text.charAt(pos) != '\r') {
          throw new RegimeTableException(source, line, column, "regime.afterQuote");
        }
        return new Cell(sb.toString(), startLine, startColumn);
      }
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == ',' || c == '\n' || c == '\r') {
          break;
        }
        if (c == '"') {
          throw new RegimeTableException(source, line, column, "regime.strayQuote");
        }
        sb.append(c);
        advance();
      }
      return new Cell(sb.toString(), startLine, startColumn);
    }

    private void advance() {
      pos++;
      column++;
    }

    private void newline() {
      if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
        pos++;
      }
      pos++;
      line++;
      column = 1;
    }

    private void skipLine() {
      while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
        pos++;
      }
      if (pos < text.length()) {
        newline();
      }
    }
  }
}
