package org.cocrea.serialization.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer passing everything to another except {@link #close()}, which only flushes: the caller owns it. */
final class Unclosable extends FilterWriter {

  Unclosable(Writer out) {
    super(out);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
