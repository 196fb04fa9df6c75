package org.cocrea.core;

/**
 * Status of a local exercise, abstracted from the "Estatus" lines of the state pages [S:APT]; SUSPENDED is [P].
 *
 * @since 0.1.0
 */
public enum ExerciseStatus implements Labelled {
  /** En proceso de sensibilización y convocatoria (Awareness and call in progress). */
  AWARENESS_IN_PROGRESS("En proceso de sensibilización y convocatoria", "Awareness and call in progress"),
  /** Definición de representantes de los tres sectores (Defining the three sectors' representatives). */
  DEFINING_REPRESENTATIVES("Definición de representantes de los tres sectores", "Defining the three sectors' representatives"),
  /** Reuniones preparatorias del STL para construir el PAL (STL preparing the PAL). */
  STL_PREPARING_PAL("Reuniones preparatorias del STL para construir el PAL", "STL preparing the PAL"),
  /** Definiendo la ruta de las mesas participativas (Defining the route of participatory tables). */
  DEFINING_TABLES_ROUTE("Definiendo la ruta de las mesas participativas", "Defining the route of participatory tables"),
  /** Implementación del PAL (PAL implementation). */
  PAL_IMPLEMENTATION("Implementación del PAL", "PAL implementation"),
  /** Cierre del plan (Closing the plan). */
  PAL_CLOSING("Cierre del plan", "Closing the plan"),
  /** Preparación del siguiente plan (Preparing the next plan). */
  NEXT_PLAN_PREPARATION("Preparación del siguiente plan", "Preparing the next plan"),
  /** Suspendido (Suspended). */
  SUSPENDED("Suspendido", "Suspended");

  private final String labelEs;
  private final String labelEn;

  ExerciseStatus(String labelEs, String labelEn) {
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
}
