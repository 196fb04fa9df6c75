package org.cocrea.core;

/**
 * How the STL represents its sectors [S:MOD][S:APT].
 *
 * @since 0.1.0
 */
public enum RepresentationModel implements Labelled {
  /** Tripartita (Tripartite). */
  TRIPARTITE("Tripartita", "Tripartite"),
  /** Con vocalías (With vocal seats). */
  WITH_VOCALIAS("Con vocalías", "With vocal seats"),
  /** Con enlaces regionales (With regional links). */
  REGIONAL_LINKS("Con enlaces regionales", "With regional links"),
  /** Multipoderes (Multi-branch). */
  MULTI_BRANCH("Multipoderes", "Multi-branch");

  private final String labelEs;
  private final String labelEn;

  RepresentationModel(String labelEs, String labelEn) {
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
