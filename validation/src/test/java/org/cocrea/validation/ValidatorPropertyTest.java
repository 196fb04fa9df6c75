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
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/**
 * Properties of the validator over thousands of seeded exercises of two kinds: realistic, complete and consistent
 * exercises with planted methodology defects (the shared {@link RandomExercises}), and arbitrary, incomplete and
 * inconsistent ones ({@link ArbitraryExercises}) that leave out or garble any attribute. The validator never throws,
 * findings are sorted, every finding points at something the JSON form writes, consistent exercises give no reference
 * or field findings, and fixing what a simple rule names removes exactly that finding. A failure names the generator
 * and the seed, which rebuild the exercise.
 */
class ValidatorPropertyTest {

  private static final int ARBITRARY = 1_200;
  private static final int REALISTIC = 400;
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

  /** A realistic exercise's validator: as of the date its data was cut, in the seed's profile and language. */
  private static CocreaValidator realisticValidatorFor(long seed, LocalExercise exercise) {
    ValidatorOptions options = validatorFor(seed).options();
    return CocreaValidator.create(RandomExercises.asOf(exercise)
        .map(d -> options.toBuilder().asOf(d).build()).orElse(options));
  }

  @Test
  void neverThrowsSortsFindingsAndEveryPointerResolvesOnArbitraryExercises() {
    List<String> problems = new ArrayList<>();
    int findings = 0;
    for (long seed = 0; seed < ARBITRARY; seed++) {
      LocalExercise exercise = ArbitraryExercises.generate(seed);
      ValidationReport report = validatorFor(seed).validate(exercise);
      findings += report.findings().size();
      checkReport("arbitrary seed " + seed, exercise, report, problems);
    }
    assertThat(problems).as("%d problems", problems.size()).isEmpty();
    assertThat(findings).as("arbitrary exercises give findings").isGreaterThan(ARBITRARY * 10);
  }

  @Test
  void neverThrowsSortsFindingsAndEveryPointerResolvesOnRealisticExercises() {
    List<String> problems = new ArrayList<>();
    Set<String> failing = new HashSet<>();
    for (long seed = 0; seed < REALISTIC; seed++) {
      LocalExercise exercise = RandomExercises.generate(seed);
      ValidationReport report = realisticValidatorFor(seed, exercise).validate(exercise);
      checkReport("realistic seed " + seed, exercise, report, problems);
      report.results(Outcome.FAIL).forEach(r -> failing.add(r.ruleId()));
      // consistent exercises: every reference resolves, ids are unique, every field meets its constraint
      for (String engineRule : List.of("REF-01", "REF-02", "FLD-01")) {
        for (Finding f : report.findings(engineRule)) {
          problems.add("realistic seed " + seed + ": " + f);
        }
      }
    }
    assertThat(problems).as("%d problems", problems.size()).isEmpty();
    assertThat(failing).as("planted defects are found").hasSizeGreaterThan(40);
  }

  private static void checkReport(String what, LocalExercise exercise, ValidationReport report, List<String> problems) {
    if (!isSorted(report.findings())) {
      problems.add(what + ": findings not sorted");
    }
    for (Finding f : report.findings()) {
      if (org.cocrea.testkit.Pointers.resolveWritten(exercise, f.pointer()).isEmpty()) {
        problems.add(what + ": " + f.ruleId() + " points at " + f.pointer() + ", which is not written");
      }
      if (f.message().startsWith("[") || f.message().contains("{0}")) {
        problems.add(what + ": " + f.ruleId() + " message not rendered: " + f.message());
      }
    }
  }

  @Test
  void theSamplesReachEveryModelTypeAndEveryRuleChecksAndFailsSomeSubject() {
    Set<Class<?>> reached = new HashSet<>();
    Set<String> applied = new HashSet<>();
    Set<String> failed = new HashSet<>();
    for (Sample sample : Samples.ALL) {
      reached.addAll(ArbitraryExercises.typesIn(sample.exercise()));
      for (RuleResult r : sample.report().results()) {
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
    // PAL-09 judges format 1.1's stated counts, which neither generator writes (they keep format 1.0, so that every
    // seed gives the exercise it always gave), and neither plants a commitment registered twice (COM-15):
    // RealRecordRulesTest and RuleFixturesTest apply and fail them
    assertThat(all.stream().filter(id -> !applied.contains(id))).as("rules never applied").containsExactly("PAL-09");
    // SIM-13 (five or more proposals, all adopted, none with a rationale) is planted by neither generator, nor are the
    // 2025 reform's defects (issue 13: an extinct guarantor acting, an Executive guarantor or evaluator; the
    // generators know no regime table): ReformRulesTest and RuleFixturesTest fail EXE-06, STL-12 and EVA-08
    assertThat(all.stream().filter(id -> !failed.contains(id))).as("rules that never failed")
        .containsExactly("EXE-06", "STL-12", "PAL-09", "COM-15", "EVA-08", "SIM-13");
  }

  @Test
  void givingAMilestoneADeliverableAndMeansOfVerificationRemovesItsMil01Finding() {
    int fixed = fixAndCheck("MIL-01", MILESTONE, (x, ptr) -> ModelPointers.update(x, ptr, m ->
        ModelPointers.with(ModelPointers.with(m, "deliverable", "Informe trimestral publicado"),
            "verificationMeans", "https://ejemplo.mx/informe.pdf")));
    assertThat(fixed).as("exercises fixed").isGreaterThan(60);
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
    assertThat(fixed).as("exercises fixed").isGreaterThan(60);
  }

  @Test
  void statingTheProblemRemovesTheCommitmentsCom01Finding() {
    int fixed = fixAndCheck("COM-01", COMMITMENT, (x, ptr) -> ModelPointers.update(x, ptr,
        c -> ModelPointers.with(c, "problem", "El 40 % de las colonias no recibe agua potable todos los días.")));
    assertThat(fixed).as("exercises fixed").isGreaterThan(60);
  }

  /** The validator of the samples: every rule runs. */
  private static final CocreaValidator FIX_VALIDATOR = CocreaValidator.create(ValidatorOptions.builder()
      .profile(Profile.OGP_LOCAL).asOf(LocalDate.of(2017, 1, 1)).build());

  /** An exercise and its report, shared by the coverage and fix tests. */
  private record Sample(long seed, LocalExercise exercise, ValidationReport report) {}

  /** Even seeds: realistic exercises with planted defects; odd seeds: arbitrary ones. Built once. */
  private static final class Samples {
    static final List<Sample> ALL = java.util.stream.LongStream.range(0, 240).mapToObj(seed -> {
      LocalExercise x = seed % 2 == 0 ? RandomExercises.generate(seed) : ArbitraryExercises.generate(seed);
      return new Sample(seed, x, FIX_VALIDATOR.validate(x));
    }).toList();
  }

  /**
   * For each sample whose report has a finding of the rule, applies the fix to the element the first finding names
   * and checks that the rule's findings on that element disappear while its other findings stay as they were.
   *
   * @return how many exercises were fixed
   */
  private static int fixAndCheck(String ruleId, Pattern element, Fix fix) {
    List<String> problems = new ArrayList<>();
    int fixed = 0;
    for (Sample sample : Samples.ALL) {
      List<Finding> before = sample.report().findings(ruleId);
      if (before.isEmpty()) {
        continue;
      }
      Matcher m = element.matcher(before.get(0).pointer());
      if (!m.find()) {
        problems.add("seed " + sample.seed() + ": " + ruleId + " at " + before.get(0).pointer() + " names no "
            + element);
        continue;
      }
      String target = m.group();
      LocalExercise repaired = (LocalExercise) fix.apply(sample.exercise(), target);
      List<Finding> after = FIX_VALIDATOR.validate(repaired).findings(ruleId);
      List<Finding> expected = before.stream().filter(f -> !under(f.pointer(), target)).toList();
      if (!after.equals(expected)) {
        problems.add("seed " + sample.seed() + ": fixing " + target + " left " + after + ", expected " + expected);
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
        // the 1.0 types: the generators produce format 1.0 data (FormatVersions)
        ModelTypes.attributes(type).stream().filter(Attribute::isNested)
            .filter(a -> !org.cocrea.testkit.FormatVersions.isAddition(type, a.name()))
            .map(Attribute::elementType).forEach(todo::push);
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
