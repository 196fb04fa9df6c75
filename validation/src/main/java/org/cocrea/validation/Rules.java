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

  private Rules() {}

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
   * @return the rule, or empty when the catalogue has no such rule
   */
  public static Optional<Rule> byId(String id) {
    Objects.requireNonNull(id, "id");
    return CATALOGUE.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
