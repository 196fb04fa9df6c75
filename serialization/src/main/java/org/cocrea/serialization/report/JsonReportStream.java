package org.cocrea.serialization.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cocrea.serialization.CheckResult;
import org.cocrea.validation.Profile;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The JSON report written file by file: each file's element of {@code files} goes to a spool as it is given; when
 * finished, the members before {@code files} (with {@code conforms}, known only then) are written, then the spooled
 * elements are copied. The document is the one {@link JsonReportWriter} writes, byte for byte.
 */
final class JsonReportStream implements ReportStream {

  private final Writer out;
  private final Locale locale;
  private final Profile profile;
  private final LocalDate asOf;
  private final String toolVersion;
  private final ArrayPart files;
  private long count;
  private long conforming;
  private boolean finished;
  private boolean closed;

  JsonReportStream(Writer out, Locale locale, Profile profile, LocalDate asOf, String toolVersion, int spoolLimit) {
    this.out = out;
    this.locale = locale;
    this.profile = profile;
    this.asOf = asOf;
    this.toolVersion = toolVersion;
    this.files = new ArrayPart(spoolLimit, g -> {
      g.writeStartObject();
      g.writeName("files");
      g.writeStartArray();
    });
  }

  @Override
  public void file(CheckResult file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (finished || closed) {
      throw new IllegalStateException("the report is finished");
    }
    files.add(JsonReportWriter.file(file));
    conforming += file.report().conforms() ? 1 : 0;
    count++;
  }

  @Override
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    if (closed) {
      throw new IllegalStateException("the report is closed");
    }
    finished = true;
    try {
      JsonGenerator g = JsonReportWriter.PRETTY.createGenerator(new Unclosable(out));
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> member
          : JsonReportWriter.head(locale, profile, asOf, toolVersion, conforms()).properties()) {
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
    } finally {
      files.close();
    }
  }

  @Override
  public boolean conforms() {
    return conforming == count;
  }

  /** The temporary file the files' elements went to, or null while they are in memory (for tests). */
  Path spoolFile() {
    return files.spoolFile();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    files.close();
  }
}
