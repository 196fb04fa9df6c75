package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile and broken input (issue 4): every case gives a clear ERROR finding with the expected rule id, exit code 1,
 * no stack trace, within seconds and a 256 MB heap. The small cases are committed under {@code hostile/}; the huge
 * and binary ones are generated here.
 */
class HostileInputIT {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Duration WITHIN = Duration.ofSeconds(20);
  private static final String MIN = "{\"schemaVersion\": \"1.0\", \"id\": \"mx-x\"";

  @TempDir
  static Path dir;

  /** Committed corpus: file name and the rule id its first ERROR finding must carry. */
  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of("empty.json", "JSON-01"),
        Arguments.of("whitespace-only.json", "JSON-01"),
        Arguments.of("root-array.json", "JSON-01"),
        Arguments.of("root-string.json", "JSON-01"),
        Arguments.of("truncated.json", "JSON-01"),
        Arguments.of("trailing-garbage.json", "JSON-01"),
        Arguments.of("comments.json", "JSON-01"),
        Arguments.of("nan.json", "JSON-01"),
        Arguments.of("infinity.json", "JSON-01"),
        Arguments.of("duplicate-keys.json", "JSON-03"),
        Arguments.of("missing-schema-version.json", "SCH-02"),
        Arguments.of("unsupported-schema-version.json", "SCH-02"),
        Arguments.of("wrong-type.json", "SCH-01"),
        Arguments.of("unknown-property.json", "SCH-01"),
        Arguments.of("impossible-date.json", "SCH-01"),
        Arguments.of("dangling-reference.json", "REF-01"),
        Arguments.of("remote-references.json", "SCH-01"),
        Arguments.of("markup-injection.json", "REF-01"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("corpus")
  void committedCorpus(String name, String ruleId) {
    TestFiles.copy("/hostile/" + name, dir, "corpus/" + name);
    assertHostile(Path.of("corpus", name), ruleId);
  }

  /** Generated cases: name, the bytes' writer, and the accepted rule ids. */
  static Stream<Arguments> generated() {
    return Stream.of(
        Arguments.of("deep-nesting-300000.json", Set.of("LIM-02")),
        Arguments.of("string-20mb.json", Set.of("LIM-01", "LIM-03")),
        Arguments.of("string-200k.json", Set.of("LIM-03")),
        Arguments.of("number-5000-digits.json", Set.of("LIM-04")),
        Arguments.of("eight-million-zeros-16mib.json", Set.of("LIM-05")),
        Arguments.of("over-size-limit.json", Set.of("LIM-01")),
        Arguments.of("far-over-size-limit-1gib.json", Set.of("LIM-01")),
        Arguments.of("invalid-utf8.json", Set.of("JSON-02")),
        Arguments.of("utf16le-bom.json", Set.of("JSON-02")),
        Arguments.of("utf16be.json", Set.of("JSON-02")),
        Arguments.of("utf32.json", Set.of("JSON-02")),
        Arguments.of("binary-garbage.json", Set.of("JSON-01", "JSON-02")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("generated")
  void generatedCases(String name, Set<String> ruleIds) throws IOException {
    Path file = dir.resolve("gen").resolve(name);
    Files.createDirectories(file.getParent());
    write(name, file);
    try {
      assertHostile(Path.of("gen", name), ruleIds.toArray(String[]::new));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsAccepted() throws IOException {
    Path file = dir.resolve("bom.json");
    byte[] body = (MIN + "}").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(file, bytes);

    JarProcess run = JarProcess.run(dir, "validate", "bom.json");

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void nothingIsFetchedWhateverTheFileReferences() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      Path file = dir.resolve("fetch-bait.json");
      Files.writeString(file, "{\"$schema\": \"" + base + "/schema.json\", \"$id\": \"" + base + "/id.json\", "
          + "\"$ref\": \"" + base + "/evil.json\", \"schemaVersion\": \"1.0\", \"id\": \"mx-bait\", "
          + "\"websiteUrl\": \"" + base + "/site\", \"plans\": [{\"$ref\": \"" + base + "/plan.json\", \"id\": \"p\"}]}");

      JarProcess run = JarProcess.run(dir, WITHIN, "validate", "--format", "json", "fetch-bait.json");

      assertThat(run.code()).isEqualTo(1);
      server.setSoTimeout(500);
      boolean connected;
      try (java.net.Socket ignored = server.accept()) {
        connected = true;
      } catch (SocketTimeoutException e) {
        connected = false;
      }
      assertThat(connected).as("cocrea opened a connection to " + base).isFalse();
    }
  }

  @Test
  void aDirectoryOfHostileFilesIsReportedFileByFileInOneRun() {
    List<String> names = new ArrayList<>();
    corpus().forEach(a -> names.add((String) a.get()[0]));
    names.forEach(n -> {
      if (!Files.exists(dir.resolve("all").resolve(n))) {
        TestFiles.copy("/hostile/" + n, dir, "all/" + n);
      }
    });

    JarProcess run = JarProcess.run(dir, WITHIN, "validate", "--format", "json", "all");

    assertThat(run.code()).isEqualTo(1);
    assertNoStackTrace(run);
    JsonNode files = MAPPER.readTree(run.out()).get("files");
    assertThat(files).hasSize(names.size());
    files.forEach(f -> assertThat(f.get("conforms").asBoolean()).as(f.get("path").asString()).isFalse());
  }

  private static void assertHostile(Path file, String... ruleIds) {
    JarProcess run = JarProcess.run(dir, WITHIN, "validate", "--format", "json", file.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(1);
    assertNoStackTrace(run);
    assertThat(run.took()).isLessThan(WITHIN);
    assertThat(Schemas.report(run.out())).isEmpty();
    JsonNode f = MAPPER.readTree(run.out()).get("files").get(0);
    assertThat(f.get("conforms").asBoolean()).isFalse();
    List<String> errors = new ArrayList<>();
    f.get("findings").forEach(x -> {
      if (x.get("severity").asString().equals("ERROR")) {
        errors.add(x.get("ruleId").asString());
        assertThat(x.get("message").asString()).isNotBlank();
      }
    });
    assertThat(errors).containsAnyOf(ruleIds);
  }

  private static void assertNoStackTrace(JarProcess run) {
    for (String stream : List.of(run.out(), run.err())) {
      assertThat(stream).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Error:");
    }
    assertThat(run.err()).isEmpty();
  }

  private static void write(String name, Path file) throws IOException {
    switch (name) {
      case "deep-nesting-300000.json" -> {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          w.write(MIN + ", \"description\": ");
          w.write("[".repeat(300_000));
          w.write("]".repeat(300_000));
          w.write("}");
        }
      }
      case "string-20mb.json" -> {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          w.write(MIN + ", \"description\": \"");
          String chunk = "abcdefghij".repeat(100_000);
          for (int i = 0; i < 20; i++) {
            w.write(chunk);
          }
          w.write("\"}");
        }
      }
      case "string-200k.json" -> Files.writeString(file, MIN + ", \"description\": \"" + "x".repeat(200_000) + "\"}");
      case "number-5000-digits.json" -> Files.writeString(file,
          MIN + ", \"plans\": [{\"id\": \"p\", \"ordinal\": " + "9".repeat(5000) + "}]}");
      case "eight-million-zeros-16mib.json" -> Files.writeString(file,
          MIN + ", \"zeros\": [0" + ",0".repeat(8_000_000) + "]}");
      case "over-size-limit.json" -> Files.writeString(file, MIN + "}" + " ".repeat(17 * 1024 * 1024));
      case "far-over-size-limit-1gib.json" -> {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
          raf.setLength(1L << 30);   // sparse: a gigabyte that takes no disk
        }
      }
      case "invalid-utf8.json" -> Files.write(file, concat(MIN.getBytes(StandardCharsets.UTF_8),
          ", \"title\": \"caf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, ' ', (byte) 0xFF},
          "\"}".getBytes(StandardCharsets.UTF_8)));
      case "utf16le-bom.json" -> Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
          (MIN + "}").getBytes(StandardCharsets.UTF_16LE)));
      case "utf16be.json" -> Files.write(file, (MIN + "}").getBytes(StandardCharsets.UTF_16BE));
      case "utf32.json" -> Files.write(file, (MIN + "}").getBytes(java.nio.charset.Charset.forName("UTF-32")));
      case "binary-garbage.json" -> {
        byte[] bytes = new byte[65_536];
        new SplittableRandom(20_251_125L).nextBytes(bytes);
        bytes[0] = (byte) 0x89;
        bytes[1] = 'P';
        bytes[2] = 'N';
        bytes[3] = 'G';
        Files.write(file, bytes);
      }
      default -> throw new IllegalArgumentException(name);
    }
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, i, p.length);
      i += p.length;
    }
    return all;
  }
}
