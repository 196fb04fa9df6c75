package org.cocrea.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A writer that keeps what is written to it until it is copied elsewhere: in memory up to a limit, then in a
 * temporary file (UTF-8, readable only by its owner on POSIX systems), so that a part of a report that must come
 * after a summary known only at the end can be written as it is produced without holding it on the heap. Closing
 * deletes the temporary file. Not thread-safe.
 */
final class Spool extends Writer {

  /** The chars kept in memory before spilling to a file: 2 Mi chars, at most a few MB of heap. */
  static final int DEFAULT_LIMIT = 2 * 1024 * 1024;

  private final int limit;
  private StringBuilder memory = new StringBuilder();
  private Path file;
  private Writer fileOut;
  private boolean closed;

  Spool(int limit) {
    this.limit = limit;
  }

  Spool() {
    this(DEFAULT_LIMIT);
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    ensureOpen();
    if (fileOut != null) {
      fileOut.write(chars, off, len);
      return;
    }
    memory.append(chars, off, len);
    if (memory.length() > limit) {
      spill();
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    ensureOpen();
    if (fileOut != null) {
      fileOut.write(s, off, len);
      return;
    }
    memory.append(s, off, off + len);
    if (memory.length() > limit) {
      spill();
    }
  }

  private void spill() throws IOException {
    file = Files.createTempFile("cocrea-report-", ".part");
    fileOut = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    fileOut.append(memory);
    memory = null;
  }

  /** Whether what was written went to a temporary file (the limit was passed). */
  boolean spilled() {
    return file != null;
  }

  /** The temporary file, or null when everything is in memory. */
  Path file() {
    return file;
  }

  /**
   * Copies everything written so far to a writer, then deletes the temporary file; nothing may be written after.
   */
  void transferTo(Writer out) throws IOException {
    ensureOpen();
    if (fileOut == null) {
      out.append(memory);
    } else {
      fileOut.close();
      fileOut = null;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        in.transferTo(out);
      }
    }
    close();
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("spool closed");
    }
  }

  @Override
  public void flush() throws IOException {
    if (fileOut != null) {
      fileOut.flush();
    }
  }

  /** Discards what was written and deletes the temporary file. Calling it again does nothing. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    memory = null;
    try {
      if (fileOut != null) {
        fileOut.close();
      }
    } finally {
      fileOut = null;
      if (file != null) {
        Files.deleteIfExists(file);
      }
    }
  }
}
