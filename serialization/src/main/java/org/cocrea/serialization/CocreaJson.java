package org.cocrea.serialization;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.core.LocalExercise;
import org.cocrea.validation.Finding;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of the model: property names are attribute names, enums their constant names, dates ISO
 * {@code YYYY-MM-DD} (or {@code YYYY}, {@code YYYY-MM} for a {@link org.cocrea.core.PartialDate}), decimals plain JSON
 * numbers; absent values and empty collections are left out; the root object starts with
 * {@code "schemaVersion": "1.0"}, or {@code "1.1"} when the exercise uses anything of format 1.1, and properties follow
 * the schema's order. No annotation in core: a
 * generic codec over the model's introspection does the work, also for Jackson users through {@link #mapper()} or
 * {@link #module()}. Decimals are written in plain notation and read back with the scale written: a value built as
 * {@code new BigDecimal("2.5E+5")} is written {@code 250000} and reads back equal by {@code compareTo} (scale 0).
 *
 * <pre>{@code
 * String json = CocreaJson.write(exercise);
 * LocalExercise again = CocreaJson.read(json);            // trusted input: throws PalFormatException if bad
 * JsonMapper mapper = CocreaJson.mapper();                 // for embedders
 * LocalExercise viaMapper = mapper.readValue(json, LocalExercise.class);
 * }</pre>
 *
 * <p>Files from users are read with {@link PalReader} instead, which checks the schema and reports every problem
 * with its line and column.
 *
 * @since 0.1.0
 */
public final class CocreaJson {

  /**
   * The version of cocrea, from the build (its POM, filtered into a resource of this module): what {@code cocrea
   * --version} prints and every report carries; {@code dev} when run from classes that were not filtered. The one
   * definition of the tool's version.
   *
   * <pre>{@code
   * System.out.println("cocrea " + CocreaJson.TOOL_VERSION);   // cocrea 0.1.0
   * }</pre>
   *
   * @since 0.2.0
   */
  public static final String TOOL_VERSION = loadToolVersion();

  /**
   * Version 1.0 of the JSON form: what this library writes for an exercise that uses nothing of 1.1, so that a 1.0
   * file reads and writes back byte for byte.
   */
  public static final String SCHEMA_VERSION = "1.0";

  /**
   * Version 1.1 of the JSON form (real records: partial dates, completeness, provenance, names without records,
   * frameworks): what this library writes for an exercise that uses any of it.
   */
  public static final String SCHEMA_VERSION_1_1 = "1.1";

  /** The versions of the JSON form that this library reads, oldest first; the last is the current one. */
  public static final List<String> SCHEMA_VERSIONS = List.of(SCHEMA_VERSION, SCHEMA_VERSION_1_1);

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .addModule(new CocreaModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .deactivateDefaultTyping()
      .build();

  private static final ObjectWriter PRETTY = MAPPER.writer().with(new DefaultPrettyPrinter(
          Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("").withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final LocatingParser TRUSTED_PARSER = new LocatingParser(ReaderOptions.defaults());

  private static String loadToolVersion() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = CocreaJson.class.getResourceAsStream("internal/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String v = p.getProperty("version", "");
    return v.isBlank() || v.startsWith("${") ? "dev" : v;
  }

  private CocreaJson() {}

  /**
   * The shared, configured mapper, with the model's module: unknown properties fail, no default typing, ISO dates,
   * strict duplicate-key detection, exact decimals.
   *
   * @return the mapper, never null; immutable and thread-safe
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /**
   * The Jackson module of the model, for embedders that configure their own {@code JsonMapper}. Enable
   * {@code JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS} and disable {@code STRIP_TRAILING_BIGDECIMAL_ZEROES} on that
   * mapper to keep decimals exact, as {@link #mapper()} does.
   *
   * @return a new module, never null
   */
  public static JacksonModule module() {
    return new CocreaModule();
  }

  /**
   * Writes an exercise as pretty-printed JSON (two-space indent, {@code \n} line ends), {@code "schemaVersion"} first.
   *
   * @param exercise the exercise, must not be null
   * @return the JSON text, never null
   */
  public static String write(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    return PRETTY.writeValueAsString(exercise);
  }

  /**
   * Writes an exercise as pretty-printed UTF-8 JSON to a stream, which is left open. A lone surrogate in a string (a
   * {@code char} that UTF-8 cannot encode) is written as its JSON escape {@code \\uD800}, so the text reads back the
   * same; nothing is replaced by {@code ?}.
   *
   * @param exercise the exercise, must not be null
   * @param out the stream, must not be null
   * @throws tools.jackson.core.JacksonException if the stream fails
   */
  public static void write(LocalExercise exercise, OutputStream out) {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(out, "out");
    try {
      out.write(escapeLoneSurrogates(write(exercise)).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (java.io.IOException e) {
      throw tools.jackson.core.exc.JacksonIOException.construct(e);
    }
  }

  /**
   * JSON text with every lone surrogate written as an escape of its four hex digits (such as {@code \\ud800}). In
   * JSON text written by the generator a surrogate can only stand inside a string, where the escape means the same
   * {@code char}.
   */
  static String escapeLoneSurrogates(String json) {
    StringBuilder out = null;
    int n = json.length();
    for (int i = 0; i < n; i++) {
      char c = json.charAt(i);
      boolean lone = Character.isHighSurrogate(c) ? i + 1 >= n || !Character.isLowSurrogate(json.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
      if (lone && out == null) {
        out = new StringBuilder(n + 16).append(json, 0, i);
      }
      if (out != null) {
        if (lone) {
          out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? json : out.toString();
  }

  /**
   * Reads an exercise from trusted JSON (written by this library or a trusted tool). The schema is not checked and
   * identifier references are not resolved (the validator does that), but the JSON must be well-formed, carry
   * {@code "schemaVersion": "1.0"} or {@code "1.1"} and hold only values the model can take.
   *
   * @param json the JSON text, must not be null
   * @return the exercise, never null
   * @throws PalFormatException with every problem, located, if the text cannot be read into the model
   */
  public static LocalExercise read(String json) {
    Objects.requireNonNull(json, "json");
    Locale locale = Locale.forLanguageTag("es-MX");
    char[] text = json.toCharArray();
    int start = text.length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    char[] body = start == 0 ? text : java.util.Arrays.copyOfRange(text, start, text.length);
    LocatingParser.Parsed parsed = TRUSTED_PARSER.parse(body, body.length);
    if (parsed.root() == null || !parsed.findings().isEmpty()) {
      throw new PalFormatException(parsed.findings());
    }
    List<Finding> problems = new ArrayList<>(versionProblems(parsed.root(), locale));
    Binding binding = new Binding(locale);
    Object exercise = problems.isEmpty() ? ModelCodec.get().bind(parsed.root(), LocalExercise.class, binding) : null;
    problems.addAll(binding.findings());
    if (!problems.isEmpty()) {
      ReadResult located = new ReadResult("json", null, problems, parsed.locations(), null);
      throw new PalFormatException(located.findings());
    }
    return (LocalExercise) exercise;
  }

  /** SCH-02 findings for a root object whose {@code schemaVersion} is missing or not one of {@link #SCHEMA_VERSIONS}. */
  static List<Finding> versionProblems(JsonNode root, Locale locale) {
    if (!root.isObject()) {
      return List.of();
    }
    JsonNode v = root.get(ModelCodec.SCHEMA_VERSION_PROPERTY);
    if (v == null) {
      return List.of(FileMessages.error(FileRules.SCHEMA_VERSION, "missing", "", locale, SCHEMA_VERSION));
    }
    if (v.isString() && SCHEMA_VERSIONS.contains(v.stringValue())) {
      return List.of();
    }
    return List.of(FileMessages.error(FileRules.SCHEMA_VERSION, "unsupported", "/" + ModelCodec.SCHEMA_VERSION_PROPERTY,
        locale, v.isString() ? v.stringValue() : v.toString(), String.join(", ", SCHEMA_VERSIONS)));
  }
}
