package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.PartialDate.Order;
import org.cocrea.core.PartialDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @ParameterizedTest
  @CsvSource({"2016, YEAR", "2016-09, MONTH", "2016-09-14, DAY", "2016-02-29, DAY", "0000, YEAR", "9999-12-31, DAY"})
  void parsesTheThreeFormsAndWritesThemBack(String text, Precision precision) {
    PartialDate d = PartialDate.parse(text);
    assertThat(d.precision()).isEqualTo(precision);
    assertThat(d).hasToString(text);
    assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
  }

  @Test
  void exposesItsFields() {
    PartialDate d = PartialDate.parse("2021-08");
    assertThat(d.year()).isEqualTo(2021);
    assertThat(d.month()).hasValue(8);
    assertThat(d.day()).isEmpty();
    assertThat(d.toLocalDate()).isEmpty();
    assertThat(PartialDate.parse("2016").month()).isEmpty();
    assertThat(PartialDate.parse("2016-09-14").day()).hasValue(14);
    assertThat(PartialDate.parse("2016-09-14").toLocalDate()).contains(LocalDate.of(2016, 9, 14));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 2016", "2016 ", "16", "20160", "2016-9", "2016-09-1", "2016/09/14", "14/09/2016",
      "2016-13", "2016-00", "2016-09-00", "2016-09-31", "2016-09-32", "2015-02-29", "2016-02-30", "2016-09-14T10:00",
      "+2016", "-2016", "２０１６", "2016-W37", "2016-258", "abcd"})
  void rejectsEverythingElseWithABilingualMessage(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Fecha no válida «")
        .hasMessageContaining("Invalid date \"");
  }

  @Test
  void saysWhatIsWrongWithAnInvalidMonthOrDay() {
    assertThatThrownBy(() -> PartialDate.parse("2016-13")).hasMessageContaining("01 y 12")
        .hasMessageContaining("01 to 12");
    assertThatThrownBy(() -> PartialDate.parse("2015-02-29")).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> PartialDate.parse("x".repeat(1000))).message().hasSizeLessThan(200);
  }

  @Test
  void buildsFromJavaTimeValues() {
    assertThat(PartialDate.of(LocalDate.of(2015, 3, 9))).isEqualTo(PartialDate.parse("2015-03-09"));
    assertThat(PartialDate.of(YearMonth.of(2021, 8))).isEqualTo(PartialDate.parse("2021-08"));
    assertThat(PartialDate.ofYear(2016)).isEqualTo(PartialDate.parse("2016"));
    assertThatThrownBy(() -> PartialDate.of(LocalDate.of(10_000, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.ofYear(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void boundsAreTheFirstAndLastDayItMayStandFor() {
    assertThat(PartialDate.parse("2016").earliest()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(PartialDate.parse("2016").latest()).isEqualTo(LocalDate.of(2016, 12, 31));
    assertThat(PartialDate.parse("2016-02").latest()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(PartialDate.parse("2015-02").latest()).isEqualTo(LocalDate.of(2015, 2, 28));
    assertThat(PartialDate.parse("2016-09-14").earliest()).isEqualTo(PartialDate.parse("2016-09-14").latest());
  }

  @ParameterizedTest
  @CsvSource({
      "2021-09, 2022-01, BEFORE",
      "2022-01, 2021-09, AFTER",
      "2021-09, 2021-09-14, UNDETERMINED",
      "2021-09-14, 2021-09, UNDETERMINED",
      "2016, 2016, SAME",
      "2016, 2016-09, UNDETERMINED",
      "2016, 2016-09-14, UNDETERMINED",
      "2016-09, 2016-09, SAME",
      "2016-09-14, 2016-09-14, SAME",
      "2016-09-14, 2016-09-15, BEFORE",
      "2016, 2017-01-01, BEFORE",
      "2016-12-31, 2017, BEFORE",
      "2018-08-31, 2018-09, BEFORE",
      "2020-10-31, 2020-08-31, AFTER",
      "2022-06, 2022-09-26, BEFORE",
      "2015, 2016, BEFORE"})
  void comparesAtTheCommonPrecision(String a, String b, Order expected) {
    assertThat(PartialDate.parse(a).order(PartialDate.parse(b))).isEqualTo(expected);
    assertThat(PartialDate.parse(a).isCertainlyBefore(PartialDate.parse(b))).isEqualTo(expected == Order.BEFORE);
    assertThat(PartialDate.parse(a).isCertainlyAfter(PartialDate.parse(b))).isEqualTo(expected == Order.AFTER);
  }

  @Test
  void equalityIncludesThePrecision() {
    assertThat(PartialDate.parse("2016-09")).isNotEqualTo(PartialDate.parse("2016-09-01"))
        .isNotEqualTo(PartialDate.parse("2016")).isNotEqualTo("2016-09");
    assertThat(PartialDate.parse("2016-09")).isEqualTo(PartialDate.parse("2016-09"))
        .hasSameHashCodeAs(PartialDate.parse("2016-09"));
  }

  @Test
  void sortOrderListsEarliestFirstThenCoarserFirst() {
    List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2016-02"), PartialDate.parse("2016-01-02"),
        PartialDate.parse("2016-01-01"), PartialDate.parse("2016-01"), PartialDate.parse("2016")));
    dates.sort(PartialDate.SORT_ORDER);
    assertThat(dates).map(PartialDate::toString)
        .containsExactly("2016", "2016-01", "2016-01-01", "2016-01-02", "2016-02");
  }

  /** Seeded property test (no jqwik): the order agrees with the day bounds and with itself, for random pairs. */
  @Test
  void orderIsConsistentWithTheDayBounds() {
    Random random = new Random(20161109L);
    for (int i = 0; i < 20_000; i++) {
      PartialDate a = randomDate(random);
      PartialDate b = random.nextInt(10) == 0 ? a : randomNear(random, a);
      Order order = a.order(b);
      String why = a + " vs " + b;
      assertThat(order == Order.BEFORE).as(why).isEqualTo(a.latest().isBefore(b.earliest()));
      assertThat(order == Order.AFTER).as(why).isEqualTo(a.earliest().isAfter(b.latest()));
      assertThat(order == Order.SAME).as(why).isEqualTo(a.equals(b));
      if (order == Order.UNDETERMINED) {
        // the two may stand for the same day: one range contains the other
        assertThat(a.earliest()).as(why).isBeforeOrEqualTo(b.latest());
        assertThat(b.earliest()).as(why).isBeforeOrEqualTo(a.latest());
        assertThat(a.precision()).as(why).isNotEqualTo(b.precision());
      }
      assertThat(b.order(a)).as(why).isEqualTo(switch (order) {
        case BEFORE -> Order.AFTER;
        case AFTER -> Order.BEFORE;
        default -> order;
      });
      assertThat(PartialDate.parse(a.toString())).as(why).isEqualTo(a);
      if (order == Order.BEFORE || order == Order.SAME) {
        assertThat(PartialDate.SORT_ORDER.compare(a, b)).as(why).isLessThanOrEqualTo(0);
      }
    }
  }

  private static PartialDate randomDate(Random random) {
    LocalDate day = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3 * 366));
    return coarsen(random, day);
  }

  private static PartialDate randomNear(Random random, PartialDate a) {
    LocalDate day = a.earliest().plusDays(random.nextInt(90) - 45);
    return coarsen(random, day);
  }

  private static PartialDate coarsen(Random random, LocalDate day) {
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(day.getYear());
      case 1 -> PartialDate.of(YearMonth.from(day));
      default -> PartialDate.of(day);
    };
  }

  /** The form the text format defines ({@code $defs/PartialDate}), as the regular expression parse once used. */
  private static final Pattern FORM = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

  @Test
  void acceptsTheFormExactlyAsItsRegularExpressionOnAdversarialTexts() {
    // near misses of every length: other digits (Arabic-Indic, full-width), signs, spaces, separators, line breaks
    char[] alphabet = {'0', '1', '2', '9', '-', '/', ' ', '+', 'x', '\n', '\u0663', '\uFF12', ':', 'T'};
    Random random = new Random(7);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder(k % 2 == 0 ? "2016-09-14".substring(0, random.nextInt(11)) : "");
      int extra = random.nextInt(4);
      for (int i = 0; i < extra; i++) {
        b.insert(random.nextInt(b.length() + 1), alphabet[random.nextInt(alphabet.length)]);
      }
      if (b.length() > 0 && random.nextBoolean()) {
        b.setCharAt(random.nextInt(b.length()), alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      Matcher m = FORM.matcher(text);
      PartialDate parsed;
      try {
        parsed = PartialDate.parse(text);
      } catch (IllegalArgumentException e) {
        assertThat(m.matches() ? !e.getMessage().contains("expected YYYY") : e.getMessage().contains("expected YYYY"))
            .as(text).isTrue();
        continue;
      }
      assertThat(m.matches()).as(text).isTrue();
      assertThat(parsed.toString()).as(text).isEqualTo(text);
    }
  }
}
