package org.cocrea.serialization;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
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
  /** Issue 15: no input below 200 KB may take more than 2 s. */
  private static final int LARGE_BYTES = 200 * 1024;
  private static final long BOUND_NANOS = 2_000_000_000L;
  /** The bound is checked only while fuzzing: a replay in a loaded build must not fail on a slow machine. */
  private static final boolean FUZZING = System.getenv("JAZZER_FUZZ") != null;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static {
    // the first check loads the schema, the rules and their classes (about 2.5 s of CPU time): not the input's cost
    CHECKER.check("{\"schemaVersion\": \"1.0\", \"id\": \"warm-up\"}".getBytes(StandardCharsets.UTF_8), "warm-up");
  }

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
    checkWithin(data);
  }

  /**
   * Large inputs: a fuzzed fragment repeated inside a plan list, up to 200 KB, so that costs that grow with size
   * (quadratic locations, sums over many values, one finding per element) show; the whole check never throws, never
   * meets an internal error and, while fuzzing, takes at most 2 s of this thread's CPU time (CPU time, not wall
   * time, so that other work on the machine does not count).
   */
  @FuzzTest(maxDuration = "2m")
  void large(FuzzedDataProvider data) {
    boolean inPlans = data.consumeBoolean();
    String fragment = data.consumeString(2_000);
    byte[] unit = fragment.getBytes(StandardCharsets.UTF_8);
    int times = data.consumeInt(1, LARGE_BYTES / Math.max(1, unit.length + 1));
    String head = inPlans ? "{\"schemaVersion\": \"1.0\", \"id\": \"fuzz\", \"plans\": ["
        : "{\"schemaVersion\": \"1.0\", \"id\": \"fuzz\", \"title\": \"";
    String separator = inPlans ? "," : "";
    StringBuilder doc = new StringBuilder(head.length() + times * (fragment.length() + 1) + 4).append(head);
    for (int i = 0; i < times; i++) {
      doc.append(i == 0 ? "" : separator).append(fragment);
    }
    doc.append(inPlans ? "]}" : "\"}");
    checkWithin(doc.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void checkWithin(byte[] document) {
    long start = THREADS.getCurrentThreadCpuTime();
    List<Finding> findings = CHECKER.check(document, "fuzz.json").report().findings();
    long spent = THREADS.getCurrentThreadCpuTime() - start;
    for (Finding f : findings) {
      if (f.ruleId().equals(FileRules.INTERNAL)) {
        throw new AssertionError(f.message());
      }
    }
    if (FUZZING && document.length <= LARGE_BYTES && spent > BOUND_NANOS) {
      throw new AssertionError("a " + document.length + "-byte input took " + spent / 1_000_000 + " ms of CPU time");
    }
  }
}
