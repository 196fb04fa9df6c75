package org.cocrea.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * The elements of one array of a pretty-printed JSON report, written as they come into a {@link Spool} by a
 * generator of their own that was first led, into nothing, to where the array opens in the document; so the
 * elements are indented and separated exactly as one generator writing the whole document would. The document's
 * own generator later opens the array, lets {@link #transferTo(Writer)} copy the elements, and closes it (the
 * default pretty printer closes an array with " ]" whether or not it saw its elements). Not thread-safe.
 */
final class ArrayPart implements Closeable {

  private final Target target = new Target();
  private final Spool spool;
  private final JsonGenerator generator;
  private long size;

  /**
   * A part whose array is where {@code openArray} leaves a fresh generator.
   *
   * @param spoolLimit the chars kept in memory before spilling to a temporary file
   * @param openArray writes, from the start of a document, the members that lead to the array and opens it
   */
  ArrayPart(int spoolLimit, Consumer<JsonGenerator> openArray) {
    spool = new Spool(spoolLimit);
    generator = JsonReport.PRETTY.createGenerator(target);
    openArray.accept(generator);
    generator.flush();
    target.to = spool;
  }

  /** Writes one element. */
  void add(JsonNode element) {
    generator.writeTree(element);
    size++;
  }

  /** The number of elements written. */
  long size() {
    return size;
  }

  /** The temporary file the elements went to, or null while they are in memory. */
  Path spoolFile() {
    generator.flush();
    return spool.file();
  }

  /** Copies the elements written to {@code out}, then deletes the temporary file; nothing may be added after. */
  void transferTo(Writer out) throws IOException {
    generator.flush();
    spool.transferTo(out);
  }

  /** Discards the elements and deletes the temporary file. */
  @Override
  public void close() throws IOException {
    spool.close();
  }

  /** Where the generator writes: nowhere while it is led to the array, then the spool. */
  private static final class Target extends Writer {
    private Writer to = Writer.nullWriter();

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      to.write(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      to.write(s, off, len);
    }

    @Override
    public void flush() throws IOException {
      to.flush();
    }

    @Override
    public void close() {
      // the spool is closed by its owner
    }
  }
}
