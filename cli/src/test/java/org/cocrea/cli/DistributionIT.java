package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: {@code cocrea-<version>.tar.gz} unpacked into a folder whose path has a space
 * and an accent, {@code bin/cocrea validate examples/pal} run from there and from elsewhere, on this build's JDK and
 * on JDK 25 (the ahead-of-time cache) where one is installed, under a UTF-8 and a C locale.
 */
class DistributionIT {

  /** Where Debian's and Temurin's packages put JDK 25; the test of the AOT cache needs one of them. */
  private static final List<Path> JDK25 = List.of(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"),
      Path.of("/usr/lib/jvm/java-25-openjdk-amd64"));

  @TempDir
  Path tmp;

  private Path home;

  @BeforeEach
  void unpack() throws Exception {
    String version = System.getProperty("cocrea.version");
    Path archive = JarProcess.target().resolve("cocrea-" + version + ".tar.gz");
    assertThat(archive).exists();
    Path folder = Files.createDirectories(tmp.resolve("Planes de Gobierno Abierto año 2026"));
    Result untar = run(folder, Map.of(), "tar", "-xzf", archive.toString());
    assertThat(untar.code).as(untar.err).isZero();
    home = folder.resolve("cocrea-" + version);
  }

  @Test
  void holdsTheLaunchersTheJarTheReadmeTheLicenceAndTheExamples() {
    assertThat(home.resolve("bin/cocrea")).isExecutable();
    assertThat(home.resolve("bin/cocrea.cmd")).isRegularFile();
    assertThat(home.resolve("lib/cocrea.jar")).isRegularFile();
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(home.resolve("LICENSE")).isRegularFile();
    assertThat(home.resolve("examples/pal/mx-dur-2015.json")).isRegularFile();
  }

  @Test
  void validatesTheExamplesOnThisJdkFirstAndSecondRunAlike() throws Exception {
    Path java = Path.of(System.getProperty("java.home"));
    Result first = cocrea(java, "C.UTF-8");
    Result second = cocrea(java, "C.UTF-8");

    assertThat(first.code).as(first.err).isEqualTo(1);
    assertThat(first.out).contains("Resumen: 5 archivos: 1 cumple, 4 no cumplen");
    assertThat(first.err).isEmpty();
    assertThat(second.out).isEqualTo(first.out);
    assertThat(second.err).isEmpty();
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".jsa") || n.endsWith(".aot"));
    }
  }

  @Test
  void validatesTheExamplesOnJdk25WithAnAheadOfTimeCache() throws Exception {
    Path java = JDK25.stream().filter(p -> Files.isExecutable(p.resolve("bin/java"))).findFirst().orElse(null);
    assumeTrue(java != null, "no JDK 25 installed here (looked in " + JDK25 + ")");
    Result first = cocrea(java, "C.UTF-8");
    Result second = cocrea(java, "C.UTF-8");

    assertThat(first.code).as(first.err).isEqualTo(1);
    assertThat(first.out).contains("Resumen: 5 archivos: 1 cumple, 4 no cumplen").doesNotContain("AOT");
    assertThat(first.err).isEmpty();
    assertThat(second.out).isEqualTo(first.out);
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      assertThat(lib.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".aot"));
    }
  }

  @Test
  void onlyTheMainJobMakesTheCacheOtherCommandsUseIt() throws Exception {
    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "LC_ALL", "C.UTF-8");
    // a first run of another command would train the cache on the wrong classes: it makes none
    for (String[] command : List.of(new String[] {"bin/cocrea", "--version"}, new String[] {"bin/cocrea", "rules"})) {
      Result run = run(home, env, command);
      assertThat(run.code).as(run.err).isZero();
      assertThat(caches()).as(String.join(" ", command)).isEmpty();
    }
    Result validate = cocrea(Path.of(System.getProperty("java.home")), "C.UTF-8");
    assertThat(validate.code).as(validate.err).isEqualTo(1);
    List<String> made = caches();
    assertThat(made).hasSize(1);
    Result rules = run(home, env, "bin/cocrea", "rules");
    assertThat(rules.code).as(rules.err).isZero();
    assertThat(rules.err).isEmpty();
    assertThat(caches()).isEqualTo(made);
  }

  private List<String> caches() throws IOException {
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      return lib.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa") || n.endsWith(".aot")).toList();
    }
  }

  @Test
  void worksUnderTheCLocaleAndFromAnotherFolderWithAbsolutePaths() throws Exception {
    Path java = Path.of(System.getProperty("java.home"));
    Result run = run(tmp, Map.of("JAVA_HOME", java.toString(), "LC_ALL", "C"),
        home.resolve("bin/cocrea").toString(), "validate", "--lang", "en",
        home.resolve("examples/pal/mx-dur-2015.json").toString());

    assertThat(run.err).isEmpty();
    assertThat(run.out).contains("Summary: 1 file").contains("mx-dur-2015.json");
  }

  @Test
  void worksThroughALinkInAnotherFolder() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("cocrea"), home.resolve("bin/cocrea"));
    Result run = run(home, Map.of("JAVA_HOME", System.getProperty("java.home"), "LC_ALL", "C.UTF-8"),
        link.toString(), "--version");

    assertThat(run.code).as(run.err).isZero();
    assertThat(run.out).startsWith("cocrea " + System.getProperty("cocrea.version"));
  }

  @Test
  void theFewCoresTuningOfALongRunKeepsStandardOutputAReport() throws Exception {
    // the tuning adds JVM options (a fixed young generation where memory allows): the JVM must not answer them with a
    // warning on standard output, where a JSON report goes, with or without the user's own heap options
    for (String opts : List.of("", "-Xms64m", "-Xmx256m")) {
      Result run = run(home, Map.of("JAVA_HOME", System.getProperty("java.home"), "LC_ALL", "C.UTF-8",
          "COCREA_JIT", "few-cores", "COCREA_JAVA_OPTS", opts), "bin/cocrea", "validate", "--format", "json",
          "--as-of", "2026-11-25", "examples/pal");
      assertThat(run.code).as(opts + ": " + run.err).isEqualTo(1);
      assertThat(run.out).as(opts).startsWith("{").contains("\"reportVersion\"").doesNotContain("warning");
      assertThat(run.err).as(opts).isEmpty();
    }
  }

  @Test
  void theFewCoresTuningKeepsC1OnlyForALongRunOfLittleInput() throws Exception {
    // examples/pal is a folder (a long run) of a few kilobytes: far below the half gigabyte from which C2 pays
    Result run = run(home, Map.of("JAVA_HOME", System.getProperty("java.home"), "LC_ALL", "C.UTF-8",
        "COCREA_JIT", "few-cores", "COCREA_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "bin/cocrea", "validate",
        "--as-of", "2026-11-25", "examples/pal");
    // the JVM prints its flags on standard output, or on standard error in the run that records the cache
    String flags = (run.out + "\n" + run.err).lines().filter(l -> l.contains("-XX:")).findFirst().orElse("");
    assertThat(run.code).as(run.err).isEqualTo(1);
    assertThat(flags).contains("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC")
        .doesNotContain("Tier4InvocationThreshold");
  }

  private Result cocrea(Path javaHome, String locale) throws Exception {
    return run(home, Map.of("JAVA_HOME", javaHome.toString(), "LC_ALL", locale), "bin/cocrea", "validate",
        "--as-of", "2026-11-25", "examples/pal");
  }

  private record Result(int code, String out, String err) {}

  private static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile());
    pb.environment().remove("COCREA_JAR");
    pb.environment().remove("JAVA");
    pb.environment().putAll(env);
    Path out = Files.createTempFile("dist-out", ".txt");
    Path err = Files.createTempFile("dist-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError(String.join(" ", command) + " took longer than 120 s");
    }
    Result result = new Result(p.exitValue(), read(out), read(err));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
