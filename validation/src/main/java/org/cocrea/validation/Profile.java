package org.cocrea.validation;

/**
 * Which rules run, and at which severity (methodology.md section 4, suggested profiles [P]).
 *
 * @since 0.1.0
 */
public enum Profile {
  /**
   * The default: every rule not sourced only from OGP material, at its catalogue severity.
   */
  INAI_CORE,
  /**
   * Every rule; rules with an OGP or IRM source are raised to errors (OGP Local's participation and co-creation
   * standards as requirements).
   */
  OGP_LOCAL
}
