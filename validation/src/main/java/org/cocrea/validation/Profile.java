package org.cocrea.validation;

import org.cocrea.core.Framework;
import org.cocrea.core.Labelled;

/**
 * Which rules run, and at which severity. The default, {@link #BY_FRAMEWORK}, follows each exercise's declared
 * framework(s) (real-records.md §4); the two fixed profiles are severity policies a user may choose instead
 * (methodology.md section 4, suggested profiles [P]).
 *
 * <pre>{@code
 * CocreaValidator.create();                                                    // BY_FRAMEWORK
 * CocreaValidator.create(ValidatorOptions.builder().profile(Profile.INAI_CORE).build());  // every exercise as INAI's
 * Profile.BY_FRAMEWORK.label(java.util.Locale.ENGLISH);    // "by each exercise's programme", as reports print it
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Profile implements Labelled {
  /**
   * INAI's standard for every exercise, whatever it declares (the 1.0 default): every rule that is a requirement of
   * {@link Framework#INAI_LOCAL}, at its catalogue severity; the others do not run.
   */
  INAI_CORE("estándar del INAI para todo ejercicio", "INAI's standard for every exercise"),
  /**
   * Every rule for every exercise, whatever it declares, each judged by its catalogue line as in 1.0; rules with an
   * OGP or IRM source are raised to errors (OGP Local's participation and co-creation standards as requirements).
   */
  OGP_LOCAL("todas las reglas, las de fuente OGP como errores", "every rule, those sourced from OGP as errors"),
  /**
   * The default: each exercise is judged by the rules of the framework(s) it declares ({@link
   * org.cocrea.core.LocalExercise#frameworks()}; none declared means {@link Framework#INAI_LOCAL}, as every 1.0 file
   * reads), at their catalogue severity. A rule of none of them is not applicable, and the report says so ({@link
   * ValidationReport#notJudgedRules()}, reason {@link NotJudged.Reason#FRAMEWORK}). An INAI_LOCAL exercise gets the
   * same findings as under {@link #INAI_CORE}.
   *
   * @since 0.2.0
   */
  BY_FRAMEWORK("según el programa de cada ejercicio", "by each exercise's programme");

  private final String labelEs;
  private final String labelEn;

  Profile(String labelEs, String labelEn) {
    this.labelEs = labelEs;
    this.labelEn = labelEn;
  }

  /**
   * How reports name the profile in Spanish (never the constant's name).
   *
   * @return the label, never null
   * @since 0.2.0
   */
  @Override
  public String labelEs() {
    return labelEs;
  }

  /**
   * How reports name the profile in English.
   *
   * @return the label, never null
   * @since 0.2.0
   */
  @Override
  public String labelEn() {
    return labelEn;
  }
}
