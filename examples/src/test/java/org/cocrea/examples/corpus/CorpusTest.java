package org.cocrea.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.References;
import org.cocrea.serialization.PalReader;
import org.cocrea.serialization.ReadResult;
import org.cocrea.validation.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  private static final PalReader READER = PalReader.create();

  @Test
  void sameSeedSizeAndKindGiveTheSameBytes() {
    assertThat(Corpus.document(11, CorpusSize.S, Corpus.Kind.VALID))
        .isEqualTo(Corpus.document(11, CorpusSize.S, Corpus.Kind.VALID));
    assertThat(Corpus.document(12, CorpusSize.S, Corpus.Kind.INVALID))
        .isEqualTo(Corpus.document(12, CorpusSize.S, Corpus.Kind.INVALID));
    assertThat(Corpus.document(11, CorpusSize.S, Corpus.Kind.VALID))
        .isNotEqualTo(Corpus.document(13, CorpusSize.S, Corpus.Kind.VALID));
  }

  @Test
  void validDocumentsReadWithoutAnyFinding() {
    for (long seed = 1; seed <= 4; seed++) {
      ReadResult read = READER.read(Corpus.document(seed, CorpusSize.S, Corpus.Kind.VALID), "s.json");
      assertThat(read.findings()).as("seed %d", seed).isEmpty();
      assertThat(read.exercise()).isPresent();
    }
  }

  @Test
  void mediumDocumentsHaveTheAdvertisedShape() {
    LocalExercise m = Corpus.exercise(5, CorpusSize.M, Corpus.Kind.VALID);
    assertThat(m.plans().stream().mapToInt(p -> p.commitments().size()).sum()).isEqualTo(50);
    assertThat(m.organizations()).hasSizeBetween(80, 130);
    assertThat(READER.read(Corpus.document(5, CorpusSize.M, Corpus.Kind.VALID), "m.json").findings()).isEmpty();
  }

  @Test
  void blankTitleIsReportedByTheSchemaAtTheCommitmentTitle() {
    long seed = seedWith(Corpus.Defect.BLANK_TITLE);
    ReadResult read = READER.read(Corpus.document(seed, CorpusSize.S, Corpus.Kind.INVALID), "bad.json");
    assertThat(schemaPointers(read)).anyMatch(p -> p.matches("/plans/\\d+/commitments/\\d+/title"));
    assertThat(read.exercise()).isPresent();
  }

  @Test
  void badEmailIsReportedByTheSchemaAtThePersonsEmail() {
    long seed = seedWith(Corpus.Defect.BAD_EMAIL);
    ReadResult read = READER.read(Corpus.document(seed, CorpusSize.S, Corpus.Kind.INVALID), "bad.json");
    assertThat(schemaPointers(read)).anyMatch(p -> p.matches("/people/\\d+/email"));
  }

  @Test
  void impossibleDateIsReportedByTheSchemaAtADate() {
    long seed = seedWith(Corpus.Defect.IMPOSSIBLE_DATE);
    byte[] bytes = Corpus.document(seed, CorpusSize.S, Corpus.Kind.INVALID);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("-02-30\"");
    ReadResult read = READER.read(bytes, "bad.json");
    assertThat(schemaPointers(read))
        .anyMatch(p -> p.matches(".*/(dueDate|startDate|endDate|date|publishedOn|approvedOn)"));
  }

  @Test
  void kindFollowsTheInvalidShare() {
    long invalid = LongStream.range(0, 2000)
        .filter(s -> Corpus.kindOf(s, 0.2) == Corpus.Kind.INVALID).count();
    assertThat(invalid).isBetween(330L, 470L);
    assertThat(LongStream.range(0, 200).allMatch(s -> Corpus.kindOf(s, 0) == Corpus.Kind.VALID)).isTrue();
    assertThat(LongStream.range(0, 200).allMatch(s -> Corpus.kindOf(s, 1) == Corpus.Kind.INVALID)).isTrue();
    assertThatThrownBy(() -> Corpus.kindOf(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writeProducesNamedFilesWithTheDocumentsOfConsecutiveSeeds(@TempDir Path dir) throws Exception {
    List<Path> files = Corpus.write(dir.resolve("out"), CorpusSize.S, 3, 40, 0.5, 2);
    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("S-00000.json", "S-00001.json", "S-00002.json");
    for (int i = 0; i < 3; i++) {
      assertThat(Files.readAllBytes(files.get(i)))
          .isEqualTo(Corpus.document(40 + i, CorpusSize.S, Corpus.kindOf(40 + i, 0.5)));
    }
  }

  @Test
  void scaledKeepsAShareOfCommitmentsAndEveryReferenceResolves() {
    LocalExercise m = Corpus.exercise(6, CorpusSize.M, Corpus.Kind.VALID);
    LocalExercise half = Corpus.scaled(m, 0.5);
    assertThat(References.check(half)).isEmpty();
    for (int p = 0; p < m.plans().size(); p++) {
      LocalActionPlan full = m.plans().get(p);
      LocalActionPlan cut = half.plans().get(p);
      assertThat(cut.commitments()).hasSize((int) Math.round(full.commitments().size() * 0.5));
      assertThat(cut.commitments()).containsExactlyElementsOf(
          full.commitments().subList(0, cut.commitments().size()));
    }
    assertThat(half.organizations()).isEqualTo(m.organizations());
    assertThat(Corpus.scaled(m, 1.0)).isEqualTo(m);
    assertThatThrownBy(() -> Corpus.scaled(m, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mainWritesTheCorpusAndReportsUsageErrors(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = CorpusMain.run(new String[] {"--size", "s", "--count", "2", "--out", dir.toString(), "--seed", "9",
        "--invalid", "0", "--threads", "1"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("corpus: 2 S files").contains("(2 valid, 0 invalid)");
    assertThat(Files.readAllBytes(dir.resolve("S-00001.json")))
        .isEqualTo(Corpus.document(10, CorpusSize.S, Corpus.Kind.VALID));

    int usage = CorpusMain.run(new String[] {"--size", "XL", "--count", "2", "--out", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(usage).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: CorpusMain");
  }

  private static long seedWith(Corpus.Defect defect) {
    return LongStream.range(100, 200).filter(s -> Corpus.defectOf(s) == defect).findFirst().orElseThrow();
  }

  private static List<String> schemaPointers(ReadResult read) {
    Predicate<Finding> schema = f -> f.ruleId().equals("SCH-01");
    return read.findings().stream().filter(schema).map(Finding::pointer).toList();
  }
}
