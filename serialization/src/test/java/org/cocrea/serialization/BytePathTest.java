package org.cocrea.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.testkit.RandomExercises;
import org.cocrea.validation.Finding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The reader's fast path (UTF-8 bytes parsed directly, columns counted only when asked) against its character path
 * (bytes decoded, then characters parsed): on generated documents, valid and invalid, in every line-ending style, with
 * and without a byte order mark, both give exactly the same findings, locations and exercise.
 */
class BytePathTest {

  private static final ReaderOptions OPTIONS = ReaderOptions.defaults();
  private static final PalReader FAST = PalReader.create(OPTIONS);
  private static final PalReader SLOW = PalReader.characterPathOnly(OPTIONS);
  private static final LocatingParser PARSER = new LocatingParser(OPTIONS);

  private static final String[] BREAKS = {"\n", "\r\n", "\r"};
  private static final String[] WHITE = {" ", "  ", "\t", "\n", "\r\n", "\r", " \r\n\t"};

  /** Writes a tree as JSON with random white space between tokens and, when asked, one member written twice. */
  private static final class Writer {
    final SplittableRandom random;
    final double white;
    final double duplicate;
    final double wrongType;
    final StringBuilder out = new StringBuilder();

    Writer(SplittableRandom random, double white, double duplicate, double wrongType) {
      this.random = random;
      this.white = white;
      this.duplicate = duplicate;
      this.wrongType = wrongType;
    }

    void space() {
      if (random.nextDouble() < white) {
        out.append(WHITE[random.nextInt(WHITE.length)]);
      }
    }

    void write(JsonNode node) {
      space();
      if (node.isObject()) {
        out.append('{');
        boolean firstMember = true;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          int times = random.nextDouble() < duplicate ? 2 : 1;
          for (int t = 0; t < times; t++) {
            if (!firstMember) {
              space();
              out.append(',');
            }
            firstMember = false;
            space();
            out.append(JsonNodeFactory.instance.stringNode(e.getKey()).toString());
            space();
            out.append(':');
            write(e.getValue());
          }
        }
        space();
        out.append('}');
      } else if (node.isArray()) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            space();
            out.append(',');
          }
          write(node.get(i));
        }
        space();
        out.append(']');
      } else if (random.nextDouble() < wrongType) {
        out.append(node.isString() ? "12" : node.isNumber() ? "\"ñ😀\"" : "[\"x\"]");
      } else {
        out.append(node.toString());
      }
      space();
    }
  }

  private static byte[] utf8(String text, boolean bom) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] withMark = new byte[body.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withMark, 3, body.length);
    return withMark;
  }

  /** Every pointer of a tree, and a few that do not exist below each container. */
  private static List<String> pointers(JsonNode root) {
    List<String> result = new ArrayList<>();
    collect(root, "", result);
    return result;
  }

  private static void collect(JsonNode node, String pointer, List<String> out) {
    out.add(pointer);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), pointer + "/" + ModelWalker.escape(e.getKey()), out);
      }
      out.add(pointer + "/absent/0");
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
      out.add(pointer + "/" + node.size());
      out.add(pointer + "/01");
    } else {
      out.add(pointer + "/below");
    }
  }

  private static void assertSameLocations(byte[] bytes, String what) {
    int utf8 = SourceText.utf8Start(bytes, bytes.length);
    assertThat(utf8).as(what).isNotNegative();
    LocatingParser.Parsed fast = PARSER.parseUtf8(bytes, utf8 & ~SourceText.ASCII, bytes.length,
        (utf8 & SourceText.ASCII) != 0);
    assertThat(fast).as("byte path taken: %s", what).isNotNull();
    SourceText text = SourceText.decode(bytes, bytes.length, Locale.ROOT);
    LocatingParser.Parsed slow = PARSER.parse(text.chars(), text.length());
    assertThat(fast.root()).as(what).isEqualTo(slow.root());
    for (String pointer : pointers(slow.root())) {
      long f = fast.locations().locate(pointer);
      long s = slow.locations().locate(pointer);
      assertThat(Locations.line(f) + ":" + Locations.column(f)).as("%s at %s", what, pointer)
          .isEqualTo(Locations.line(s) + ":" + Locations.column(s));
    }
  }

  private static void assertSameResult(byte[] bytes, String what) {
    ReadResult fast = FAST.read(bytes, what);
    ReadResult slow = SLOW.read(bytes, what);
    assertThat(fast.findings()).as(what).isEqualTo(slow.findings());
    assertThat(fast.exercise()).as(what).isEqualTo(slow.exercise());
  }

  @Test
  void locatesEveryValueExactlyAsTheCharacterParseInEveryLayout() {
    SplittableRandom random = new SplittableRandom(5);
    for (long seed = 1; seed <= 30; seed++) {
      LocalExercise exercise = new ModelGenerator(seed).exercise();
      String pretty = CocreaJson.write(exercise);
      String lineBreak = BREAKS[(int) (seed % 3)];
      assertSameLocations(utf8(pretty.replace("\n", lineBreak), seed % 2 == 0), "pretty " + seed);
      JsonNode tree = CocreaJson.mapper().readTree(pretty);
      Writer w = new Writer(random, random.nextDouble() * 0.5, 0, 0);
      w.write(tree);
      assertSameLocations(utf8(w.out.toString(), random.nextBoolean()), "spaced " + seed);
      assertSameLocations(utf8(tree.toString(), false), "compact " + seed);
    }
  }

  @Test
  void asciiDocumentsAreLocatedFromByteColumnsAndOthersFromOffsets() {
    String ascii = "{\r\n  \"schemaVersion\": \"1.0\",\r  \"id\": \"x\",\n\"title\": [1, {\"a\": null}]}";
    assertThat(SourceText.utf8Start(utf8(ascii, false), ascii.length()) & SourceText.ASCII).isNotZero();
    assertSameLocations(utf8(ascii, false), "ascii");
    String wide = "{\"a\": \"é\", \"b\": \"😀𝄞\", \"c\": [\"€\", 1,\r\n\t\"x\", \"\u2028\", true]}";
    assertThat(SourceText.utf8Start(utf8(wide, false), utf8(wide, false).length) & SourceText.ASCII).isZero();
    assertSameLocations(utf8(wide, false), "wide");
    assertSameLocations(utf8(wide, true), "wide with mark");
  }

  @Test
  void validAndInvalidDocumentsGiveTheSameFindingsAndExerciseOnBothPaths() {
    SplittableRandom random = new SplittableRandom(11);
    for (long seed = 1; seed <= 24; seed++) {
      LocalExercise exercise = seed % 3 == 0 ? RandomExercises.generate(seed, RandomExercises.Size.S, 3.0)
          : new ModelGenerator(seed).exercise();
      JsonNode tree = CocreaJson.mapper().readTree(CocreaJson.write(exercise));
      Writer w = new Writer(random, random.nextDouble() * 0.3, seed % 4 == 1 ? 0.01 : 0, seed % 2 == 0 ? 0.02 : 0);
      w.write(tree);
      byte[] bytes = utf8(w.out.toString(), seed % 5 == 0);
      assertSameResult(bytes, "document " + seed);
      for (int m = 0; m < 10; m++) {
        assertSameResult(mutate(bytes, random), "document " + seed + " mutation " + m);
      }
    }
  }

  @Test
  void limitsGiveTheSameFindingsOnBothPaths() {
    ReaderOptions tight = ReaderOptions.builder().maxDepth(4).maxStringLength(12).maxNumberLength(3).build();
    PalReader fast = PalReader.create(tight);
    PalReader slow = PalReader.characterPathOnly(tight);
    for (long seed = 1; seed <= 10; seed++) {
      byte[] bytes = CocreaJson.write(new ModelGenerator(seed).exercise()).getBytes(StandardCharsets.UTF_8);
      assertThat(fast.read(bytes, "x").findings()).isEqualTo(slow.read(bytes, "x").findings()).isNotEmpty();
    }
    byte[] longName = "{\"schemaVersion\":\"1.0\",\"id\":\"x\",\"ééééééééé\":1}".getBytes(StandardCharsets.UTF_8);
    assertThat(fast.read(longName, "x").findings()).isEqualTo(slow.read(longName, "x").findings());
  }

  @Test
  void badBytesAreLeftToTheCharacterPath() {
    byte[][] bad = {
        {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'}, // overlong '/'
        {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'}, // surrogate
        {'{', '"', 'a', '"', ':', '"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"', '}'}, // > U+10FFFF
        {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82, '"', '}'}, // truncated
        {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'}, // Latin-1
        {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}, // UTF-16LE
        {'{', 0, '}', ' '}};
    for (byte[] b : bad) {
      assertThat(SourceText.utf8Start(b, b.length)).as(Arrays.toString(b)).isNegative();
      assertSameResult(b, Arrays.toString(b));
    }
    byte[] good = {'{', '"', 'a', '"', ':', '"', (byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF, (byte) 0xEF,
        (byte) 0xBF, (byte) 0xBF, (byte) 0xDF, (byte) 0xBF, '"', '}'};
    assertThat(SourceText.utf8Start(good, good.length)).isEqualTo(0);
    byte[] unfinished = {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82, (byte) 0xAC};
    assertThat(SourceText.utf8Start(unfinished, unfinished.length)).isEqualTo(0);
    assertThat(PARSER.parseUtf8(unfinished, 0, unfinished.length, false)).isNull();
    assertSameResult(unfinished, "unfinished");
  }

  @Test
  void findsABackslashAtEveryPositionAndNothingElse() {
    SplittableRandom random = new SplittableRandom(3);
    for (int k = 0; k < 20_000; k++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        // bytes near 0x5C and with the high bit set, where a word-at-a-time test could be fooled by a borrow
        int pick = random.nextInt(6);
        b[i] = (byte) (pick == 0 ? '\\' : pick == 1 ? 0x5B + 2 * random.nextInt(2) : pick == 2 ? 0xDC
            : pick == 3 ? 0 : random.nextInt(256));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length);
      int to = from + random.nextInt(b.length - from + 1);
      boolean expected = false;
      for (int i = from; i < to; i++) {
        expected |= b[i] == '\\';
      }
      assertThat(SourceText.holdsBackslash(b, from, to)).as("%s from %d to %d", Arrays.toString(b), from, to)
          .isEqualTo(expected);
    }
  }

  @Test
  void onlyTextWithABackslashIsLookedAtForLoneSurrogates() {
    byte[] lone = "{\"schemaVersion\": \"1.0\", \"id\": \"mx-\\ud800\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(PARSER.parseUtf8(lone, 0, lone.length, true)).isNull();
    byte[] loneName = "{\"schemaVersion\": \"1.0\", \"\\udc00\": 1}".getBytes(StandardCharsets.UTF_8);
    assertThat(PARSER.parseUtf8(loneName, 0, loneName.length, true)).isNull();
    byte[] pair = "{\"id\": \"\\ud83d\\ude00 \\\\ud800\", \"t\": \"😀\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(PARSER.parseUtf8(pair, 0, pair.length, false)).isNotNull();
    assertSameResult(lone, "lone");
    assertSameResult(loneName, "lone in a name");
    assertSameResult(pair, "pair");
  }

  /** Replaces, inserts or deletes a few bytes, or cuts the document short. */
  private static byte[] mutate(byte[] bytes, SplittableRandom random) {
    byte[][] palette = {{'"'}, {'{'}, {'}'}, {'['}, {']'}, {','}, {':'}, {0}, {'\n'}, {'\r'}, {1}, {(byte) 0xC0},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC3, (byte) 0xB1}, {'x'}, {'1'}, {'-'}, {'.'}, {'e'}, {'\\'},
        "\"id\":\"dup\",".getBytes(StandardCharsets.UTF_8), "NaN".getBytes(StandardCharsets.UTF_8),
        "/*c*/".getBytes(StandardCharsets.UTF_8), {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int kind = random.nextInt(10);
    if (kind == 0) {
      return Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }
    int at = random.nextInt(bytes.length);
    out.write(bytes, 0, at);
    byte[] insert = palette[random.nextInt(palette.length)];
    out.write(insert, 0, insert.length);
    int skip = kind <= 4 ? insert.length : 0; // replace, or insert
    out.write(bytes, Math.min(bytes.length, at + skip), Math.max(0, bytes.length - at - skip));
    return out.toByteArray();
  }
}
