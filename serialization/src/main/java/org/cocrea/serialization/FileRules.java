package org.cocrea.serialization;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.validation.Severity;

/**
 * The file-level rules of the PAL reader: what a file must be before its exercise can be checked. All are errors.
 *
 * <ul>
 *   <li>{@code JSON-01} well-formed JSON with an object at the root; {@code JSON-02} UTF-8 encoding;
 *       {@code JSON-03} no repeated key in an object;</li>
 *   <li>{@code LIM-01} file size, {@code LIM-02} nesting depth, {@code LIM-03} string length, {@code LIM-04} number
 *       length, {@code LIM-05} number of JSON tokens (see {@link ReaderOptions});</li>
 *   <li>{@code SCH-01} the JSON Schema, {@code SCH-02} a supported {@code schemaVersion};</li>
 *   <li>{@code BND-01} a value the model cannot hold; {@code IO-01} a file that cannot be read;</li>
 *   <li>{@code INT-01} the file could be checked without an internal error (a bug in cocrea, or the stack or heap
 *       exhausted by it): the finding names the exception's class, and the run goes on with the next file.</li>
 * </ul>
 *
 * <pre>{@code
 * FileRules.all().forEach(r -> System.out.println(r.id() + ": " + r.statementEs()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FileRules {

  /** Malformed JSON. */
  static final String JSON_SYNTAX = "JSON-01";
  /** Not UTF-8. */
  static final String JSON_ENCODING = "JSON-02";
  /** Duplicate key. */
  static final String JSON_DUPLICATE = "JSON-03";
  /** File too large. */
  static final String LIM_SIZE = "LIM-01";
  /** Nesting too deep. */
  static final String LIM_DEPTH = "LIM-02";
  /** String too long. */
  static final String LIM_STRING = "LIM-03";
  /** Number too long. */
  static final String LIM_NUMBER = "LIM-04";
  /** Too many JSON tokens (values, property names, starts and ends of objects and lists). */
  static final String LIM_TOKENS = "LIM-05";
  /** Schema violation. */
  static final String SCHEMA = "SCH-01";
  /** Missing or unsupported schemaVersion. */
  static final String SCHEMA_VERSION = "SCH-02";
  /** Value the model cannot hold. */
  static final String BINDING = "BND-01";
  /** File cannot be read. */
  static final String IO = "IO-01";
  /** Something unexpected happened while checking the file (a bug): the file is reported, the run goes on. */
  static final String INTERNAL = "INT-01";

  private static final List<FileRule> ALL = List.of(JSON_SYNTAX, JSON_ENCODING, JSON_DUPLICATE, LIM_SIZE, LIM_DEPTH,
          LIM_STRING, LIM_NUMBER, LIM_TOKENS, SCHEMA, SCHEMA_VERSION, BINDING, IO, INTERNAL).stream()
      .map(id -> new FileRule(id, Severity.ERROR,
          FileMessages.render(id + ".statement", List.of(), Locale.forLanguageTag("es-MX")),
          FileMessages.render(id + ".statement", List.of(), Locale.ENGLISH)))
      .toList();

  private FileRules() {}

  /**
   * Every file-level rule, in a stable order (JSON, LIM, SCH, BND, IO, INT).
   *
   * @return the rules, never null, unmodifiable
   */
  public static List<FileRule> all() {
    return ALL;
  }

  /**
   * The file-level rule with an id.
   *
   * @param id a rule id such as {@code LIM-02}, must not be null
   * @return the rule, or empty when no file-level rule has that id
   */
  public static Optional<FileRule> byId(String id) {
    Objects.requireNonNull(id, "id");
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
