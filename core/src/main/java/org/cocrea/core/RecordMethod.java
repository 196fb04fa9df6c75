package org.cocrea.core;

/**
 * How a record was made (real-records.md §2).
 *
 * <pre>{@code
 * String label = RecordMethod.SYSTEM_OF_RECORD.label(java.util.Locale.forLanguageTag("es-MX")); // "Registro de origen"
 * }</pre>
 *
 * @since 0.2.0
 */
public enum RecordMethod implements Labelled {
  /** Registro de origen (System of record). */
  SYSTEM_OF_RECORD("Registro de origen", "System of record"),
  /** Transcripción de documentos (Transcription from documents). */
  TRANSCRIPTION("Transcripción de documentos", "Transcription from documents"),
  /** Importación (Import). */
  IMPORT("Importación", "Import"),
  /** Reconstrucción de páginas públicas (Reconstruction from public pages). */
  RECONSTRUCTION("Reconstrucción de páginas públicas", "Reconstruction from public pages");

  private final String labelEs;
  private final String labelEn;

  RecordMethod(String labelEs, String labelEn) {
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
