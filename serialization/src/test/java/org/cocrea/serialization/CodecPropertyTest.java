package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.cocrea.core.LocalExercise;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property test of the JSON form over seeded random exercises: writing then reading gives an equal value, through
 * {@link CocreaJson}, through the mapper and through the reader, every written document is schema-valid, and every
 * attribute of every model type is exercised.
 */
class CodecPropertyTest {

  private static final int RUNS = 2_000;
  private static final long BASE_SEED = 20_261_124L;

  @Test
  void writeThenReadGivesAnEqualExerciseForTwoThousandRandomExercises() {
    JsonMapper mapper = CocreaJson.mapper();
    Set<String> covered = new HashSet<>();
    for (int i = 0; i < RUNS; i++) {
      long seed = BASE_SEED + i;
      LocalExercise exercise = new ModelGenerator(seed).exercise();
      ModelGenerator.coverage(exercise, covered);
      String json = CocreaJson.write(exercise);
      assertThat(PalSchema.get().validate(mapper.readTree(json), Locale.ENGLISH)).as("seed %d: schema problems", seed)
          .isEmpty();
      assertThat(CocreaJson.read(json)).as("seed %d: CocreaJson round trip", seed).isEqualTo(exercise);
      String compact = mapper.writeValueAsString(exercise);
      assertThat(mapper.readValue(compact, LocalExercise.class)).as("seed %d: mapper round trip", seed)
          .isEqualTo(exercise);
      if (i % 20 == 0) {
        ReadResult read = PalReader.create().read(json.getBytes(StandardCharsets.UTF_8), "seed-" + seed);
        assertThat(read.findings()).as("seed %d: reader findings", seed)
            .allMatch(f -> f.ruleId().startsWith("REF-"));
        assertThat(read.exercise()).as("seed %d: reader round trip", seed).contains(exercise);
      }
    }
    Set<String> missing = new TreeSet<>(ModelGenerator.allAttributes());
    missing.removeAll(covered);
    assertThat(missing).as("attributes never generated").isEmpty();
  }
}
