package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.testkit.RandomRecords;
import org.junit.jupiter.api.Test;

/**
 * Property test of format 1.1 over seeded random real records (partial dates, partial declarations, stated counts,
 * names without records, provenance): each writes as 1.1, is valid under the 1.1 schema, and reads back equal through
 * the trusted reader and through the file reader.
 */
class RecordsPropertyTest {

  private static final int RUNS = 150;

  @Test
  void randomRealRecordsRoundTripEqualAndAreValidUnder11() {
    int coarse = 0;
    long coarsePlanDates = 0;
    for (long seed = 0; seed < RUNS; seed++) {
      LocalExercise exercise = RandomRecords.generate(seed);
      String json = CocreaJson.write(exercise);
      assertThat(json).as("seed %d", seed).startsWith("{\n  \"schemaVersion\": \"1.1\"");
      assertThat(PalSchema.forVersion("1.1").validate(CocreaJson.mapper().readTree(json), Locale.ENGLISH))
          .as("seed %d: 1.1 schema problems", seed).isEmpty();
      assertThat(CocreaJson.read(json)).as("seed %d", seed).isEqualTo(exercise);
      if (seed % 10 == 0) {
        ReadResult read = PalReader.create().read(json.getBytes(StandardCharsets.UTF_8), "seed-" + seed);
        assertThat(read.findings()).as("seed %d", seed).allMatch(f -> f.ruleId().startsWith("REF-"));
        assertThat(read.schemaVersion()).contains("1.1");
        assertThat(read.exercise()).contains(exercise);
      }
      coarse += json.split("\"[0-9]{4}(-[0-9]{2})?\"", -1).length - 1;
      for (org.cocrea.core.LocalActionPlan plan : exercise.plans()) {
        coarsePlanDates += java.util.stream.Stream.concat(Stream.of(plan.periodStart(), plan.periodEnd()),
                plan.commitments().stream().flatMap(c -> Stream.of(c.startDate(), c.endDate())))
            .flatMap(java.util.Optional::stream).filter(d -> d.precision() != PartialDate.Precision.DAY).count();
      }
    }
    assertThat(coarse).as("dates of year or month precision were generated").isGreaterThan(RUNS);
    assertThat(coarsePlanDates).as("plan periods and commitment dates of the 1.0 attributes coarsened too")
        .isGreaterThan(RUNS);
  }
}
