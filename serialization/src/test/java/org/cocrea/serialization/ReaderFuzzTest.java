package org.cocrea.serialization;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.cocrea.validation.Finding;

/**
 * Jazzer fuzz targets for the JSON reader and the whole check (issue 15). In a plain build ({@code mvn verify}, no
 * {@code JAZZER_FUZZ}) each target replays its committed inputs, under
 * {@code src/test/resources/org/cocrea/serialization/ReaderFuzzTestInputs/<target>/}: the examples and every
 * minimised crash of the issue. To fuzz, see {@code docs/fuzzing.md}.
 */
class ReaderFuzzTest {

  private static final PalReader READER = PalReader.create();
  private static final PalReader CHARACTERS = PalReader.characterPathOnly(ReaderOptions.defaults());
  private static final PalChecker CHECKER = PalChecker.create();

  /**
   * The reader never throws, and its two paths (bytes when sure, characters otherwise) give the same findings, the
   * same exercise and the same locations.
   */
  @FuzzTest(maxDuration = "2m")
  void reader(byte[] data) {
    ReadResult fast = READER.read(data, "fuzz.json");
    ReadResult chars = CHARACTERS.read(data, "fuzz.json");
    if (!fast.findings().equals(chars.findings()) || !fast.exercise().equals(chars.exercise())) {
      throw new AssertionError("the byte and character paths disagree:\n" + fast.findings() + "\n"
          + chars.findings());
    }
  }

  /** The whole check never throws and never meets an internal error (an INT-01 finding). */
  @FuzzTest(maxDuration = "2m")
  void check(byte[] data) {
    List<Finding> findings = CHECKER.check(data, "fuzz.json").report().findings();
    for (Finding f : findings) {
      if (f.ruleId().equals(FileRules.INTERNAL)) {
        throw new AssertionError(f.message());
      }
    }
  }
}
