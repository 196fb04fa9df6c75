package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cocrea.serialization.PalSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MainTest {

  @TempDir
  Path dir;

  @Test
  void versionPrintsTheVersion() {
    CliRun run = CliRun.of("--version");

    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("cocrea " + Version.version() + "\n")
        .contains("PAL schema 1.0, 1.1 · Java ");
  }

  @Test
  void helpIsSpanishByDefaultAndEnglishWithLangEn() {
    CliRun es = CliRun.of("validate", "--help");
    CliRun en = CliRun.of("validate", "--help", "--lang", "en");

    assertThat(es.code()).isZero();
    assertThat(es.out()).contains("Uso: cocrea validate").contains("--as-of=FECHA").contains("RUTA...")
        .contains("Códigos de salida:").contains("Formato del informe: text, json, sarif, html");
    assertThat(en.code()).isZero();
    assertThat(en.out()).contains("Usage: cocrea validate").contains("--as-of=DATE").contains("PATH...")
        .contains("Exit codes:").doesNotContain("Opciones");
  }

  @Test
  void topLevelHelpListsTheCommands() {
    CliRun run = CliRun.of("--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Uso: cocrea [-hV] COMANDO").contains("validate").contains("rules")
        .contains("schema");
    assertThat(CliRun.of("help", "rules").out()).contains("Uso: cocrea rules");
  }

  @Test
  void aRunNamingOneCommandBuildsOnlyThatOneAndItsHelpIsTheSame() {
    java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
    for (Lang lang : Lang.values()) {
      picocli.CommandLine all = Cli.create(lang, sink, sink);
      assertThat(all.getSubcommands().keySet())
          .containsExactlyElementsOf(Cli.SUBCOMMANDS.stream().map(java.util.Map.Entry::getKey).toList());
      for (java.util.Map.Entry<String, Class<?>> s : Cli.SUBCOMMANDS) {
        picocli.CommandLine one = Cli.create(lang, sink, sink, new String[] {s.getKey(), "x.json"});
        if (s.getKey().equals("help")) {
          assertThat(one.getSubcommands().keySet()).isEqualTo(all.getSubcommands().keySet());
          continue;
        }
        assertThat(one.getSubcommands().keySet()).containsExactly(s.getKey());
        assertThat(one.getSubcommands().get(s.getKey()).getUsageMessage())
            .isEqualTo(all.getSubcommands().get(s.getKey()).getUsageMessage());
      }
      // options first, an unknown command or none: every command, so that usage errors list them all
      for (String[] args : List.of(new String[] {"--help"}, new String[] {"valida"}, new String[0],
          new String[] {"-V", "validate"})) {
        assertThat(Cli.create(lang, sink, sink, args).getSubcommands().keySet())
            .isEqualTo(all.getSubcommands().keySet());
      }
    }
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).startsWith("cocrea: falta el comando");
  }

  @Test
  void unknownOptionIsAUsageErrorInTheChosenLanguage() {
    CliRun es = CliRun.of("validate", "--bogus", "x.json");
    CliRun en = CliRun.of("validate", "--lang=en", "--bogus", "x.json");

    assertThat(es.code()).isEqualTo(Cli.USAGE);
    assertThat(es.err()).startsWith("cocrea: argumento no reconocido: --bogus").contains("Uso: cocrea validate");
    assertThat(en.code()).isEqualTo(Cli.USAGE);
    assertThat(en.err()).startsWith("cocrea: unknown argument: --bogus").contains("Usage: cocrea validate");
    assertThat(es.out()).isEmpty();
  }

  @Test
  void missingPathIsAUsageError() {
    CliRun run = CliRun.of("validate");

    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).startsWith("cocrea: falta el parámetro requerido: RUTA");
  }

  @Test
  void pathThatDoesNotExistIsAUsageError() {
    CliRun run = CliRun.of("validate", dir.resolve("nope.json").toString());

    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).startsWith("cocrea: la ruta no existe: ").contains("nope.json");
  }

  @Test
  void directoryWithoutJsonFilesIsAUsageError() {
    CliRun run = CliRun.of("validate", "--lang", "en", dir.toString());

    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).startsWith("cocrea: no .json files in: ");
  }

  @Test
  void invalidValuesAreUsageErrorsThatSayWhatIsExpected() throws Exception {
    Path file = Files.writeString(dir.resolve("a.json"), "{}");

    CliRun format = CliRun.of("validate", "--format", "xml", file.toString());
    CliRun date = CliRun.of("validate", "--as-of", "2025-02-30", file.toString());
    CliRun lang = CliRun.of("validate", "--lang", "fr", file.toString());
    CliRun profile = CliRun.of("validate", "--lang", "en", "--profile", "OGP", file.toString());
    CliRun jobs = CliRun.of("validate", "--jobs", "0", file.toString());

    assertThat(format.code()).isEqualTo(Cli.USAGE);
    assertThat(format.err()).startsWith("cocrea: valor no válido para --format: «xml»: debe ser uno de: text, json");
    assertThat(date.err()).startsWith("cocrea: valor no válido para --as-of: «2025-02-30»: debe ser una fecha");
    assertThat(lang.err()).startsWith("cocrea: valor no válido para --lang: «fr»: debe ser es o en");
    assertThat(profile.err()).startsWith("cocrea: invalid value for --profile: \"OGP\": must be one of: INAI_CORE, OGP_LOCAL, BY_FRAMEWORK");
    assertThat(jobs.code()).isEqualTo(Cli.USAGE);
    assertThat(jobs.err()).contains("--jobs");
  }

  @Test
  void outputIntoAMissingDirectoryIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("a.json"), "{}");

    CliRun run = CliRun.of("validate", "--output", dir.resolve("no/such/dir/r.txt").toString(), file.toString());

    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).startsWith("cocrea: no se puede escribir el informe en");
  }

  @Test
  void schemaPrintsTheCurrentSchemaAsShippedAndEachVersionOnRequest() {
    CliRun run = CliRun.of("schema");

    assertThat(run.code()).isZero();
    String text = PalSchema.forVersion("1.1").text();
    assertThat(run.out()).isEqualTo(text.endsWith("\n") ? text : text + "\n");
    for (String version : List.of("1.0", "1.1")) {
      CliRun v = CliRun.of("schema", "--version", version);
      String expected = PalSchema.forVersion(version).text();
      assertThat(v.code()).isZero();
      assertThat(v.out()).isEqualTo(expected.endsWith("\n") ? expected : expected + "\n");
    }
    assertThat(CliRun.of("schema", "--version", "1.0").out()).contains(PalSchema.ID);
    assertThat(CliRun.of("schema", "--version", "1.1").out()).contains(PalSchema.ID_1_1);
    CliRun wrong = CliRun.of("schema", "--version", "2.0");
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.err()).contains("--version").contains("1.0, 1.1");
  }

  @Test
  void rulesAsJsonListTheCatalogueWithBothLanguages() {
    CliRun run = CliRun.of("rules", "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode root = JsonMapper.builder().build().readTree(run.out());
    assertThat(root.get("rules")).hasSize(org.cocrea.validation.Rules.catalogue().size());
    for (JsonNode r : root.get("rules")) {
      java.util.List<String> names = new java.util.ArrayList<>(r.propertyNames());
      assertThat(names).containsExactly("id", "severity", "category", "source", "messages");
      assertThat(r.get("messages").get("es").asString()).isNotBlank();
      assertThat(r.get("messages").get("en").asString()).isNotBlank();
    }
  }

  @Test
  void rulesWithAllAddFileAndEngineRules() {
    JsonNode root = JsonMapper.builder().build().readTree(CliRun.of("rules", "--all", "--format", "json").out());
    java.util.List<String> ids = new java.util.ArrayList<>();
    root.get("rules").forEach(r -> ids.add(r.get("id").asString()));

    assertThat(ids).startsWith("JSON-01").contains("IO-01", "REF-01", "REF-02", "FLD-01");
  }

  @Test
  void rulesAsTextSayWhereTheOtherRulesAre() {
    CliRun es = CliRun.of("rules");
    CliRun en = CliRun.of("rules", "--lang", "en");

    assertThat(es.code()).isZero();
    assertThat(es.out()).startsWith("cocrea · catálogo de reglas (").contains("cocrea rules --all")
        .contains("JSON-01").contains("REF-01");
    assertThat(en.out()).startsWith("cocrea · rule catalogue (").contains("cocrea rules --all");
  }

  @Test
  void rulesRefuseReportFormats() {
    CliRun run = CliRun.of("rules", "--format", "sarif");

    assertThat(run.code()).isEqualTo(Cli.USAGE);
    assertThat(run.err()).startsWith("cocrea: el comando rules solo admite");
  }
}
