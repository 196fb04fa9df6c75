package org.cocrea.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocrea.core.LocalExercise;
import org.cocrea.serialization.CocreaJson;
import org.cocrea.serialization.PalReader;
import org.cocrea.serialization.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed PAL files under {@code examples/pal/} are exactly what {@link WriteExamples} writes today. */
class ExampleFilesTest {

  /** Surefire runs in the module directory. */
  private static final Path PAL = Path.of("pal");

  @Test
  void committedFilesEqualWhatWriteExamplesProduces() throws IOException {
    Map<String, String> expected = WriteExamples.render();
    try (Stream<Path> files = Files.list(PAL)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
          .as("regenerate with WriteExamples").containsExactlyInAnyOrderElementsOf(expected.keySet());
    }
    for (Map.Entry<String, String> file : expected.entrySet()) {
      assertThat(Files.readString(PAL.resolve(file.getKey()), StandardCharsets.UTF_8))
          .as("%s is stale: run WriteExamples", file.getKey()).isEqualTo(file.getValue());
    }
  }

  @Test
  void writeCreatesTheDirectoryAndWritesEveryFile(@TempDir Path tmp) throws IOException {
    Map<Path, Integer> written = WriteExamples.write(tmp.resolve("pal"));
    assertThat(written).hasSize(5);
    for (Map.Entry<Path, Integer> w : written.entrySet()) {
      assertThat(Files.size(w.getKey())).isEqualTo(w.getValue().longValue());
    }
  }

  @Test
  void filesReadBackWithoutProblemsIntoEqualExercises() {
    PalReader reader = PalReader.create();
    List<LocalExercise> examples = ExampleExercises.all();
    for (LocalExercise e : examples) {
      ReadResult result = reader.read(PAL.resolve(e.id() + ".json"));
      assertThat(result.findings()).as(e.id()).isEmpty();
      assertThat(result.exercise()).as(e.id()).contains(e);
      assertThat(CocreaJson.read(CocreaJson.write(e))).isEqualTo(e);
    }
  }
}
