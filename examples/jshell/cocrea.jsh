// cocrea for researchers: JShell with the library imported and a few short helpers.
//
//   mvn -B -ntp -pl examples -am compile dependency:build-classpath -DincludeScope=runtime \
//       -Dmdep.outputFile=target/jshell.classpath                  (once, as in the README)
//   jshell --class-path "$(cat examples/target/jshell.classpath)" examples/jshell/cocrea.jsh
//
// or, with the executable jar (mvn -B -ntp -pl cli -am package -DskipTests):
//   jshell --class-path cli/target/cocrea.jar examples/jshell/cocrea.jsh
//
// Then, at the prompt (or from a file, like examples/jshell/session.jsh):
//   Corpus corpus = load("examples/pal", "2017-12-31");   // every *.json below the folder, validated as of the date
//   System.out.print(corpus.headline().describe(lang));   // guarantor bodies, STLs, commitments, institutions, CSOs
//   show("STL seats", Analyses.stlSeatsBySector(corpus.exercises()));
//   csv(corpus, "pal-csv");                              // tidy tables for pandas, R and spreadsheets
//   var pal = importBook("pal.xlsx");                    // a filled workbook (or CSV folder) as a JSON tree
//   exportBook(pal, "copia.xlsx");                       // a JSON tree as a workbook in the template's layout
//
// Everything is plain Java: Analyses.*, Compliance.*, corpus.statistics(), CsvExport, StatsWriter. Texts are in
// Spanish (es-MX) unless you set: lang = Locale.ENGLISH;

import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
import org.cocrea.core.*;
import org.cocrea.core.analysis.*;
import org.cocrea.validation.*;
import org.cocrea.validation.analysis.*;
import org.cocrea.serialization.*;
import org.cocrea.research.*;
import org.cocrea.research.export.*;
import org.cocrea.research.stats.*;
import org.cocrea.report.*;
import org.cocrea.spreadsheet.*;

// Hibernate Validator logs its version through jboss-logging: send it to SLF4J (no-op on these class paths).
System.setProperty("org.jboss.logging.provider", "slf4j");

/** The language of the helpers' texts and of the validation messages: es-MX, or Locale.ENGLISH. */
Locale lang = Locale.forLanguageTag("es-MX");

/** The as-of date of the last corpus loaded: milestones, commitments and time-aware rules are judged as of it. */
LocalDate asOf = null;

/** Loads every *.json file below a folder (never stopping at a bad one), validated as of a date (YYYY-MM-DD). */
Corpus load(String folder, String date) {
  asOf = LocalDate.parse(date);
  return Corpus.load(Path.of(folder), CorpusOptions.builder().asOf(asOf).locale(lang).threads(2).build());
}

/** The label of a code in the chosen language, or the value itself. */
String label(Object key) {
  return key instanceof Labelled l ? l.label(lang) : String.valueOf(key);
}

/** Prints a frequency table: each key with a count, its count and its share; then the observations without key. */
void show(String title, Tally<?> tally) {
  System.out.println(title + ":");
  for (Map.Entry<?, Long> e : tally.asMap().entrySet()) {
    if (e.getValue() > 0) {
      Rate share = new Rate(e.getValue(), tally.total());
      System.out.printf(Locale.ROOT, "  %-44s %5d  %s%n", label(e.getKey()), e.getValue(),
          share.percent().map(p -> p + " %").orElse(""));
    }
  }
  if (tally.missing() > 0) {
    System.out.printf(Locale.ROOT, "  %-44s %5d%n", "en".equals(lang.getLanguage()) ? "(not recorded)"
        : "(sin dato)", tally.missing());
  }
}

/** Prints compliance by rule family across the corpus: rule outcomes passed, and exercises passing the family. */
void compliance(Corpus corpus) {
  System.out.println("en".equals(lang.getLanguage()) ? "Compliance by family:" : "Cumplimiento por familia:");
  for (FamilyCompliance f : Compliance.byFamily(corpus.reports())) {
    System.out.printf(Locale.ROOT, "  %-4s %-40s %s%n", f.family(), f.family().label(lang), f.ruleRate());
  }
}

/** Writes the corpus's tidy CSV tables (no personal data) into a folder; returns the files. */
List<Path> csv(Corpus corpus, String folder) {
  ExportOptions.Builder options = ExportOptions.builder();
  if (asOf != null) options.asOf(asOf);
  List<Path> files = CsvExport.write(corpus, Path.of(folder), options.build());
  System.out.println(files.size() + " CSV → " + folder);
  return files;
}

/** Writes the corpus's statistics page (HTML with charts) to a file. */
Path html(Corpus corpus, String file) throws java.io.IOException {
  Path path = Path.of(file);
  Files.writeString(path, StatsWriter.of(StatsFormat.HTML).render(corpus.statistics(asOf), lang));
  System.out.println("HTML → " + file);
  return path;
}

/**
 * Imports a filled workbook (XLSX) or a folder of CSV files as a PAL JSON tree, printing the import's findings at
 * their cells ("Hoja Hitos, fila 7, columna D (Fecha de término): …"); save it with Files.writeString(path,
 * tree.toPrettyString()).
 */
tools.jackson.databind.node.ObjectNode importBook(String path) {
  BookImport book = Workbooks.importBook(Path.of(path));
  book.findings().forEach(f -> System.out.println(f.describe(lang)));
  return book.document();
}

/** Writes a PAL JSON tree (from importBook or CocreaJson.mapper().readTree) as a workbook; returns the file. */
Path exportBook(tools.jackson.databind.JsonNode tree, String file) throws java.io.IOException {
  Path path = Path.of(file);
  try (var out = Files.newOutputStream(path)) {
    Workbooks.export(tree, lang, out);
  }
  System.out.println("XLSX → " + file);
  return path;
}
