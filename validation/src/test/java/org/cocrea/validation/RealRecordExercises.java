package org.cocrea.validation;

import java.util.List;
import java.util.Set;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Milestone;
import org.cocrea.core.StatedCount;

/**
 * Small exercises for the checks real records call for (real-records.md §5, §7): a plan listing more commitments
 * than its source states (PAL-09), one commitment registered twice (COM-15), and an inception assessment that calls
 * verifiable a commitment whose recorded milestones state no verifiable deliverable (EVA-09).
 */
final class RealRecordExercises {

  static final Set<String> NAMES = Set.of("moreListedThanStated", "registeredTwice", "assessmentDisagrees");

  static final String LONG_TITLE = "Publicar en datos abiertos el padrón de obra pública municipal";

  private RealRecordExercises() {}

  static LocalExercise named(String name) {
    return switch (name) {
      case "moreListedThanStated" -> moreListedThanStated();
      case "registeredTwice" -> registeredTwice();
      case "assessmentDisagrees" -> assessmentDisagrees();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Three commitments listed, two stated by the source. */
  static LocalExercise moreListedThanStated() {
    return LocalExercise.builder().id("mx-counts")
        .addPlan(LocalActionPlan.builder().id("pal-1")
            .commitments(List.of(commitment("c-1", "Uno"), commitment("c-2", "Dos"), commitment("c-3", "Tres")))
            .statedCounts(List.of(StatedCount.builder().of("commitments").count(2).text("dos compromisos").build()))
            .build())
        .build();
  }

  /** The same commitment under two identifiers, its title written with other case, accents and punctuation. */
  static LocalExercise registeredTwice() {
    return LocalExercise.builder().id("mx-twice")
        .addPlan(LocalActionPlan.builder().id("pal-1")
            .commitments(List.of(commitment("c-1", LONG_TITLE),
                commitment("c-2", "PUBLICAR en Datos Abiertos el padron de obra publica municipal.")))
            .build())
        .build();
  }

  /** An inception assessment rates c-1 verifiable; its only milestone (milestones recorded in full) has no deliverable. */
  static LocalExercise assessmentDisagrees() {
    return LocalExercise.builder().id("mx-assessed")
        .addPlan(LocalActionPlan.builder().id("pal-1")
            .commitments(List.of(Commitment.builder().id("c-1").title("Consejo de transparencia")
                .milestones(List.of(Milestone.builder().id("m-1").description("Reuniones con vecinos").build()))
                .build()))
            .evaluations(List.of(Evaluation.builder().id("ev-inception").type(EvaluationType.INCEPTION)
                .title("Informe inicial")
                .commitmentAssessments(List.of(CommitmentAssessment.builder().commitmentId("c-1").verifiable(true)
                    .build()))
                .build()))
            .build())
        .build();
  }

  static Commitment commitment(String id, String title) {
    return Commitment.builder().id(id).title(title).build();
  }
}
