package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Organization;
import org.cocrea.core.Sector;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.junit.jupiter.api.Test;

/**
 * Properties of the validator over thousands of seeded arbitrary exercises ({@link ArbitraryExercises}): it never
 * throws, findings are sorted, every finding points at something the JSON form writes, and fixing what a simple rule
 * names removes exactly that finding. A failure names the seed; {@code ArbitraryExercises.generate(seed)} rebuilds the
 * exercise.
 */
class ValidatorPropertyTest {

  private static final int EXERCISES = 2_000;
  private static final List<LocalDate> AS_OF = List.of(
      LocalDate.of(2015, 6, 30), LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31));
  private static final Pattern MILESTONE = Pattern.compile("^/plans/\\d+/commitments/\\d+/milestones/\\d+");
  private static final Pattern COMMITMENT = Pattern.compile("^/plans/\\d+/commitments/\\d+");

  /** Sixteen validators: each profile and language, without and with three as-of dates. */
  private static final List<CocreaValidator> VALIDATORS = validators();

  private static List<CocreaValidator> validators() {
    List<CocreaValidator> all = new ArrayList<>();
    for (Profile profile : Profile.values()) {
      for (Locale locale : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
        ValidatorOptions base = ValidatorOptions.builder().profile(profile).locale(locale).build();
        all.add(CocreaValidator.create(base));
        AS_OF.forEach(d -> all.add(CocreaValidator.create(base.toBuilder().asOf(d).build())));
      }
    }
    return List.copyOf(all);
  }

  private static CocreaValidator validatorFor(long seed) {
    return VALIDATORS.get((int) (seed % VALIDATORS.size()));
  }

  @Test
  void neverThrowsSortsFindingsAndEveryPointerResolves() {
    List<String> problems = new ArrayList<>();
    int findings = 0;
    for (long seed = 0; seed < EXERCISES; seed++) {
      LocalExercise exercise = ArbitraryExercises.generate(seed);
      ValidationReport report = validatorFor(seed).validate(exercise);
      findings += report.findings().size();
      if (!isSorted(report.findings())) {
        problems.add("seed " + seed + ": findings not sorted");
      }
      for (Finding f : report.findings()) {
        if (ModelPointers.resolve(exercise, f.pointer()).isEmpty()) {
          problems.add("seed " + seed + ": " + f.ruleId() + " points at " + f.pointer() + ", which is not written");
        }
        if (f.message().startsWith("[") || f.message().contains("{0}")) {
          problems.add("seed " + seed + ": " + f.ruleId() + " message not rendered: " + f.message());
        }
      }
    }
    assertThat(problems).as("%d problems", problems.size()).isEmpty();
    assertThat(findings).as("arbitrary exercises give findings").isGreaterThan(EXERCISES * 10);
  }

  @Test
  void theGeneratorReachesEveryModelTypeAndEveryRuleChecksSomeSubject() {
    Set<Class<?>> reached = new HashSet<>();
    Set<String> applied = new HashSet<>();
    Set<String> failed = new HashSet<>();
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder().profile(Profile.OGP_LOCAL)
        .asOf(LocalDate.of(2017, 1, 1)).build());
    for (long seed = 0; seed < 300; seed++) {
      LocalExercise exercise = ArbitraryExercises.generate(seed);
      reached.addAll(ArbitraryExercises.typesIn(exercise));
      for (RuleResult r : validator.validate(exercise).results()) {
        if (r.applied() > 0) {
          applied.add(r.ruleId());
        }
        if (r.failed() > 0) {
          failed.add(r.ruleId());
        }
      }
    }
    assertThat(reached).containsExactlyInAnyOrderElementsOf(modelTypes());
    List<String> all = Rules.catalogue().stream().map(Rule::id).toList();
    assertThat(all.stream().filter(id -> !applied.contains(id))).as("rules never applied").isEmpty();
    // SIM-13 needs five or more proposals in one exercise, more than arbitrary exercises hold
    assertThat(all.stream().filter(id -> !failed.contains(id))).as("rules that never failed").containsExactly("SIM-13");
  }

  @Test
  void givingAMilestoneADeliverableAndMeansOfVerificationRemovesItsMil01Finding() {
    int fixed = fixAndCheck("MIL-01", MILESTONE, (x, ptr) -> ModelPointers.update(x, ptr, m ->
        ModelPointers.with(ModelPointers.with(m, "deliverable", "Informe trimestral publicado"),
            "verificationMeans", "https://ejemplo.mx/informe.pdf")));
    assertThat(fixed).as("exercises fixed").isGreaterThan(100);
  }

  @Test
  void addingAGovernmentResponsibleInstitutionRemovesTheCommitmentsCom03Finding() {
    Organization government = Organization.builder().id("org-fix-gov").name("Secretaría de la Contraloría")
        .sector(Sector.GOVERNMENT).build();
    int fixed = fixAndCheck("COM-03", COMMITMENT, (x, ptr) -> {
      List<Object> organizations = new ArrayList<>(((LocalExercise) x).organizations());
      organizations.add(government);
      Object withOrg = ModelPointers.with(x, "organizations", organizations);
      return ModelPointers.update(withOrg, ptr, c -> {
        List<String> ids = new ArrayList<>(((Commitment) c).responsibleInstitutionIds());
        ids.add(government.id());
        return ModelPointers.with(c, "responsibleInstitutionIds", ids);
      });
    });
    assertThat(fixed).as("exercises fixed").isGreaterThan(100);
  }

  @Test
  void statingTheProblemRemovesTheCommitmentsCom01Finding() {
    int fixed = fixAndCheck("COM-01", COMMITMENT, (x, ptr) -> ModelPointers.update(x, ptr,
        c -> ModelPointers.with(c, "problem", "El 40 % de las colonias no recibe agua potable todos los días.")));
    assertThat(fixed).as("exercises fixed").isGreaterThan(100);
  }

  /**
   * For each seed whose report has a finding of the rule, applies the fix to the element the first finding names and
   * checks that the rule's findings on that element disappear while its other findings stay as they were.
   *
   * @return how many exercises were fixed
   */
  private static int fixAndCheck(String ruleId, Pattern element, Fix fix) {
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder().asOf(LocalDate.of(2017, 1, 1))
        .build());
    List<String> problems = new ArrayList<>();
    int fixed = 0;
    for (long seed = 0; seed < 400; seed++) {
      LocalExercise exercise = ArbitraryExercises.generate(seed);
      List<Finding> before = validator.validate(exercise).findings(ruleId);
      if (before.isEmpty()) {
        continue;
      }
      Matcher m = element.matcher(before.get(0).pointer());
      if (!m.find()) {
        problems.add("seed " + seed + ": " + ruleId + " at " + before.get(0).pointer() + " names no " + element);
        continue;
      }
      String target = m.group();
      LocalExercise repaired = (LocalExercise) fix.apply(exercise, target);
      List<Finding> after = validator.validate(repaired).findings(ruleId);
      List<Finding> expected = before.stream().filter(f -> !under(f.pointer(), target)).toList();
      if (!after.equals(expected)) {
        problems.add("seed " + seed + ": fixing " + target + " left " + after + ", expected " + expected);
      }
      fixed++;
    }
    assertThat(problems).isEmpty();
    return fixed;
  }

  private static boolean under(String pointer, String element) {
    return pointer.equals(element) || pointer.startsWith(element + "/");
  }

  private static boolean isSorted(List<Finding> findings) {
    for (int i = 1; i < findings.size(); i++) {
      if (Finding.ORDER.compare(findings.get(i - 1), findings.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Every model type reachable from the root. */
  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> types = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(LocalExercise.class));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (types.add(type)) {
        ModelTypes.attributes(type).stream().filter(Attribute::isNested).map(Attribute::elementType).forEach(todo::push);
      }
    }
    return types;
  }

  /** Repairs the element at a pointer of an exercise. */
  @FunctionalInterface
  private interface Fix {
    Object apply(Object exercise, String pointer);
  }
}
