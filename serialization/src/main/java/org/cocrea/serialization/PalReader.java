package org.cocrea.serialization;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.validation.Finding;
import org.cocrea.validation.ValidatorOptions;
import tools.jackson.databind.JsonNode;

/**
 * Reads PAL files (the JSON form of a {@link LocalExercise}) from untrusted sources, in one pass: bytes, encoding,
 * size and nesting limits, JSON syntax, then the JSON Schema, then binding to the model. These are the first stages
 * of a file check; identifier references, field constraints and the rules are the validator's stages ({@link
 * PalChecker} runs them all and each reports a problem once).
 * Every problem becomes a located finding (line and column); bad content never throws. Elements that cannot be bound
 * are reported and left out; everything else is kept, so the rules can still run on what was read. Thread-safe: build
 * one and share it.
 *
 * <pre>{@code
 * PalReader reader = PalReader.create(ReaderOptions.builder().locale(Locale.ENGLISH).build());
 * ReadResult result = reader.read(Path.of("durango-2015.json"));
 * if (result.readable()) {
 *   LocalExercise exercise = result.exercise().orElseThrow();
 *   System.out.println("read as format " + result.schemaVersion().orElseThrow()); // "1.0" or "1.1"
 * }
 * result.findings().forEach(System.out::println);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PalReader {

  private final ReaderOptions options;
  private final LocatingParser parser;
  private final ModelCodec codec;
  private final boolean bytePath;
  private final int maxFindingsPerRule;

  private PalReader(ReaderOptions options, boolean bytePath, int maxFindingsPerRule) {
    this.options = options;
    this.bytePath = bytePath;
    this.maxFindingsPerRule = maxFindingsPerRule;
    this.parser = new LocatingParser(options);
    this.codec = ModelCodec.get();
  }

  /**
   * A reader with the default options ({@link ReaderOptions#defaults()}).
   *
   * @return a reader, never null
   */
  public static PalReader create() {
    return create(ReaderOptions.defaults());
  }

  /**
   * A reader with the given options.
   *
   * @param options the limits and the language of messages, must not be null
   * @return a reader, never null
   */
  public static PalReader create(ReaderOptions options) {
    return new PalReader(Objects.requireNonNull(options, "options"), true,
        ValidatorOptions.DEFAULT_MAX_FINDINGS_PER_RULE);
  }

  /**
   * A reader that keeps at most {@code maxFindingsPerRule} schema findings, as a checker's validator options say
   * ({@link ValidatorOptions#maxFindingsPerRule()}); the rest are summed up in one finding.
   */
  static PalReader create(ReaderOptions options, int maxFindingsPerRule) {
    return new PalReader(Objects.requireNonNull(options, "options"), true, maxFindingsPerRule);
  }

  /** A reader that always decodes and parses characters, never the bytes directly (tests compare the two). */
  static PalReader characterPathOnly(ReaderOptions options) {
    return new PalReader(options, false, ValidatorOptions.DEFAULT_MAX_FINDINGS_PER_RULE);
  }

  /**
   * The options of this reader.
   *
   * @return the options, never null
   */
  public ReaderOptions options() {
    return options;
  }

  /**
   * Reads a file. The size is checked before the content is read; a file that cannot be read (missing, a folder, no
   * permission, not a regular file: a FIFO, a device, a socket, which are never opened) gives an {@code IO-01}
   * finding.
   *
   * @param file the file, must not be null
   * @return the result, with {@link ReadResult#source()} the path as given; never null
   */
  public ReadResult read(Path file) {
    Objects.requireNonNull(file, "file");
    String source = file.toString();
    Locale locale = options.locale();
    try {
      if (Files.isDirectory(file)) {
        return ReadResult.unreadable(source,
            List.of(FileMessages.error(FileRules.IO, "directory", "", locale, source).withLocation(1, 1)));
      }
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // a FIFO would block the read forever, a device never end: reported, never opened (issue 15, R1)
        return ReadResult.unreadable(source,
            List.of(FileMessages.error(FileRules.IO, "notRegular", "", locale, source).withLocation(1, 1)));
      }
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        return tooLarge(source, size);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) options.maxBytes() + 1);
      }
      if (bytes.length > options.maxBytes()) {
        return tooLarge(source, bytes.length);
      }
      return read(bytes, bytes.length, source);
    } catch (NoSuchFileException e) {
      return ReadResult.unreadable(source,
          List.of(FileMessages.error(FileRules.IO, "notFound", "", locale, source).withLocation(1, 1)));
    } catch (AccessDeniedException e) {
      return ReadResult.unreadable(source,
          List.of(FileMessages.error(FileRules.IO, "denied", "", locale, source).withLocation(1, 1)));
    } catch (IOException | SecurityException e) {
      return ReadResult.unreadable(source, List.of(FileMessages.error(FileRules.IO, "message", "", locale, source,
          String.valueOf(e.getMessage())).withLocation(1, 1)));
    }
  }

  /**
   * Reads a document held in memory.
   *
   * @param bytes the document's bytes, must not be null
   * @param source a name for the document in reports (a file name), must not be null
   * @return the result, never null
   */
  public ReadResult read(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    if (bytes.length > options.maxBytes()) {
      return tooLarge(source, bytes.length);
    }
    return read(bytes, bytes.length, source);
  }

  private ReadResult tooLarge(String source, long size) {
    return ReadResult.unreadable(source, List.of(FileMessages.error(FileRules.LIM_SIZE, "message", "",
        options.locale(), Long.toString(size), Long.toString(options.maxBytes())).withLocation(1, 1)));
  }

  private ReadResult read(byte[] bytes, int count, String source) {
    Locale locale = options.locale();
    LocatingParser.Parsed parsed = null;
    int utf8 = bytePath ? SourceText.utf8Start(bytes, count) : -1;
    if (utf8 >= 0) {
      parsed = parser.parseUtf8(bytes, utf8 & ~SourceText.ASCII, count, (utf8 & SourceText.ASCII) != 0);
    }
    if (parsed == null) {
      // not certainly well-formed UTF-8 JSON: decode and parse the characters, which reports every problem
      SourceText text = SourceText.decode(bytes, count, locale);
      if (text.problem() != null) {
        return ReadResult.unreadable(source, List.of(text.problem()));
      }
      parsed = parser.parse(text.chars(), text.length());
    }
    if (parsed.root() == null) {
      return ReadResult.unreadable(source, parsed.findings());
    }
    JsonNode root = parsed.root();
    List<Finding> findings = new ArrayList<>(parsed.findings());
    Version version = checkVersion(root, locale);
    if (version.finding != null) {
      findings.add(version.finding);
      if (!version.readable) {
        return new ReadResult(source, null, findings, parsed.locations(), null);
      }
    }

    SchemaPlaces schemaPlaces = new SchemaPlaces();
    int shown = 0;
    int omitted = 0;
    for (SchemaAccess.Problem p : SchemaAccess.validate(root, locale, version.version, maxFindingsPerRule)) {
      if (version.missing && concernsVersion(p.pointer(), p.property())) {
        continue;
      }
      if (p.finding() != null) {
        findings.add(p.finding());
        shown++;
      } else {
        omitted++;
      }
      if (p.whole()) {
        schemaPlaces.addWhole(p.pointer());
        continue;
      }
      schemaPlaces.add(p.pointer());
      if (p.property() != null && !p.property().isEmpty()) {
        schemaPlaces.add(p.pointer() + "/" + ModelWalker.escape(p.property()));
      }
    }
    if (omitted > 0) {
      findings.add(Finding.omitted(FileRules.SCHEMA, omitted, shown, locale));
    }

    Binding binding = new Binding(locale, schemaPlaces, maxFindingsPerRule);
    LocalExercise exercise = (LocalExercise) codec.bind(root, LocalExercise.class, binding);
    findings.addAll(binding.findings());
    if (binding.omitted() > 0) {
      findings.add(Finding.omitted(FileRules.BINDING, binding.omitted(), binding.findings().size(), locale));
    }
    return new ReadResult(source, exercise, findings, parsed.locations(), binding.pointerMap(), version.version,
        schemaPlaces);
  }

  private static boolean concernsVersion(String pointer, String property) {
    return pointer.equals("/" + ModelCodec.SCHEMA_VERSION_PROPERTY)
        || (pointer.isEmpty() && ModelCodec.SCHEMA_VERSION_PROPERTY.equals(property));
  }

  /** The outcome of the version check: the version the document is read as (1.0 when it says none). */
  private record Version(Finding finding, boolean readable, boolean missing, String version) {}

  private static Version checkVersion(JsonNode root, Locale locale) {
    JsonNode v = root.get(ModelCodec.SCHEMA_VERSION_PROPERTY);
    if (v == null) {
      return new Version(FileMessages.error(FileRules.SCHEMA_VERSION, "missing", "", locale,
          CocreaJson.SCHEMA_VERSION), true, true, CocreaJson.SCHEMA_VERSION);
    }
    if (v.isString() && CocreaJson.SCHEMA_VERSIONS.contains(v.stringValue())) {
      return new Version(null, true, false, v.stringValue());
    }
    String found = v.isString() ? v.stringValue() : v.toString();
    return new Version(FileMessages.error(FileRules.SCHEMA_VERSION, "unsupported",
        "/" + ModelCodec.SCHEMA_VERSION_PROPERTY, locale, found, String.join(", ", CocreaJson.SCHEMA_VERSIONS)),
        false, false, null);
  }
}
