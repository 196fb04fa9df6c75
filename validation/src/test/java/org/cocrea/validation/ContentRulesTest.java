package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.validation.RuleAssert.result;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.core.Commitment;
import org.cocrea.core.Completeness;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.validation.rules.support.Outputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 3, content not field presence: COM-02 accepts the objective inside OGP Local's action text, MIL-01 and
 * COM-07 the deliverable inside a milestone's description, when the text states an aim or a verifiable output
 * ({@link Outputs}). The heuristic is tested on the commitment texts of the real plans of examples/real (the corpus
 * records no milestone texts).
 */
class ContentRulesTest {

  /** Action texts of examples/real that state an aim or an output (plan, commitment). */
  @ParameterizedTest
  @ValueSource(strings = {
      // ar-caba-2021 ARBA0002
      "An open-data course for CSOs; dialogue tables with the private sector; work tables with data users and "
          + "government areas to improve data.",
      // ar-cbap-2021 ARPCR0005
      "Territorialise the 2030 Agenda and the SDGs in four municipalities with an open-government perspective, "
          + "emphasising collaboration between actors.",
      // ar-mza-2021 ARCMD0001
      "A municipal Transparency Plan that meets provincial laws 8,993 (public ethics), 9,003 (administrative "
          + "procedure) and 9,070, and builds a municipal transparency system.",
      // es-mad-2022 ESMD0005
      "Develop programmes for groups that participate less — elderly people, children and young people, other "
          + "vulnerable groups.",
      // mx-coa-2016 c1
      "Public report on public debt, downloadable in open formats.",
      // mx-ver-2016 c5
      "Public register of disappeared persons in Veracruz.",
      // Spanish, as an OGP Local template is written
      "Fortalecer la contraloría social con acciones de transparencia y rendición de cuentas.",
      "Publicar en datos abiertos el ejercicio de los recursos del programa Agua Limpia."})
  void realActionTextsThatStateAnAim(String text) {
    assertThat(Outputs.statesAim(text)).isTrue();
  }

  /** Texts that name only a topic: neither an aim nor an output. */
  @ParameterizedTest
  @ValueSource(strings = {
      // mx-cam-2017 c2
      "Basic education.",
      // uy-mvd-2023 c1 (the transcription's summary of a commitment whose text is not recorded)
      "A commitment on an environmental issue and the cleanliness of the city, with a technological component.",
      "Educación básica.",
      "Información de interés público.",
      " ",
      ""})
  void topicsStateNoAim(String text) {
    assertThat(Outputs.statesAim(text)).isFalse();
    assertThat(Outputs.statesOutput(text)).isFalse();
  }

  @Test
  void anOutputIsAProductOrAQuantityNotAnIntention() {
    assertThat(Outputs.statesOutput("Reporte público sobre la deuda, descargable en formatos abiertos.")).isTrue();
    assertThat(Outputs.statesOutput("Capacitar a 200 personas servidoras públicas")).isTrue();
    assertThat(Outputs.statesOutput("Mesas de trabajo con la sociedad civil")).isTrue();
    assertThat(Outputs.statesOutput("Improve trust in state and municipal police.")).isFalse();   // mx-mor-2015 c3
    assertThat(Outputs.statesAim("Improve trust in state and municipal police.")).isTrue();
    assertThat(Outputs.statesOutput((String) null)).isFalse();
  }

  private static LocalExercise exercise(Commitment c, Framework... frameworks) {
    return LocalExercise.builder().id("x").frameworks(List.of(frameworks))
        .addPlan(LocalActionPlan.builder().id("p").periodStart(LocalDate.of(2021, 1, 1))
            .periodEnd(LocalDate.of(2022, 12, 31)).addCommitment(c).build())
        .build();
  }

  private static ValidationReport check(LocalExercise x) {
    return CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2026, 12, 1)).build()).validate(x);
  }

  @Test
  void com02AcceptsTheObjectiveInsideOgpLocalsActionText() {
    Commitment inTheAction = Commitment.builder().id("c1").title("Datos abiertos")
        .description("Publicar en datos abiertos el ejercicio de los recursos del programa.").build();
    Commitment topicOnly = Commitment.builder().id("c1").title("Educación").description("Educación básica.").build();

    assertThat(result(check(exercise(inTheAction, Framework.OGP_LOCAL)), "COM-02").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(check(exercise(topicOnly, Framework.OGP_LOCAL)).findings("COM-02")).hasSize(1);
    // INAI writes the objective in its own field: the action text does not stand for it
    assertThat(check(exercise(inTheAction, Framework.INAI_LOCAL)).findings("COM-02")).hasSize(1);
    // a partial record that holds no objective and a topic only: not recorded, not failed
    LocalExercise partial = LocalExercise.builder().from(exercise(topicOnly, Framework.OGP_LOCAL))
        .record(RecordDeclaration.builder().completeness(Completeness.PARTIAL).build()).build();
    assertThat(result(check(partial), "COM-02").outcome()).isEqualTo(Outcome.NOT_RECORDED);
  }

  @Test
  void mil01AndCom07AcceptTheDeliverableInsideOgpLocalsMilestoneDescription() {
    Milestone described = Milestone.builder().id("m1").description("Publicar el informe trimestral del gasto")
        .verificationMeans("Liga al informe").dueDate(LocalDate.of(2022, 6, 30)).build();
    Milestone vague = Milestone.builder().id("m1").description("Mejorar la confianza ciudadana")
        .verificationMeans("Liga").dueDate(LocalDate.of(2022, 6, 30)).build();
    Commitment withDescribed = Commitment.builder().id("c1").title("Gasto").addMilestone(described).build();
    Commitment withVague = Commitment.builder().id("c1").title("Gasto").addMilestone(vague).build();

    ValidationReport ogp = check(exercise(withDescribed, Framework.OGP_LOCAL));
    assertThat(result(ogp, "MIL-01").outcome()).isEqualTo(Outcome.PASS);
    assertThat(result(ogp, "COM-07").outcome()).isEqualTo(Outcome.PASS);
    ValidationReport ogpVague = check(exercise(withVague, Framework.OGP_LOCAL));
    assertThat(ogpVague.findings("MIL-01")).extracting(Finding::messageKey).containsExactly("MIL-01.noDeliverable");
    assertThat(ogpVague.findings("COM-07")).hasSize(1);
    ValidationReport inai = check(exercise(withDescribed));
    assertThat(inai.findings("MIL-01")).extracting(Finding::messageKey).containsExactly("MIL-01.noDeliverable");
    assertThat(inai.findings("COM-07")).hasSize(1);
  }
}
