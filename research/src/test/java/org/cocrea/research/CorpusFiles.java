package org.cocrea.research;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cocrea.core.LocalExercise;
import org.cocrea.testkit.ResearchFixtures;
import org.cocrea.serialization.CocreaJson;

/**
 * A corpus on disk for the tests: the four {@link ResearchFixtures} in nested folders (one with an upper-case
 * extension), three files that cannot be read, and a file that is not JSON (ignored).
 */
public final class CorpusFiles {

  /** Sources of the readable files, in corpus order. */
  public static final List<String> READABLE = List.of("a/mx-dur-a.json", "b/c/mx-dur-b.JSON", "mx-oax-c.json",
      "mx-sus-d.json");
  /** Sources of the unreadable files, in corpus order. */
  public static final List<String> UNREADABLE = List.of("broken.json", "empty.json", "z/version.json");

  private CorpusFiles() {}

  /** Writes the corpus below a directory and returns it. */
  public static Path write(Path root) throws IOException {
    List<LocalExercise> all = ResearchFixtures.all();
    for (int i = 0; i < all.size(); i++) {
      write(root.resolve(READABLE.get(i)), CocreaJson.write(all.get(i)));
    }
    write(root.resolve("broken.json"), "{\"schemaVersion\": \"1.0\", \"id\": ");
    write(root.resolve("empty.json"), "");
    write(root.resolve("z/version.json"), "{\"schemaVersion\": \"9.9\", \"id\": \"mx-x\"}");
    write(root.resolve("notes.txt"), "not a PAL file");
    return root;
  }

  /** Writes text as UTF-8, creating folders. */
  public static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
