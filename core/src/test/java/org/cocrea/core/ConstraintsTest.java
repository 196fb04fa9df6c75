package org.cocrea.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConstraintsTest {

  private static final String ALPHABET = "aZ09._:-/ é\t\n~";

  @Test
  void isIdentifierAgreesWithTheIdentifierPatternOnRandomTexts() {
    Pattern pattern = Pattern.compile(Constraints.ID_PATTERN);
    SplittableRandom random = new SplittableRandom(20151);
    int accepted = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(6);
      for (int k = 0; k < length; k++) {
        s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String text = s.toString();
      boolean expected = pattern.matcher(text).matches();
      assertThat(Constraints.isIdentifier(text)).as("«%s»", text).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).as("both answers occur").isBetween(1_000, 49_000);
  }

  @Test
  void isIdentifierNamesTheUsualCases() {
    assertThat(Constraints.isIdentifier("org-idaip")).isTrue();
    assertThat(Constraints.isIdentifier("pal:2016.c_1")).isTrue();
    assertThat(Constraints.isIdentifier("")).isFalse();
    assertThat(Constraints.isIdentifier("-org")).isFalse();
    assertThat(Constraints.isIdentifier("org idaip")).isFalse();
    assertThat(Constraints.isIdentifier("org\n")).isFalse();
  }
}
