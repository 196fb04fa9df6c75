package org.cocrea.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.PartialDate;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelBuilder;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.testkit.FormatVersions;

/**
 * A seeded generator of arbitrary exercises for property tests: every attribute of every model type, reached by
 * reflection over the model, is left out or filled at random, so exercises are incomplete, inconsistent and sometimes
 * invalid in every way the model allows (blank or too long texts, malformed URLs, negative counts, dangling and
 * duplicate identifiers, dates in any order). Identifiers come from small pools per type, so references resolve often
 * and duplicates happen. Deterministic: the same seed gives an equal exercise. Format 1.0 only: the additions of 1.1
 * ({@link FormatVersions}) are left out, so that each seed still gives the exercise the rule fixtures were chosen on.
 */
final class ArbitraryExercises {

  private static final String[] WORDS = {
      "transparencia", "agua", "presupuesto", "seguridad", "escuelas", "residuos", "contraloría", "salud",
      "participación", "datos abiertos", "obra pública", "Durango", "Morelos", "mesa", "compromiso"};
  private static final LocalDate EPOCH = LocalDate.of(2014, 1, 1);

  private final SplittableRandom random;
  private int budget;

  private ArbitraryExercises(long seed, int budget) {
    this.random = new SplittableRandom(seed);
    this.budget = budget;
  }

  /**
   * An arbitrary exercise of up to about 60 model values.
   *
   * @param seed the seed
   * @return the exercise
   */
  static LocalExercise generate(long seed) {
    return (LocalExercise) new ArbitraryExercises(seed, 60).value(LocalExercise.class, 0);
  }

  private Object value(Class<?> type, int depth) {
    budget--;
    ModelBuilder builder = ModelBuilder.of(type);
    for (Attribute a : ModelTypes.attributes(type)) {
      if (FormatVersions.isAddition(type, a.name())) {
        continue; // format 1.0 only, so that each seed gives the exercise it always gave (rule fixtures use seeds)
      }
      switch (a.kind()) {
        case REQUIRED -> builder.set(a, scalar(a, type));
        case OPTIONAL -> {
          if (chance(depth == 0 ? 0.8 : 0.6) && (!a.isNested() || budget > 0)) {
            builder.set(a, element(a, type, depth));
          }
        }
        case LIST, SET -> {
          int n = size(a, depth);
          List<Object> elements = new ArrayList<>();
          for (int i = 0; i < n && (!a.isNested() || budget > 0); i++) {
            elements.add(element(a, type, depth));
          }
          builder.set(a, a.kind() == Attribute.Kind.SET ? new LinkedHashSet<>(elements) : elements);
        }
        case MAP -> builder.set(a, map(a, depth));
      }
    }
    return builder.build();
  }

  private int size(Attribute a, int depth) {
    if (depth > 6) {
      return 0;
    }
    int max = a.isNested() ? (depth <= 1 ? 4 : 3) : 3;
    if (a.isNested() && chance(0.08)) {
      max = 7; // now and then a long list: rules with minimum counts (SIM-13's five proposals) get to apply
    }
    return random.nextInt(max + 1);
  }

  private Object element(Attribute a, Class<?> owner, int depth) {
    return a.isNested() ? value(a.elementType(), depth + 1) : scalar(a, owner);
  }

  /** Keys of maps keyed by a property name (format 1.1's partCompleteness and provenance fields). */
  private static final String[] PROPERTY_NAMES = {"milestones", "commitments", "memberships", "title", "dueDate"};

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Map<Object, Object> map(Attribute a, int depth) {
    Map<Object, Object> map = a.keyType().isEnum() ? new EnumMap(a.keyType()) : new java.util.HashMap<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n && (!a.isNested() || budget > 0); i++) {
      Object key = a.keyType().isEnum() ? enumConstant(a.keyType())
          : PROPERTY_NAMES[random.nextInt(PROPERTY_NAMES.length)];
      map.put(key, a.isNested() ? value(a.elementType(), depth + 1) : scalar(a, Void.class));
    }
    return map;
  }

  /** The names of the model's dates of format 1.0 (days then; partial dates since 1.1). */
  private static final java.util.Set<String> DAY_DATES = java.util.Set.of("date", "signedOn", "installedOn",
      "startDate", "endDate", "dueDate", "completedOn", "periodFrom", "periodTo", "publishedOn", "targetDate",
      "periodStart", "periodEnd", "approvedOn", "launchEventOn", "timelinePublishedOn", "formedOn", "agendaSentOn",
      "closesOn", "websiteLastUpdated");

  /** The 1.1 types whose dates of those names were partial from the start (drawn at any precision). */
  private static final java.util.Set<String> YEAR_OR_MONTH_OWNERS = java.util.Set.of("Source", "SourceCitation",
      "RecordDeclaration");

  private Object scalar(Attribute a, Class<?> owner) {
    Class<?> t = a.elementType();
    if (t == String.class) {
      return text(a, owner);
    }
    if (t == Integer.class) {
      return chance(0.1) ? -1 : random.nextInt(30);
    }
    if (t == BigDecimal.class) {
      return chance(0.1) ? new BigDecimal("-5.5") : BigDecimal.valueOf(random.nextInt(12_000), 2);
    }
    if (t == Boolean.class) {
      return random.nextBoolean();
    }
    if (t == LocalDate.class) {
      return EPOCH.plusDays(random.nextInt(2_200));
    }
    if (t == PartialDate.class && DAY_DATES.contains(a.name()) && !YEAR_OR_MONTH_OWNERS.contains(owner.getSimpleName())) {
      // the model's 1.0 dates, drawn as the days they were before they became partial dates: the same draws keep
      // every arbitrary:<seed> fixture of RuleFixturesTest the exercise it was
      return PartialDate.of(EPOCH.plusDays(random.nextInt(2_200)));
    }
    if (t == PartialDate.class) {
      LocalDate day = EPOCH.plusDays(random.nextInt(2_200));
      int precision = random.nextInt(3);
      return precision == 0 ? PartialDate.ofYear(day.getYear())
          : precision == 1 ? PartialDate.of(java.time.YearMonth.from(day)) : PartialDate.of(day);
    }
    if (t.isEnum()) {
      return enumConstant(t);
    }
    throw new IllegalStateException("no generator for " + t + " (" + owner.getSimpleName() + "." + a.name() + ")");
  }

  private Object enumConstant(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }

  private String text(Attribute a, Class<?> owner) {
    String name = a.name();
    if (name.equals("id")) {
      return id(owner);
    }
    if (a.reference().isPresent()) {
      return chance(0.05) ? "no-such-id" : id(a.reference().get());
    }
    if (chance(0.04)) {
      return chance(0.5) ? " " : "x".repeat(501);
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith("url") || lower.endsWith("urls")) {
      return chance(0.9) ? "https://ejemplo.mx/" + random.nextInt(100) : "ejemplo.mx sin esquema";
    }
    if (lower.equals("email")) {
      return chance(0.9) ? "persona@ejemplo.mx" : "persona-arroba";
    }
    if (lower.equals("sdgtargets")) {
      return chance(0.8) ? (1 + random.nextInt(17)) + "." + (1 + random.nextInt(9)) : "18.1";
    }
    if (lower.equals("currency")) {
      return chance(0.9) ? "MXN" : "pesos";
    }
    if (lower.equals("inegicode")) {
      return chance(0.9) ? "10005" : "DGO";
    }
    return WORDS[random.nextInt(WORDS.length)] + (chance(0.5) ? " " + WORDS[random.nextInt(WORDS.length)] : "");
  }

  /** An id from the type's pool of four, so that references resolve often and duplicates happen. */
  private String id(Class<?> type) {
    return type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + "-" + random.nextInt(4);
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** Every model type reached from the root, to check the generator's coverage. */
  static Set<Class<?>> typesIn(Object root) {
    Set<Class<?>> types = new LinkedHashSet<>();
    org.cocrea.core.meta.ModelWalker.walk(root, (p, v) -> types.add(ModelTypes.typeOf(v)));
    return types;
  }
}
