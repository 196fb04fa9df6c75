package org.cocrea.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule catalogue of the methodology's minimum standards (methodology.md section 4): every rule with its stable
 * id, severity, family, source and thresholds, in catalogue order.
 *
 * <pre>{@code
 * Rules.catalogue().forEach(r -> System.out.println(r.id() + "  " + r.statement(Locale.ENGLISH)));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Rules {

  private static final List<Rule> CATALOGUE = Stream.of(
          ExeRules.all(), StlRules.all(), SesRules.all(), TrnRules.all(),
          CoRules.all(), PalRules.all(), ComRules.all(),
          MilRules.all(), IndRules.all(), TrkRules.all(), EvaRules.all(), SimRules.all())
      .flatMap(List::stream)
      .toList();

  private static final List<Rule> ENGINE = List.of(
      Rule.define(ReferenceCheck.DANGLING).error().source("[P] identifiers declared once, referenced by id (Popolo, OCDS)")
          .check((context, subjects) -> { }),
      Rule.define(ReferenceCheck.DUPLICATE).error().source("[P] identifiers declared once, referenced by id (Popolo, OCDS)")
          .check((context, subjects) -> { }),
      Rule.define(FieldConstraints.RULE_ID).error().source("[P] field-level constraints of the model (Jakarta Validation)")
          .check((context, subjects) -> { }));

  private Rules() {}

  /**
   * The rules the engine applies besides the catalogue: {@code REF-01} (a reference names nothing), {@code REF-02}
   * (an identifier declared twice) and {@code FLD-01} (a field breaks its constraint: length, pattern, range).
   * They describe findings; the validator runs them itself, in every profile.
   *
   * @return the engine rules, never null
   */
  public static List<Rule> engineRules() {
    return ENGINE;
  }

  /**
   * Every rule, in catalogue order.
   *
   * @return the rules, never null, unmodifiable
   */
  public static List<Rule> catalogue() {
    return CATALOGUE;
  }

  /**
   * The rule with an id.
   *
   * @param id the id, such as {@code STL-03}, must not be null
   * @return the rule (from the catalogue or the engine rules), or empty when there is no such rule
   */
  public static Optional<Rule> byId(String id) {
    Objects.requireNonNull(id, "id");
    return Stream.concat(CATALOGUE.stream(), ENGINE.stream()).filter(r -> r.id().equals(id)).findFirst();
  }
}
