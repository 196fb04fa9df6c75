package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlStatus;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.research.export.ExportTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatsCommandTest {

  @TempDir
  Path dir;

  private Path corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus.resolve("sub"));
    Files.writeString(corpus.resolve("a.json"), CocreaJson.write(exercise("mx-a", 2)), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("sub/b.json"), CocreaJson.write(exercise("mx-b", 3)), StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("sub/broken.json"), "{", StandardCharsets.UTF_8);
  }

  /** An exercise with an active STL of one seat per sector and {@code commitments} commitments of one milestone. */
  private static LocalExercise exercise(String id, int commitments) {
    LocalActionPlan.Builder plan = LocalActionPlan.builder().id(id + "-pal");
    for (int i = 1; i <= commitments; i++) {
      plan.addCommitment(Commitment.builder().id(id + "-c" + i).addMilestone(Milestone.builder().id(id + "-m" + i)
          .dueDate(LocalDate.of(2016, 1, i)).build()).build());
    }
    return LocalExercise.builder().id(id).guarantorBodyId(id + "-gb")
        .addOrganization(Organization.builder().id(id + "-gov").name("Gobierno " + id).sector(Sector.GOVERNMENT)
            .build())
        .addOrganization(Organization.builder().id(id + "-gb").name("Garante " + id).sector(Sector.GUARANTOR_BODY)
            .build())
        .addOrganization(Organization.builder().id(id + "-cso").name("OSC " + id).sector(Sector.CIVIL_SOCIETY)
            .build())
        .addPerson(Person.builder().id(id + "-p").name("Persona Privada").email("privada@example.org").build())
        .addDeclaration(JointDeclaration.builder().id(id + "-d").build())
        .addStl(LocalTechnicalSecretariat.builder().id(id + "-stl").status(StlStatus.ACTIVE)
            .addMembership(StlMembership.builder().id(id + "-m-gov").organizationId(id + "-gov").build())
            .addMembership(StlMembership.builder().id(id + "-m-gb").organizationId(id + "-gb").build())
            .addMembership(StlMembership.builder().id(id + "-m-cso").organizationId(id + "-cso")
                .personId(id + "-p").build())
            .build())
        .addPlan(plan.build()).build();
  }

  @Test
  void textStatisticsAreSpanishByDefault() {
    CliRun run = CliRun.of("stats", "--as-of", "2017-01-01", corpus.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Fecha de corte 2017-01-01").contains("3 archivos: 2 ejercicios leídos")
        .containsPattern("Compromisos cocreados +5 ").containsPattern("STL en operación +2 ")
        .containsPattern("Tarde +5 +100\\.0 %").contains("sub/broken.json: JSON-01");
  }

  @Test
  void jsonStatisticsInEnglishGoToStandardOutput() {
    CliRun run = CliRun.of("stats", "--lang", "en", "--format", "JSON", "--as-of", "2015-12-31", "--jobs", "2",
        corpus.toString());

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertThat(root.get("headline").get("commitments_co_created").asInt()).isEqualTo(5);
    assertThat(root.get("headline").get("civil_society_organizations").asInt()).isEqualTo(2);
    assertThat(root.get("tallies").get("milestones_by_status").get("counts").get("NOT_STARTED").asInt())
        .isEqualTo(5);
    assertThat(root.get("failures").get(0).get("source").asString()).isEqualTo("sub/broken.json");
  }

  @Test
  void csvWithAnOutputFolderWritesTheStatisticsAndTheTidyTablesWithoutPersonalData() throws IOException {
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("stats", "--format", "csv", "--as-of", "2017-01-01", "--output", out.toString(),
        corpus.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().trim()).isEqualTo(out.resolve("stats.csv").toString());
    assertThat(out.resolve("stats.csv")).content(StandardCharsets.UTF_8)
        .startsWith("statistic,exercise_id,key,count,total\n").contains("headline,,commitments_co_created,5,\n");
    for (ExportTable t : ExportTable.values()) {
      assertThat(out.resolve(t.fileName())).exists();
    }
    assertThat(out.resolve("commitments.csv")).content(StandardCharsets.UTF_8).contains("mx-b-c3");
    assertThat(out.resolve("people.csv")).content(StandardCharsets.UTF_8).doesNotContain("Persona Privada")
        .doesNotContain("privada@example.org");
    assertThat(out.resolve("files.csv")).content(StandardCharsets.UTF_8).contains("sub/broken.json,false,");

    Path personal = dir.resolve("personal");
    assertThat(CliRun.of("stats", "--format", "csv", "--personal-data", "--output", personal.toString(),
        corpus.toString()).code()).isZero();
    assertThat(personal.resolve("people.csv")).content(StandardCharsets.UTF_8).contains("privada@example.org");
  }

  @Test
  void htmlGoesToAFileInTheOutputFolder() {
    Path out = dir.resolve("html");
    CliRun run = CliRun.of("stats", "--format", "html", "--lang", "en", "--output", out.toString(),
        corpus.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(out.resolve("stats.html")).content(StandardCharsets.UTF_8).contains("<html lang=\"en\">")
        .contains("Compliance by rule family and exercise").contains("<svg");
  }

  @Test
  void usageErrorsAreLocalized() throws IOException {
    CliRun missing = CliRun.of("stats", dir.resolve("nowhere").toString());
    CliRun format = CliRun.of("stats", "--lang", "en", "--format", "sarif", corpus.toString());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun noFiles = CliRun.of("stats", empty.toString());
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    CliRun outputIsFile = CliRun.of("stats", "--output", file.toString(), corpus.toString());

    assertThat(missing.code()).isEqualTo(Cli.USAGE);
    assertThat(missing.err()).startsWith("cocrea: la ruta no existe: ");
    assertThat(format.code()).isEqualTo(Cli.USAGE);
    assertThat(format.err()).contains("--format").contains("text, json, csv, html");
    assertThat(noFiles.code()).isEqualTo(Cli.USAGE);
    assertThat(noFiles.err()).contains("no hay archivos .json");
    assertThat(outputIsFile.code()).isEqualTo(Cli.USAGE);
    assertThat(outputIsFile.err()).contains("no es un directorio");
  }

  @Test
  void helpDescribesTheCommandInBothLanguages() {
    CliRun es = CliRun.of("stats", "--help");
    CliRun en = CliRun.of("stats", "--help", "--lang", "en");
    CliRun top = CliRun.of("--help");

    assertThat(es.code()).isZero();
    assertThat(es.out()).contains("Uso: cocrea stats").contains("--personal-data").contains("Códigos de salida:");
    assertThat(en.out()).contains("Usage: cocrea stats").contains("Computes statistics of a corpus");
    assertThat(top.out()).contains("stats");
    assertThat(List.of(es.out(), en.out())).noneMatch(s -> s.contains("[stats."));
  }
}
