package org.cocrea.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Profile;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON report written file by file: each file's element of {@code files} goes to a spool as it is given; when
 * finished, the members before {@code files} (with {@code conforms} and {@code verdict}, known only then) are written, then the spooled
 * elements are copied. The document is the one {@link JsonReport} writes, byte for byte.
 */
final class JsonReportStream extends SpooledReportStream {

  private final ArrayPart files;

  JsonReportStream(Writer out, Locale locale, Profile profile, LocalDate asOf, String toolVersion, int spoolLimit) {
    super(out, locale, profile, asOf, toolVersion);
    this.files = new ArrayPart(spoolLimit, g -> {
      g.writeStartObject();
      g.writeName("files");
      g.writeStartArray();
    });
  }

  @Override
  void spool(CheckResult file, int index) throws IOException {
    files.add(JsonReport.file(file));
  }

  @Override
  void write() throws IOException {
    JsonGenerator g = JsonReport.PRETTY.createGenerator(out);
    g.writeStartObject();
    for (Map.Entry<String, JsonNode> member
        : JsonReport.head(locale, profile, asOf, toolVersion, conforms(), verdict()).properties()) {
      g.writeName(member.getKey());
      g.writeTree(member.getValue());
    }
    g.writeName("files");
    g.writeStartArray();
    g.flush();
    files.transferTo(out);
    g.writeEndArray();
    g.writeEndObject();
    g.close();
    out.write('\n');
    out.flush();
  }

  /** The temporary file the files' elements went to, or null while they are in memory (for tests). */
  Path spoolFile() {
    return files.spoolFile();
  }

  @Override
  void release() throws IOException {
    files.close();
  }
}
