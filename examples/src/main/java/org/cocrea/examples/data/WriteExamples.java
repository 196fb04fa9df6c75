package org.cocrea.examples.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CocreaJson;

/**
 * Writes the example exercises ({@link ExampleExercises#all()}) as PAL files {@code <id>.json}, the JSON form of
 * {@link CocreaJson#write(LocalExercise)} followed by a newline. The committed files under {@code examples/pal/} are
 * what this class writes; a test keeps them from drifting.
 *
 * <pre>{@code
 * java -cp "$(cat examples/target/jshell.classpath):examples/target/classes" \
 *     org.cocrea.examples.data.WriteExamples examples/pal
 * }</pre>
 *
 * @since 0.1.0
 */
public final class WriteExamples {

  private WriteExamples() {}

  /**
   * Writes the example files.
   *
   * @param args the output directory, {@code examples/pal} when absent
   * @throws UncheckedIOException if a file cannot be written
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/pal");
    for (Path written : write(dir).keySet()) {
      System.out.println(written);
    }
  }

  /**
   * Writes the example files into a directory, creating it when needed.
   *
   * @param dir the directory, must not be null
   * @return the files written with their sizes in bytes, in example order, never null
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Map<Path, Integer> write(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Map<Path, Integer> written = new LinkedHashMap<>();
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> file : render().entrySet()) {
        byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
        Path path = dir.resolve(file.getKey());
        Files.write(path, bytes);
        written.put(path, bytes.length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return written;
  }

  /**
   * The example files' names and contents, without writing them.
   *
   * @return file name ({@code <id>.json}) to JSON text, in example order, never null
   */
  public static Map<String, String> render() {
    Map<String, String> files = new LinkedHashMap<>();
    for (LocalExercise e : ExampleExercises.all()) {
      files.put(e.id() + ".json", CocreaJson.write(e) + "\n");
    }
    return files;
  }
}
