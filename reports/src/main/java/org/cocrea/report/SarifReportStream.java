package org.cocrea.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.cocrea.core.i18n.Texts;
import org.cocrea.report.internal.Labels;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Finding;
import org.cocrea.validation.NotRecorded;
import org.cocrea.validation.Profile;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The SARIF report written file by file: each file's artifact and its findings' results go to two spools as the
 * file is given (SARIF lists all artifacts before all results); when finished, the header, the driver with its
 * rules and the invocation are written, then both spools are copied. An abandoned report writes nothing. The
 * document is the one {@link SarifReport} writes, byte for byte.
 */
final class SarifReportStream extends SpooledReportStream {

  private final Map<String, Integer> ruleIndex = SarifReport.ruleIndex();
  private final Texts labels;
  private final ArrayPart artifacts;
  private final ArrayPart results;

  SarifReportStream(Writer out, Locale locale, Profile profile, LocalDate asOf, String toolVersion, int spoolLimit) {
    super(out, locale, profile, asOf, toolVersion);
    labels = Labels.of(locale);
    artifacts = new ArrayPart(spoolLimit, openRunArray("artifacts"));
    results = new ArrayPart(spoolLimit, openRunArray("results"));
  }

  /** Leads a generator from the start of the document into an array of the run. */
  private static Consumer<JsonGenerator> openRunArray(String name) {
    return g -> {
      g.writeStartObject();
      g.writeName("runs");
      g.writeStartArray();
      g.writeStartObject();
      g.writeName(name);
      g.writeStartArray();
    };
  }

  @Override
  void spool(CheckResult file, int index) throws IOException {
    String uri = SarifReport.uriOf(file.source());
    artifacts.add(SarifReport.artifact(uri, file.report().notJudged(), file.report().outsideFrameworks()));
    for (Finding f : file.report().findings()) {
      results.add(SarifReport.result(f, uri, index, ruleIndex));
    }
    for (NotRecorded n : file.report().notRecorded()) {
      results.add(SarifReport.openResult(n, uri, index, ruleIndex, labels));
    }
  }

  @Override
  void write() throws IOException {
    JsonGenerator generator = JsonReport.PRETTY.createGenerator(out);
    generator.writeStartObject();
    generator.writeStringProperty("$schema", SarifReport.SARIF_SCHEMA);
    generator.writeStringProperty("version", "2.1.0");
    generator.writeName("runs");
    generator.writeStartArray();
    generator.writeStartObject();
    for (Map.Entry<String, JsonNode> member
        : SarifReport.runHead(locale, profile, asOf, toolVersion, verdict()).properties()) {
      generator.writeName(member.getKey());
      generator.writeTree(member.getValue());
    }
    generator.writeName("artifacts");
    generator.writeStartArray();
    generator.flush();
    artifacts.transferTo(out);
    generator.writeEndArray();
    generator.writeName("results");
    generator.writeStartArray();
    generator.flush();
    results.transferTo(out);
    generator.writeEndArray();
    generator.writeEndObject();
    generator.writeEndArray();
    generator.writeEndObject();
    generator.close();
    out.write('\n');
    out.flush();
  }

  /** The temporary files the artifacts and the results went to, null for those in memory (for tests). */
  List<Path> spoolFiles() {
    return Arrays.asList(artifacts.spoolFile(), results.spoolFile());
  }

  @Override
  void release() throws IOException {
    try {
      artifacts.close();
    } finally {
      results.close();
    }
  }
}
