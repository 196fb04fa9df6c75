package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/**
 * The testkit's generator gives the same exercises for the same arguments across refactorings of its code: the
 * SHA-256 of the JSON form of seeds 0 to 199 (size S, default defects), 0 to 19 without defects and 0 to 3 of size M,
 * against the hashes in {@code random-exercises.sha256}, computed before {@code RandomExercises} was split by entity.
 * A change meant to change the exercises writes the file anew: run this test with {@code -Dcocrea.golden.write=true}
 * and say why in the commit.
 */
class RandomExercisesGoldenTest {

  private static final String GOLDEN = "random-exercises.sha256";

  @Test
  void theSameArgumentsGiveTheSameExercisesAsBefore() throws IOException {
    List<String> actual = hashes();
    if (Boolean.getBoolean("cocrea.golden.write")) {
      Path file = Path.of("src", "test", "resources", "org", "cocrea", "serialization", GOLDEN);
      Files.createDirectories(file.getParent());
      Files.write(file, actual, StandardCharsets.UTF_8);
    }
    List<String> golden;
    try (InputStream in = RandomExercisesGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("the golden file " + GOLDEN).isNotNull();
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    assertThat(actual).hasSize(224).containsExactlyElementsOf(golden);
  }

  /** One line per exercise: size, seed, defect rate and the SHA-256 of its JSON form. */
  private static List<String> hashes() {
    List<String> lines = new ArrayList<>();
    for (long seed = 0; seed < 200; seed++) {
      lines.add(line(RandomExercises.Size.S, seed, RandomExercises.DEFAULT_DEFECT_RATE));
    }
    for (long seed = 0; seed < 20; seed++) {
      lines.add(line(RandomExercises.Size.S, seed, 0.0));
    }
    for (long seed = 0; seed < 4; seed++) {
      lines.add(line(RandomExercises.Size.M, seed, RandomExercises.DEFAULT_DEFECT_RATE));
    }
    return lines;
  }

  private static String line(RandomExercises.Size size, long seed, double rate) {
    String json = CocreaJson.write(RandomExercises.generate(seed, size, rate));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
      return size + " " + seed + " " + rate + " " + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
