package org.cocrea.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.Sector;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.research.stats.StatsFormat;
import org.cocrea.research.stats.StatsWriter;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.validation.regime.GuarantorRegime;
import org.cocrea.validation.regime.GuarantorSeat;
import org.cocrea.validation.regime.StateRegimes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus figures split across the 2025 reform, and the exercises whose guarantor seat is a concern (issue 13). */
class ReformSplitTest {

  private static final LocalDate AS_OF = LocalDate.of(2027, 1, 1);

  @TempDir
  static Path dir;

  private static CorpusStatistics stats;

  @BeforeAll
  static void corpus() throws IOException {
    write("a-ver-2016", "MX-VER", LocalDate.of(2016, 3, 9), "org-old");
    write("b-ver-2026", "MX-VER", LocalDate.of(2026, 3, 9), null);
    write("c-ver-2026", "MX-VER", LocalDate.of(2026, 3, 9), "org-exec");
    write("d-mor-2026", "MX-MOR", LocalDate.of(2026, 3, 9), "org-old");
    stats = Corpus.load(dir, CorpusOptions.builder().asOf(AS_OF).build()).statistics();
  }

  private static void write(String id, String state, LocalDate day, String guarantor) throws IOException {
    LocalTechnicalSecretariat.Builder stl = LocalTechnicalSecretariat.builder().id("stl").installedOn(day.plusDays(30))
        .addMemberships(seat("m-gov", "org-gov", Sector.GOVERNMENT), seat("m-osc", "org-osc", Sector.CIVIL_SOCIETY));
    if (guarantor != null) {
      stl.addMemberships(seat("m-gar", guarantor, Sector.GUARANTOR_BODY));
    }
    LocalExercise x = LocalExercise.builder().id(id).jurisdiction(Jurisdiction.builder().code(state).build())
        .addOrganizations(
            Organization.builder().id("org-gov").name("Contraloría").sector(Sector.GOVERNMENT)
                .branch(GovernmentBranch.EXECUTIVE).order(OrderOfGovernment.STATE).build(),
            Organization.builder().id("org-osc").name("OSC").sector(Sector.CIVIL_SOCIETY).build(),
            Organization.builder().id("org-old").acronym("IVAI").sector(Sector.GUARANTOR_BODY).build(),
            Organization.builder().id("org-exec").name("Transparencia para el Pueblo").sector(Sector.GUARANTOR_BODY)
                .branch(GovernmentBranch.EXECUTIVE).order(OrderOfGovernment.STATE).build())
        .addDeclarations(JointDeclaration.builder().id("decl").signedOn(day)
            .addSignatories(Signatory.builder().organizationId("org-gov").build()).build())
        .addStls(stl.build()).build();
    Files.writeString(dir.resolve(id + ".json"), CocreaJson.write(x), StandardCharsets.UTF_8);
  }

  private static StlMembership seat(String id, String org, Sector sector) {
    return StlMembership.builder().id(id).organizationId(org).seatSector(sector).build();
  }

  @Test
  void exercisesAreSplitByTheRegimeAtTheirStart() {
    assertThat(stats.exercisesByRegime().count(GuarantorRegime.AUTONOMOUS_BODY)).isEqualTo(1);
    assertThat(stats.exercisesByRegime().count(GuarantorRegime.SUCCESSOR_AUTHORITY)).isEqualTo(2);
    assertThat(stats.exercisesByRegime().count(GuarantorRegime.UNKNOWN)).as("Morelos has no date").isEqualTo(1);
    assertThat(stats.exercisesByGuarantorSeat().count(GuarantorSeat.VACANT)).isEqualTo(1);
    assertThat(stats.exercisesByGuarantorSeat().count(GuarantorSeat.EXECUTIVE)).isEqualTo(1);
    assertThat(stats.exercisesByGuarantorSeat().count(GuarantorSeat.HELD)).isEqualTo(2);
    assertThat(stats.guarantorSeatConcerns()).extracting(ExerciseSummary::exerciseId)
        .containsExactly("b-ver-2026", "c-ver-2026");
  }

  @Test
  void aUsersTableMovesTheSplit() {
    String table = String.join(",", StateRegimes.COLUMNS) + "\n"
        + "MX,Federación,,INAI,,,2024-12-20,2025-03-21,,DONE,DOF,\n"
        + "MX-MOR,Morelos,,IMIPE,SABG,EXECUTIVE_SECRETARIAT_OR_COMPTROLLER,,2026-01,,DONE,s,\n";
    CorpusStatistics mine = Corpus.load(dir, CorpusOptions.builder().asOf(AS_OF)
        .regimes(StateRegimes.parse(table, "mine.csv")).build()).statistics();
    assertThat(mine.exercisesByRegime().count(GuarantorRegime.SUCCESSOR_AUTHORITY)).as("Morelos only").isEqualTo(1);
    assertThat(mine.exercisesByRegime().count(GuarantorRegime.UNKNOWN)).as("Veracruz 2026 not in my table")
        .isEqualTo(2);
  }

  @Test
  void theTextAndJsonReportsShowTheSplitAndTheConcerns() throws IOException {
    StringWriter text = new StringWriter();
    StatsWriter.of(StatsFormat.TEXT).write(stats, Locale.ENGLISH, text);
    assertThat(text.toString()).contains("Exercises by guarantor regime at their start (2025 reform)")
        .contains("Successor guarantor authority").contains("Exercises whose guarantor seat is vacant or held by the "
            + "Executive\n  b-ver-2026 (b-ver-2026.json): Vacant · Successor guarantor authority\n"
            + "  c-ver-2026 (c-ver-2026.json): Held by the Executive · Successor guarantor authority\n");
    StringWriter json = new StringWriter();
    StatsWriter.of(StatsFormat.JSON).write(stats, Locale.ENGLISH, json);
    assertThat(json.toString()).contains("\"exercises_by_regime\"").contains("\"guarantorSeat\" : \"EXECUTIVE\"");
  }
}
