package org.cocrea.core;

import java.util.Objects;

/**
 * The six basic steps of a local exercise [S:SRC]. Real exercises overlap steps (sensitisation went on after STL
 * installation in Morelos), so the model checks artefact precedence by date rather than a strict state flag; {@link
 * #reachedBy(LocalExercise)} derives the furthest step whose artefacts exist.
 *
 * <pre>{@code
 * Step step = Step.reachedBy(exercise);     // e.g. S5_PAL_LAUNCH_IMPLEMENTATION
 * step.labelEs();                           // "Lanzamiento e implementación del PAL"
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Step implements Labelled {
  /** 1. Arranque del ejercicio: the joint declaration is signed. */
  S1_START("Arranque del ejercicio", "Start of the exercise"),
  /** 2. Sensibilización y socialización entre un mayor número de partes interesadas. */
  S2_AWARENESS("Sensibilización y socialización", "Awareness and socialisation"),
  /** 3. Integración del STL. */
  S3_STL_INTEGRATION("Integración del Secretariado Técnico Local", "Integration of the Local Technical Secretariat"),
  /** 4. Mesas participativas. */
  S4_PARTICIPATORY_TABLES("Mesas participativas", "Participatory tables"),
  /** 5. Lanzamiento e implementación del PAL. */
  S5_PAL_LAUNCH_IMPLEMENTATION("Lanzamiento e implementación del PAL", "Launch and implementation of the PAL"),
  /** 6. Seguimiento, monitoreo y evaluación del PAL. */
  S6_MONITORING_EVALUATION("Seguimiento, monitoreo y evaluación del PAL", "Follow-up, monitoring and evaluation of the PAL");

  private final String labelEs;
  private final String labelEn;

  Step(String labelEs, String labelEn) {
    this.labelEs = labelEs;
    this.labelEn = labelEn;
  }

  @Override
  public String labelEs() {
    return labelEs;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }

  /**
   * The step's number, 1 to 6.
   *
   * @return the number
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * The furthest step whose artefacts the exercise records: a progress report or evaluation (6), a published plan (5),
   * a participatory table (4), an installed STL (3), an awareness event (2), otherwise 1. Declared and derived steps
   * may differ; rules compare them.
   *
   * @param exercise the exercise, must not be null
   * @return the step reached, never null
   */
  public static Step reachedBy(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    boolean tracked = exercise.plans().stream()
        .anyMatch(p -> !p.progressReports().isEmpty() || !p.evaluations().isEmpty());
    if (tracked) {
      return S6_MONITORING_EVALUATION;
    }
    if (exercise.plans().stream().anyMatch(p -> p.publishedOn().isPresent())) {
      return S5_PAL_LAUNCH_IMPLEMENTATION;
    }
    if (exercise.plans().stream().anyMatch(p -> p.coCreation().map(c -> !c.tables().isEmpty()).orElse(false))) {
      return S4_PARTICIPATORY_TABLES;
    }
    if (exercise.stls().stream().anyMatch(s -> s.installedOn().isPresent())) {
      return S3_STL_INTEGRATION;
    }
    if (!exercise.awarenessEvents().isEmpty()) {
      return S2_AWARENESS;
    }
    return S1_START;
  }
}
