package org.cocrea.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cocrea.report.ReportFixtures.EN;
import static org.cocrea.report.ReportFixtures.ES;

import org.junit.jupiter.api.Test;

class TextReportTest {

  private final ReportWriter writer = ReportWriter.of(ReportFormat.TEXT);

  @Test
  void spanishIsTheDefaultLanguageWithHeaderAsOfAndSummary() {
    String text = writer.render(ReportFixtures.run(ES));

    assertThat(text).startsWith("cocrea 0.1.0-test · Informe de validación de archivos PAL\n");
    assertThat(text).contains("Perfil: estándar del INAI para todo ejercicio · Fecha de corte: 2025-06-30 · Idioma: español");
    assertThat(text).contains("== broken.json: NO CUMPLE (1 error, 0 advertencias, 0 informativos)");
    assertThat(text).contains("== ok.json: CUMPLE (0 errores, 0 advertencias, 0 informativos)");
    assertThat(text).contains("Sin hallazgos.");
    assertThat(text).contains("El archivo no pudo leerse");
    assertThat(text).endsWith("Resumen: 3 archivos: 1 cumple, 2 no cumplen, 0 no determinables · 2 errores, 1 advertencia, 1 informativo\n");
  }

  @Test
  void englishWithLangEn() {
    String text = writer.render(ReportFixtures.run(EN));

    assertThat(text).contains("Profile: INAI's standard for every exercise · As of: 2025-06-30 · Language: English");
    assertThat(text).contains("== ok.json: CONFORMS");
    assertThat(text).contains("== broken.json: DOES NOT CONFORM (1 error, 0 warnings, 0 info)");
    assertThat(text).contains("Summary: 3 files: 1 conforms, 2 do not conform, 0 undetermined");
    assertThat(text).doesNotContain("Fecha de corte");
  }

  @Test
  void findingsAreGroupedByRuleErrorsFirstWithLocationPointerStatementAndSource() {
    String text = writer.render(ReportFixtures.run(ES));
    int ref = text.indexOf("  REF-01 [ERROR]\n");
    int fld = text.indexOf("  FLD-01 [ADVERTENCIA] ×2\n");

    assertThat(ref).isPositive();
    assertThat(fld).isGreaterThan(ref);
    assertThat(text).contains("    12:9      /plans/0/commitments/0/responsibleInstitutionIds/0  El identificador");
    assertThat(text).contains("    -         /  Nota");
    assertThat(text.substring(ref)).contains("    Regla: " + org.cocrea.validation.Rules.byId("REF-01").orElseThrow()
        .statement(ES));
    assertThat(text.substring(ref)).contains("    Fuente: " + RuleDescriptor.byId("REF-01").orElseThrow().citation(ES));
  }

  @Test
  void controlCharactersFromFilesCannotDriveTheTerminal() {
    String text = writer.render(ReportFixtures.run(ES));

    assertThat(text).doesNotContain("\u001b");
    assertThat(text).contains("con escape \\u001B[31m rojo");
  }
}
