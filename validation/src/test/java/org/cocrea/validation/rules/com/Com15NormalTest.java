package org.cocrea.validation.rules.com;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * COM-15's normalisation, written as loops over the code points, gives what its definition with regular expressions
 * gives: NFD, marks removed, lower case, each run of neither letters nor digits one space, stripped.
 */
class Com15NormalTest {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** The definition, as COM-15 wrote it with regular expressions. */
  private static String byRegex(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  @Test
  void givesTheRegularExpressionsResultOnChosenTexts() {
    List<String> texts = List.of("", " ", "   \t\n ", "Datos abiertos", "  Datos   ABIERTOS.  ", "Participación ciudadana",
        "PARTICIPACIÓN—CIUDADANA!!", "Niño, año y pingüino", "e\u0301 combining", "a\u0300\u0301\u0302b",
        "\u0301leading mark", "trailing mark\u0301", "Plan 2024-2026: 3 compromisos", "100% de los ¿datos?",
        "Ñandú Ærøskøbing straße", "İstanbul ISTANBUL ı", "ΟΔΥΣΣΕΥΣ ΣΑΣ Σ", "Москва и Ёлка", "北京 数据 开放",
        "देवनागरी हिन्दी", "العربية المفتوحة", "ⅫⅣ roman ⅻ", "x² ½ ¾ ①", "ｆｕｌｌ ｗｉｄｔｈ ＡＢＣ",
        "𝟙𝟚𝟛 𝐀𝐁𝐂 😀 emoji", "unpaired \uD800 high", "unpaired \uDC00 low", "nbsp\u00A0here\u2003em",
        "tab\tand\r\nlines", "under_score and-dash/slash", "Ⓐⓑ circled", "\u20DD enclosing \u20DD", "ǅ ǈ titlecase",
        "ﬁ ligature", "Å Å Å", "ḱṷṓn", "ºª ordinal", "٣٤٥ arabic digits", "ABC\u0345DEF ypogegrammeni");
    for (String text : texts) {
      assertThat(Com15RegisteredTwice.normal(text)).as(text).isEqualTo(byRegex(text));
    }
  }

  @Test
  void givesTheRegularExpressionsResultOnRandomTexts() {
    Random random = new Random(15);
    int[] pool = {' ', '.', ',', '-', '\t', 'a', 'Z', '0', '9', 0xE9, 0xC9, 0x301, 0x308, 0x3A3, 0x3C3, 0x130, 0x131,
        0x2163, 0xBD, 0x660, 0x4E2D, 0x903, 0x94D, 0x20DD, 0xFB01, 0x1D7D9, 0x1F600, 0xD800, 0xDC00, 0x00A0, 0x1C5};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        int choice = random.nextInt(3);
        int cp = choice == 0 ? pool[random.nextInt(pool.length)]
            : choice == 1 ? random.nextInt(0x3000) : random.nextInt(Character.MAX_CODE_POINT + 1);
        b.appendCodePoint(cp);
      }
      String text = b.toString();
      assertThat(Com15RegisteredTwice.normal(text)).as("%s", text.codePoints().boxed().toList())
          .isEqualTo(byRegex(text));
    }
  }
}
