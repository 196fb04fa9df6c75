package org.cocrea.serialization;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.cocrea.core.i18n.Texts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema (draft 2020-12) of Cocrea PAL files: the normative, hand-written description of the JSON form of a
 * {@link org.cocrea.core.LocalExercise}. Two versions are shipped side by side: 1.0 as the resource
 * {@code org/cocrea/serialization/cocrea-pal.schema.json} with the stable {@code $id} {@value #ID}, and 1.1 (real
 * records: partial dates, completeness, provenance, names without records) as
 * {@code org/cocrea/serialization/cocrea-pal-1.1.schema.json} with the {@code $id} {@value #ID_1_1}. A document is
 * validated with the version its {@code schemaVersion} names ({@link #forVersion(String)}).
 *
 * <p>The schema is read once from the class path and compiled with the networknt validator (JSON Pointer locations,
 * format assertions on, so that {@code 2015-02-30} is rejected). It never touches the network: the draft 2020-12
 * meta-schema comes from the validator's bundled copy, and any other {@code $ref} or {@code $schema} to a remote
 * ({@code http}, {@code https}, {@code file}, …) address fails instead of being fetched. Thread-safe.
 *
 * <pre>{@code
 * JsonNode tree = CocreaJson.mapper().readTree(text);
 * List<SchemaProblem> problems = PalSchema.forVersion("1.1").validate(tree, Locale.forLanguageTag("es-MX"));
 * problems.forEach(p -> System.out.println(p.pointer() + " " + p.keyword() + ": " + p.message()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PalSchema {

  /** The stable identifier ({@code $id}) of version 1.0 of the schema. */
  public static final String ID = "https://cocrea.org/schema/pal/1.0/cocrea-pal.schema.json";

  /** The stable identifier ({@code $id}) of version 1.1 of the schema. */
  public static final String ID_1_1 = "https://cocrea.org/schema/pal/1.1/cocrea-pal.schema.json";

  /** Class-path location of the 1.0 schema document. */
  static final String RESOURCE = "/org/cocrea/serialization/cocrea-pal.schema.json";

  /** Class-path location of the 1.1 schema document. */
  static final String RESOURCE_1_1 = "/org/cocrea/serialization/cocrea-pal-1.1.schema.json";

  /** The draft 2020-12 meta-schema and its vocabularies, which networknt resolves to its bundled copies. */
  private static final String META_SCHEMA_PREFIX = "https://json-schema.org/draft/2020-12/";

  private static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("es-MX");

  /** White space as Java's {@code \s} knows it; the schema spells it out so that ECMA-262 engines agree. */
  private static final String WS = "\\t\\n\\x0B\\f\\r ";

  /** The 1.1 schema's pattern of a date of year, month or day precision ({@code $defs/PartialDate}). */
  static final String PARTIAL_DATE_PATTERN = "^[0-9]{4}(-(0[1-9]|1[0-2]))?$"
      + "|^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$|^[0-9]{4}-(0[13-9]|1[0-2])-(29|30)$|^[0-9]{4}-(0[13578]|1[02])-31$|^[0-9]{4}-02-29$";

  /**
   * Plain-language messages (Spanish, English) for the schema's patterns, which networknt would otherwise quote as raw
   * regular expressions. Keys are the patterns exactly as written in the schema.
   */
  private static final Map<String, String[]> PATTERN_MESSAGES = Map.ofEntries(
      Map.entry("[^" + WS + "]", new String[] {
          "debe contener al menos un carácter que no sea espacio en blanco",
          "must contain at least one character that is not white space"}),
      Map.entry("^[A-Za-z0-9][A-Za-z0-9._:-]*$", new String[] {
          "debe ser un identificador: una letra o un dígito seguidos de letras, dígitos, '.', '_', ':' o '-'",
          "must be an identifier: a letter or digit followed by letters, digits, '.', '_', ':' or '-'"}),
      Map.entry("^https?://[^" + WS + "]+$", new String[] {
          "debe ser una dirección web que empiece con http:// o https:// y no tenga espacios",
          "must be a web address starting with http:// or https:// with no white space"}),
      Map.entry("^[^@" + WS + "]+@[^@" + WS + "]+\\.[^@" + WS + "]+$", new String[] {
          "debe ser una dirección de correo electrónico como nombre@dominio.mx",
          "must be an email address such as name@domain.mx"}),
      Map.entry("^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-z])$", new String[] {
          "debe ser una meta de los ODS como 16.10 o 5.a",
          "must be an SDG target such as 16.10 or 5.a"}),
      Map.entry("^[A-Z]{3}$", new String[] {
          "debe ser un código de moneda ISO 4217 de tres letras mayúsculas, como MXN",
          "must be an ISO 4217 currency code of three capital letters, such as MXN"}),
      Map.entry("^[0-9]+$", new String[] {
          "debe contener solo dígitos",
          "must contain digits only"}),
      Map.entry(PARTIAL_DATE_PATTERN, new String[] {
          "debe ser una fecha válida de la forma AAAA, AAAA-MM o AAAA-MM-DD, por ejemplo 2016, 2016-09 o 2016-09-14",
          "must be a valid date of the form YYYY, YYYY-MM or YYYY-MM-DD, for example 2016, 2016-09 or 2016-09-14"}),
      Map.entry("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", new String[] {
          "debe ser una etiqueta de idioma BCP 47 como es, en o es-MX",
          "must be a BCP 47 language tag such as es, en or es-MX"}),
      Map.entry("^[A-Z]{2}$", new String[] {
          "debe ser un código de país ISO 3166-1 de dos letras mayúsculas, como MX",
          "must be an ISO 3166-1 country code of two capital letters, such as MX"}),
      Map.entry("^[a-z][A-Za-z0-9]*$", new String[] {
          "debe ser el nombre de una propiedad del elemento, como milestones o startDate",
          "must be the name of a property of the element, such as milestones or startDate"}));

  private static final String[] DATE_MESSAGE = {
      "debe ser una fecha válida de la forma AAAA-MM-DD, por ejemplo 2015-03-09",
      "must be a valid date of the form YYYY-MM-DD, for example 2015-03-09"};

  private final String text;
  private final String id;
  private final JsonNode document;
  private final SchemaAcceptor acceptor;
  private volatile Schema schema;
  private final Map<String, Schema> definitions = new java.util.concurrent.ConcurrentHashMap<>();

  private PalSchema(String text, String expectedId) {
    this.text = text;
    this.document = JsonMapper.shared().readTree(text);
    this.id = document.path("$id").asString("");
    if (!expectedId.equals(id)) {
      throw new IllegalStateException("the shipped schema has $id " + id + ", expected " + expectedId);
    }
    this.acceptor = SchemaAcceptor.compile(document, config().getRegularExpressionFactory());
  }

  /**
   * The networknt schema, compiled on first need: documents that the fast pre-check accepts never need it, which
   * keeps it out of a short run's start-up.
   */
  private Schema compiled() {
    Schema s = schema;
    if (s == null) {
      synchronized (this) {
        s = schema;
        if (s == null) {
          s = compile(document);
          schema = s;
        }
      }
    }
    return s;
  }

  /** The parsed schema document (read-only; the codec reads its property order from it instead of parsing again). */
  JsonNode document() {
    return document;
  }

  /** Whether the fast pre-check is available for the shipped schema (it turns itself off for unknown keywords). */
  boolean hasAcceptor() {
    return acceptor != null;
  }

  /**
   * The 1.0 schema, loaded and compiled on first use: the one every 1.0 document is validated with. For a document of
   * any version use {@link #forVersion(String)}.
   *
   * @return the shared instance, never null
   * @throws IllegalStateException if the shipped schema cannot be read or compiled (a packaging bug)
   */
  public static PalSchema get() {
    return Holder.INSTANCE;
  }

  /**
   * The schema of a format version, loaded and compiled on first use.
   *
   * <pre>{@code
   * String text = PalSchema.forVersion("1.1").text();   // what `cocrea schema --version 1.1` prints
   * }</pre>
   *
   * @param version {@code "1.0"} or {@code "1.1"} (see {@link CocreaJson#SCHEMA_VERSIONS}), must not be null
   * @return the shared instance of that version, never null
   * @throws IllegalArgumentException if no schema of that version is shipped
   */
  public static PalSchema forVersion(String version) {
    Objects.requireNonNull(version, "version");
    return switch (version) {
      case CocreaJson.SCHEMA_VERSION -> Holder.INSTANCE;
      case CocreaJson.SCHEMA_VERSION_1_1 -> Holder11.INSTANCE;
      default -> throw new IllegalArgumentException("no schema of version " + version + "; known: "
          + CocreaJson.SCHEMA_VERSIONS);
    };
  }

  /**
   * The format version this schema describes, the {@code schemaVersion} its documents carry.
   *
   * @return {@code "1.0"} or {@code "1.1"}, never null
   */
  public String version() {
    return ID.equals(id) ? CocreaJson.SCHEMA_VERSION : CocreaJson.SCHEMA_VERSION_1_1;
  }

  /**
   * The stable identifier of the schema, its {@code $id}.
   *
   * @return {@value #ID} or {@value #ID_1_1}, never null
   */
  public String id() {
    return id;
  }

  /**
   * The schema document exactly as shipped (UTF-8 text of the resource), for tools that want to save or show it.
   *
   * @return the JSON text, never null
   */
  public String text() {
    return text;
  }

  /**
   * Validates a document (the whole JSON tree of a PAL file) against the schema.
   *
   * @param document the parsed document, must not be null
   * @param locale the language of the messages, must not be null; {@code es-MX} is the project default and English
   *     is also supported
   * <p>A fast pre-check runs first: a document it accepts is valid without running the full validator, and for any
   * other document the full validator runs only on the smallest referenced values (a commitment, a date, …) the
   * pre-check could not accept, each against its definition, which gives exactly the problems of a run on the whole
   * document.
   *
   * @return every violation, in {@link SchemaProblem#ORDER}, without duplicates; empty when the document conforms
   * @throws NullPointerException if an argument is null
   */
  public List<SchemaProblem> validate(JsonNode document, Locale locale) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(locale, "locale");
    if (acceptor != null) {
      List<SchemaAcceptor.Part> parts = acceptor.rejectedParts(document);
      if (parts != null && parts.isEmpty()) {
        return List.of(); // certainly valid: the full validator would report nothing (see SchemaAcceptor)
      }
      if (parts != null) {
        return validateParts(parts, locale);
      }
    }
    return validateFully(document, locale);
  }

  /**
   * Validates only the parts of a document that the pre-check could not accept, each against its definition, and
   * gives what the full validator gives on the whole document (see {@link SchemaAcceptor#rejectedParts}).
   */
  List<SchemaProblem> validateParts(List<SchemaAcceptor.Part> parts, Locale locale) {
    List<SchemaProblem> result = new ArrayList<>();
    for (SchemaAcceptor.Part part : parts) {
      List<Error> errors = definition(part.definition()).validate(part.instance(),
          context -> context.executionConfig(config -> config.locale(locale).formatAssertionsEnabled(true)));
      result.addAll(problems(errors, locale, part.pointer()));
    }
    return result.stream().distinct().sorted(SchemaProblem.ORDER).toList();
  }

  /**
   * Problems of a document found with a bound on work: {@code problems} holds at least the first {@code max} of
   * every problem in {@link SchemaProblem#ORDER} (exactly what {@link #validate} gives up to there), and
   * {@code unvalidated} the pointers of the values the pre-check rejected but the full validator was not run on,
   * because every problem inside them comes after those (issue 15: 88,000 rejected list items cost 88,000 runs of
   * the full validator, to produce findings a report does not show).
   *
   * @param problems the problems found, sorted and distinct
   * @param unvalidated the pointers of the rejected values left unvalidated, in pointer order; each holds at least
   *     one problem, at or below its pointer
   */
  record Bounded(List<SchemaProblem> problems, List<String> unvalidated) {}

  /**
   * Validates a document, running the full validator only as far as the first {@code max} problems need (see
   * {@link Bounded}). The pre-check's rejected values are validated in pointer order: a value's problems all sort at
   * or after its pointer (its pointer is their prefix), so once {@code max} problems sort before the next value's
   * pointer, that value and all after it cannot change the first {@code max}. A document that must be validated
   * whole is, and gives every problem.
   */
  Bounded validate(JsonNode document, Locale locale, int max) {
    List<SchemaAcceptor.Part> parts = acceptor == null ? null : acceptor.rejectedParts(document);
    if (parts == null) {
      return new Bounded(validateFully(document, locale), List.of());
    }
    List<SchemaAcceptor.Part> ordered = new ArrayList<>(parts);
    ordered.sort(Comparator.comparing(SchemaAcceptor.Part::pointer));
    // the largest of the first max problem pointers seen so far, at the head
    PriorityQueue<String> first = new PriorityQueue<>(Comparator.reverseOrder());
    List<SchemaProblem> found = new ArrayList<>();
    List<String> unvalidated = new ArrayList<>();
    for (SchemaAcceptor.Part part : ordered) {
      if (!unvalidated.isEmpty() || (first.size() >= max && part.pointer().compareTo(first.peek()) > 0)) {
        unvalidated.add(part.pointer());
        continue;
      }
      List<Error> errors = definition(part.definition()).validate(part.instance(),
          context -> context.executionConfig(config -> config.locale(locale).formatAssertionsEnabled(true)));
      for (SchemaProblem p : problems(errors, locale, part.pointer()).stream().distinct().toList()) {
        found.add(p);
        first.add(p.pointer());
        if (first.size() > max) {
          first.poll();
        }
      }
    }
    return new Bounded(found.stream().distinct().sorted(SchemaProblem.ORDER).toList(), List.copyOf(unvalidated));
  }

  /** The compiled definition at a JSON Pointer of the schema ({@code /$defs/Commitment}), compiled once. */
  private Schema definition(String pointer) {
    return definitions.computeIfAbsent(pointer, p -> {
      NodePath path = new NodePath(PathType.JSON_POINTER);
      for (String token : p.substring(1).split("/", -1)) {
        path = path.append(token.replace("~1", "/").replace("~0", "~"));
      }
      Schema sub = compiled().getSubSchema(path);
      sub.getValidators();
      return sub;
    });
  }

  /** Validates with the full validator only, never the pre-check (tests compare the two). */
  List<SchemaProblem> validateFully(JsonNode document, Locale locale) {
    List<Error> errors = compiled().validate(document,
        context -> context.executionConfig(config -> config.locale(locale).formatAssertionsEnabled(true)));
    return problems(errors, locale);
  }

  /** The fast pre-check, or null when it is off. */
  SchemaAcceptor acceptor() {
    return acceptor;
  }

  /** Whether the fast pre-check accepts a document (false when it is off). */
  boolean accepts(JsonNode document) {
    return acceptor != null && acceptor.accepts(document);
  }

  /** Converts networknt errors into sorted, distinct problems with plain-language pattern and date messages. */
  static List<SchemaProblem> problems(List<Error> errors, Locale locale) {
    return problems(errors, locale, "").stream().distinct().sorted(SchemaProblem.ORDER).toList();
  }

  /** Converts networknt errors about a value at a pointer into problems at document pointers, in their order. */
  private static List<SchemaProblem> problems(List<Error> errors, Locale locale, String prefix) {
    int language = Texts.isEnglish(locale) ? 1 : 0;
    List<SchemaProblem> result = new ArrayList<>(errors.size());
    for (Error e : errors) {
      String keyword = Objects.requireNonNullElse(e.getKeyword(), "");
      String property = Objects.requireNonNullElse(e.getProperty(), "");
      String message = Objects.requireNonNullElse(e.getMessage(), keyword);
      JsonNode node = e.getSchemaNode();
      if ("pattern".equals(keyword) && node != null && PATTERN_MESSAGES.containsKey(node.asString(""))) {
        message = PATTERN_MESSAGES.get(node.asString(""))[language];
      } else if ("format".equals(keyword) && node != null && "date".equals(node.asString(""))) {
        message = DATE_MESSAGE[language];
      }
      result.add(new SchemaProblem(prefix + e.getInstanceLocation().toString(), keyword, property, message));
    }
    return result;
  }

  /**
   * The patterns the schema may use and for which a plain-language message exists.
   *
   * @return the patterns, exactly as written in the schema
   */
  static java.util.Set<String> explainedPatterns() {
    return PATTERN_MESSAGES.keySet();
  }

  /**
   * Compiles a schema document with the same configuration as the PAL schema: draft 2020-12 by default, JSON Pointer
   * locations, format assertions, messages in {@code es-MX} unless a call says otherwise, and a loader that serves
   * only the bundled meta-schema, so that references to remote documents fail fast instead of being fetched.
   *
   * @param document a schema document, must not be null
   * @return the compiled schema, never null
   */
  static Schema compile(JsonNode document) {
    Objects.requireNonNull(document, "document");
    SchemaRegistryConfig config = config();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
        .schemaRegistryConfig(config)
        .schemaLoader(loader -> loader.fetchRemoteResources(false).allow(PalSchema::isBundled)));
    String base = document.path("$id").asString("");
    SchemaLocation location = SchemaLocation.of(base.isEmpty() ? "urn:cocrea:schema" : base);
    Schema compiled = registry.getSchema(location, document);
    compiled.getValidators();
    return compiled;
  }

  /** The validator configuration of every schema compiled here (and of the pre-check's regular expressions). */
  private static SchemaRegistryConfig config() {
    return SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true)
        .locale(DEFAULT_LOCALE)
        .build();
  }

  /** Whether a schema address may be loaded: only the meta-schema documents bundled with networknt. */
  private static boolean isBundled(AbsoluteIri iri) {
    return iri.toString().startsWith(META_SCHEMA_PREFIX);
  }

  private static String readResource(String resource) {
    try (InputStream in = PalSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the schema resource " + resource, e);
    }
  }

  /** Lazy, thread-safe initialisation of the shared 1.0 instance. */
  private static final class Holder {
    static final PalSchema INSTANCE = new PalSchema(readResource(RESOURCE), ID);
  }

  /** Lazy, thread-safe initialisation of the shared 1.1 instance. */
  private static final class Holder11 {
    static final PalSchema INSTANCE = new PalSchema(readResource(RESOURCE_1_1), ID_1_1);
  }
}
