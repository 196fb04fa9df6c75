package org.cocrea.validation.rules.pal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.cocrea.core.RecordedParts;
import org.cocrea.core.StatedCount;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Messages;
import org.cocrea.validation.Rule;
import org.cocrea.validation.Severity;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * PAL-09 · A record lists no more items than its source states; fewer is reported with both numbers. · W (fewer: I)
 * · statedCounts vs the lists · [S:REAL §2, §7]
 *
 * <p>A count the source states ("el plan tiene 12 compromisos", {@link RecordedParts#statedCounts()}) travels with
 * the record even when the items do not (real-records.md §2, §7). Each stated count with a number is compared with
 * the items its element lists under the property it names ({@code commitments} of a plan, {@code milestones} of a
 * commitment, {@code memberships} of an STL: any list of any element):
 *
 * <ul>
 *   <li><b>more listed than stated</b>: the record contradicts its source (an item listed twice, one of another plan,
 *       or a source that miscounts): a WARNING naming both numbers. A warning, not an error: either side may be
 *       wrong, and the exercise's standards are not what is broken; only a person with the sources can tell which;</li>
 *   <li><b>fewer listed than stated</b>: the list is incomplete ({@link org.cocrea.core.Recording} already reads it
 *       as PARTIAL, so no rule calls its absent items none); an INFO finding names both numbers, so that whoever keeps
 *       the record knows what is missing.</li>
 * </ul>
 *
 * <p>A count with a {@code scope} is not compared: it counts a part of the list ("6 regular commitments", and more
 * items listed is no contradiction) or a population the source names that the list need not hold ("5 commitments
 * put to public consultation", of which the final plan may keep 4), and the record cannot tell which.
 * A count given only in words ({@code text}), or naming no list of its element, is not applicable either: only what
 * is recorded is judged. The subject is the stated count ({@code /plans/0/statedCounts/1}).
 */
public final class Pal09StatedCounts {

  /** The rule PAL-09, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("PAL-09").anyFramework().warning()
      .source("[S:REAL §2, §7]")
      .needs("statedCounts[].count", "plans[].statedCounts[].count", "plans[].commitments[].statedCounts[].count",
          "stls[].statedCounts[].count")
      .whenAbsent(Absence.NOT_APPLICABLE)
      .check(Pal09StatedCounts::check);

  private Pal09StatedCounts() {}

  /** A stated count, its element and their pointers. */
  private record Stated(Object element, String elementPointer, StatedCount count, String pointer) {}

  private static void check(RuleContext ctx, Subjects subjects) {
    List<Stated> all = new ArrayList<>();
    ModelWalker.walkPaths(ctx.exercise(), (path, value) -> {
      if (value instanceof RecordedParts parts && !parts.statedCounts().isEmpty()) {
        String pointer = path.pointer();   // rendered only for the elements that state counts
        for (int i = 0; i < parts.statedCounts().size(); i++) {
          all.add(new Stated(value, pointer, parts.statedCounts().get(i), pointer + "/statedCounts/" + i));
        }
      }
    });
    if (all.isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (Stated s : all) {
      Optional<Integer> listed = listed(s);
      if (s.count().count().isEmpty() || listed.isEmpty() || s.count().scope().isPresent()) {
        subjects.notApplicable(s.pointer());
        continue;
      }
      int stated = s.count().count().get();
      int n = listed.get();
      String list = s.count().of().orElseThrow();
      if (n == stated) {
        subjects.pass(s.pointer());
      } else if (n > stated) {
        subjects.fail(s.pointer(), name(ctx, s), stated, n, noun(ctx, list, "one"), noun(ctx, list, "other"));
      } else {
        subjects.failAs(Severity.INFO, s.pointer(), "fewer", name(ctx, s), stated, n, noun(ctx, list, "one"),
            noun(ctx, list, "other"));
      }
    }
  }

  /** How many items the element lists under the property the count names; empty when it names no list. */
  private static Optional<Integer> listed(Stated s) {
    Optional<String> of = s.count().of();
    if (of.isEmpty()) {
      return Optional.empty();
    }
    Optional<Attribute> attribute = ModelTypes.attribute(ModelTypes.typeOf(s.element()), of.get());
    return attribute.map(a -> a.read(s.element())).filter(v -> v instanceof Collection<?>)
        .map(v -> ((Collection<?>) v).size());
  }

  /** The element as messages name it: by its title when it has one, else its place counted from 1, with its identifier. */
  private static String name(RuleContext ctx, Stated s) {
    String place = Messages.place(s.elementPointer(), Texts.locale(ctx));
    Optional<Attribute> id = ModelTypes.attribute(ModelTypes.typeOf(s.element()), "id");
    Object value = id.map(a -> a.read(s.element())).orElse(null);
    if (value instanceof Optional<?> o) {
      value = o.orElse(null);
    }
    Object title = ModelTypes.attribute(ModelTypes.typeOf(s.element()), "title").map(a -> a.read(s.element()))
        .orElse(null);
    if (value != null && title instanceof Optional<?> t && t.isPresent()) {
      // a titled element as every message names it: «Compromiso 3: Título (c3)», the exercise by its title
      return Texts.name(ctx, s.elementPointer(), value.toString(), t.map(Object::toString));
    }
    return value == null ? place : place + " (" + value + ")";
  }

  /** The items of a list as messages count them ("1 compromiso", "3 compromisos"), or a generic noun. */
  private static String noun(RuleContext ctx, String list, String number) {
    String key = "PAL-09.part." + number + "." + list;
    return Messages.has(key, Texts.locale(ctx)) ? Texts.part(ctx, key)
        : Texts.part(ctx, "PAL-09.part." + number, list);
  }
}
