package org.cocrea.validation.rules.com;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentReference;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-15 · The same commitment is not registered twice (two identifiers, one text), within a plan or across the
 * plans of a joint exercise. · W · titles, problem, description · [S:REAL §7]; 4 words [P]
 *
 * <p>Real records transcribed from several sources, and joint plans whose members each register the commitments they
 * share, hold the same commitment under two identifiers (real-records.md §7); every count, percentage and rule over
 * commitments then counts it twice. Two commitments of the exercise are the same when their titles are equal once
 * normalised (case, accents, punctuation and whitespace ignored) and their texts do not tell them apart: where both
 * record a problem statement, or both a description (what the commitment does, OGP's "action"), those are equal too,
 * normalised the same way.
 *
 * <p>Short generic titles ("Datos abiertos", "Transparencia") are common to different commitments, so a title of
 * fewer than {@code minTitleWords} words of three or more letters (4, proposed by Cocrea) is not enough alone: such a
 * pair is reported only when it also shares a recorded problem or description. A pair whose texts differ is never
 * reported. A commitment that records the other as the same one ({@link Commitment#sameCommitmentAs()}, naming it in
 * this document) is declared, not duplicated: a joint plan's shared commitment passes.
 *
 * <p>WARNING, not ERROR: the record, not the exercise, is likely wrong, and a person must decide which identifier
 * stays. The subject is each commitment that repeats an earlier one, named with the earlier one by title with its id.
 * Commitments without a title are not compared (not applicable).
 */
public final class Com15RegisteredTwice {

  /** The rule COM-15, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-15").anyFramework().warning()
      .source("[S:REAL §7]; 4 words [P]")
      .threshold("minTitleWords", 4)
      .needs("plans[].commitments[].title", "plans[].commitments[].problem", "plans[].commitments[].description")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Com15RegisteredTwice::check);

  private Com15RegisteredTwice() {}

  /**
   * A commitment met so far, with where it is and its problem and description normalised (each text once, not once
   * per comparison).
   */
  private record Seen(Commitment commitment, LocalActionPlan plan, String pointer, Optional<String> problem,
      Optional<String> description) {

    Seen(Commitment commitment, LocalActionPlan plan, String pointer) {
      this(commitment, plan, pointer, commitment.problem().map(Com15RegisteredTwice::normal),
          commitment.description().map(Com15RegisteredTwice::normal));
    }
  }

  private static void check(RuleContext ctx, Subjects subjects) {
    int minWords = ctx.intThreshold("minTitleWords");
    Map<String, List<Seen>> byTitle = new LinkedHashMap<>();
    List<LocalActionPlan> plans = ctx.exercise().plans();
    if (plans.isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (int p = 0; p < plans.size(); p++) {
      LocalActionPlan plan = plans.get(p);
      for (int i = 0; i < plan.commitments().size(); i++) {
        Commitment c = plan.commitments().get(i);
        String pointer = "/plans/" + p + "/commitments/" + i;
        Optional<String> title = c.title().map(Com15RegisteredTwice::normal).filter(t -> !t.isEmpty());
        if (title.isEmpty()) {
          subjects.notApplicable(pointer);
          continue;
        }
        List<Seen> earlier = byTitle.computeIfAbsent(title.get(), k -> new ArrayList<>());
        Seen seen = new Seen(c, plan, pointer);
        boolean longTitle = words(title.get()) >= minWords;
        Optional<Seen> same = earlier.stream().filter(e -> sameCommitment(e, seen, longTitle)).findFirst();
        if (same.isPresent()) {
          Seen e = same.get();
          subjects.fail(pointer, Texts.name(ctx, pointer, c.id(), c.title()),
              Texts.name(ctx, e.pointer(), e.commitment().id(), e.commitment().title()),
              Texts.name(ctx, e.pointer().substring(0, e.pointer().indexOf("/commitments/")), e.plan().id(),
                  e.plan().title()),
              e.plan() == plan ? 1 : 0);
        } else {
          subjects.pass(pointer);
        }
        earlier.add(seen);
      }
    }
  }

  /**
   * Whether two commitments with the same normalised title are one: not the same identifier (REF-02's case), not
   * declared the same, texts that do not differ, and a long enough title or a shared text.
   */
  private static boolean sameCommitment(Seen a, Seen b, boolean longTitle) {
    if (a.commitment().id().equals(b.commitment().id()) || declared(a.commitment(), b.commitment())
        || declared(b.commitment(), a.commitment())) {
      return false;
    }
    Optional<Boolean> problem = equalWhereBoth(a.problem(), b.problem());
    Optional<Boolean> description = equalWhereBoth(a.description(), b.description());
    if (problem.orElse(true) && description.orElse(true)) {
      return longTitle || problem.isPresent() || description.isPresent();
    }
    return false;
  }

  /** Equal, when both (normalised) texts are recorded; empty when either is not. */
  private static Optional<Boolean> equalWhereBoth(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(a.get().equals(b.get()));
  }

  /** Whether {@code a} records {@code b} as the same commitment, in this document. */
  private static boolean declared(Commitment a, Commitment b) {
    for (CommitmentReference r : a.sameCommitmentAs()) {
      if (r.exerciseId().isEmpty() && r.commitmentId().map(b.id()::equals).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lower case without accents, punctuation or repeated whitespace: the text decomposed (NFD) without its combining
   * marks ({@code \p{M}}), in lower case, with each run of characters that are neither letters nor digits
   * ({@code [^\p{L}\p{N}]+}) one space, without a space at either end. Written as two loops over the code points
   * rather than two regular expressions, which took most of the rule's time (the test checks both give the same).
   */
  static String normal(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder unmarked = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      if (!isMark(cp)) {
        unmarked.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    String lower = unmarked.toString().toLowerCase(Locale.ROOT);   // the whole text: a final sigma depends on it
    StringBuilder normal = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (isWordCharacter(cp)) {
        if (gap && normal.length() > 0) {
          normal.append(' ');
        }
        normal.appendCodePoint(cp);
        gap = false;
      } else {
        gap = true;
      }
      i += Character.charCount(cp);
    }
    return normal.toString();
  }

  /** Whether a code point is a combining mark ({@code \p{M}}). */
  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether a code point is a letter or a number ({@code [\p{L}\p{N}]}). */
  private static boolean isWordCharacter(int cp) {
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Words of three or more letters (or digits) in a normalised title. */
  private static long words(String normalTitle) {
    return java.util.Arrays.stream(normalTitle.split(" ")).filter(w -> w.length() >= 3).count();
  }
}
