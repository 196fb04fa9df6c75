package org.cocrea.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Sector;
import org.cocrea.research.export.ExportTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's research session ({@code examples/jshell/session.jsh} after {@code examples/jshell/cocrea.jsh})
 * in a real {@code jshell}, non-interactively, in a folder holding a copy of {@code examples/pal}, and checks what it
 * prints and writes against figures counted in the test.
 */
class ResearchSessionTest {

  @TempDir
  static Path work;

  private static String output;
  private static int exitCode;
  private static List<LocalExercise> exercises;

  @BeforeAll
  static void runSession() throws Exception {
    Path pal = Files.createDirectories(work.resolve("examples").resolve("pal"));
    try (Stream<Path> files = Files.list(ExampleCorpus.folder())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.copy(f, pal.resolve(f.getFileName()));
      }
    }
    exercises = ExampleCorpus.exercises();
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    assertThat(jshell).as("a JDK with jshell runs the tests").exists();
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path log = work.resolve("session.log");
    Process p = new ProcessBuilder(jshell.toString(), "--class-path", classPath, "-J-Duser.language=de",
        "-R-Duser.language=de", Path.of("jshell", "cocrea.jsh").toAbsolutePath().toString(),
        Path.of("jshell", "session.jsh").toAbsolutePath().toString())
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("jshell finished").isTrue();
    exitCode = p.exitValue();
    output = Files.readString(log, StandardCharsets.UTF_8);
  }

  @Test
  void runsCleanlyInTenLines() throws Exception {
    assertThat(exitCode).as(output).isZero();
    assertThat(output).doesNotContain("|  Error").doesNotContain("Exception").doesNotContain("HV000001");
    List<String> session = Files.readAllLines(Path.of("jshell", "session.jsh"), StandardCharsets.UTF_8);
    assertThat(session).hasSize(10).last().isEqualTo("/exit");
  }

  @Test
  void printsTheCorpusAndItsHeadlineFigures() {
    long commitments = ExampleCorpus.commitments(exercises).size();
    int government = ExampleCorpus.distinctOrganizations(exercises, EnumSet.of(Sector.GOVERNMENT,
        Sector.AUTONOMOUS_BODY));
    int csos = ExampleCorpus.distinctOrganizations(exercises, EnumSet.of(Sector.CIVIL_SOCIETY));

    assertThat(output).contains("Corpus[examples/pal: 5 exercises (")
        .contains("\nEjercicios: 5\n")
        .contains("\nOrganismos garantes adheridos: 5\n")
        .contains("\nSTL en operación: 5\n")
        .contains("\nCompromisos cocreados: " + commitments + "\n")
        .contains("\nInstituciones de gobierno involucradas: " + government + "\n")
        .contains("\nOrganizaciones de la sociedad civil involucradas: " + csos + "\n");
  }

  @Test
  void printsStlSeatsCommitmentStatusCompletionAndCompliance() {
    Map<Sector, Long> seats = ExampleCorpus.seats(exercises);
    long total = seats.values().stream().mapToLong(Long::longValue).sum();

    assertThat(output).containsPattern("\n  Gobierno +" + seats.get(Sector.GOVERNMENT) + " +"
        + percent(seats.get(Sector.GOVERNMENT), total) + " %\n");
    assertThat(output).containsPattern("\n  Sociedad civil +" + seats.get(Sector.CIVIL_SOCIETY) + " +");
    assertThat(output).contains("Compromisos al 2017-12-31:").contains("MRI:").containsPattern("Completo +5 ");
    assertThat(output).contains("Cumplimiento por familia:").containsPattern("\n  STL +Composición y funcionamiento");
  }

  @Test
  void writesTheTidyTablesAndTheStatisticsPage() throws Exception {
    Path csv = work.resolve("pal-csv");
    assertThat(output).contains("14 CSV → pal-csv").contains("HTML → pal-stats.html");
    for (ExportTable t : ExportTable.values()) {
      assertThat(ExampleCorpus.header(csv.resolve(t.fileName()))).isEqualTo(t.columns());
    }
    List<Map<String, String>> commitments = ExampleCorpus.csv(csv.resolve("commitments.csv"));
    assertThat(commitments).extracting(r -> r.get("commitment_id"))
        .containsExactlyElementsOf(ExampleCorpus.commitments(exercises).stream().map(Commitment::id).toList());
    for (Map<String, String> row : ExampleCorpus.csv(csv.resolve("exercises.csv"))) {
      LocalExercise e = exercises.stream().filter(x -> x.id().equals(row.get("exercise_id"))).findFirst()
          .orElseThrow();
      assertThat(Long.parseLong(row.get("commitments"))).isEqualTo(ExampleCorpus.commitments(List.of(e)).size());
      assertThat(row.get("as_of")).isEqualTo("2017-12-31");
    }
    assertThat(work.resolve("pal-stats.html")).content(StandardCharsets.UTF_8).contains("<svg")
        .contains("Estadísticas del corpus de PAL");
  }

  private static String percent(long part, long whole) {
    return java.math.BigDecimal.valueOf(part * 100).divide(java.math.BigDecimal.valueOf(whole), 1,
        java.math.RoundingMode.HALF_UP).toPlainString().replace(".", "\\.");
  }
}
