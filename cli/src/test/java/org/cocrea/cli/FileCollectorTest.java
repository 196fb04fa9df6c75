package org.cocrea.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {

  @TempDir
  Path dir;

  @Test
  void directoriesAreSearchedRecursivelyForJsonFilesInSortedOrder() throws Exception {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.json"), "{}");
    Files.writeString(dir.resolve("b/a.JSON"), "{}");
    Files.writeString(dir.resolve("a.json"), "{}");
    Files.writeString(dir.resolve("b-x.json"), "{}");
    Files.writeString(dir.resolve("notes.txt"), "");

    FileCollector.Collected c = FileCollector.collect(List.of(dir.toString()));

    assertThat(c.files()).containsExactly(dir.resolve("a.json"), dir.resolve("b/a.JSON"), dir.resolve("b/c/z.json"),
        dir.resolve("b-x.json"));
    assertThat(c.missing()).isEmpty();
  }

  @Test
  void filesKeepTheirPlaceAndAreCheckedOnce() throws Exception {
    Path a = Files.writeString(dir.resolve("a.json"), "{}");
    Path txt = Files.writeString(dir.resolve("plan.txt"), "{}");

    FileCollector.Collected c = FileCollector.collect(List.of(txt.toString(), dir.toString(), a.toString()));

    assertThat(c.files()).containsExactly(txt, a);
  }

  @Test
  void missingPathsAndEmptyDirectoriesAreReported() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    FileCollector.Collected c = FileCollector.collect(List.of(dir.resolve("nope").toString(), empty.toString()));

    assertThat(c.files()).isEmpty();
    assertThat(c.missing()).containsExactly(dir.resolve("nope").toString());
    assertThat(c.empty()).containsExactly(empty.toString());
  }
}
