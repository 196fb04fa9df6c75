package org.cocrea.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.cocrea.core.CoreClasses;
import org.cocrea.core.Commitment;
import org.cocrea.core.Disposition;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.References;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;
import org.cocrea.testkit.RandomExercises.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RandomExercisesTest {

  private static final Set<Class<?>> MODEL_TYPES = CoreClasses.MAIN
      .stream().map(c -> (Class<?>) c.reflect()).filter(ModelTypes::isModelType)
      .filter(t -> !FormatVersions.isAddition(t))
      .collect(Collectors.toSet());

  /** Whether an attribute is part of format 1.0 (the generator produces 1.0 exercises until issue 11's step C). */
  private static boolean isVersion10(Class<?> type, Attribute a) {
    return !FormatVersions.isAddition(type, a.name());
  }


  /** One large exercise, generated once for the tests that need it (about a second). */
  private static final class Large {
    static final LocalExercise EXERCISE = RandomExercises.generate(77, Size.L);
  }

  @ParameterizedTest
  @EnumSource(value = Size.class, names = {"S", "M"})
  void sameSeedGivesEqualExercise(Size size) {
    assertThat(RandomExercises.generate(31, size)).isEqualTo(RandomExercises.generate(31, size));
    assertThat(RandomExercises.generate(31, size)).isNotEqualTo(RandomExercises.generate(32, size));
  }

  @Test
  void sameSeedGivesEqualLargeExercise() {
    assertThat(RandomExercises.generate(77, Size.L)).isEqualTo(Large.EXERCISE);
  }

  @Test
  void defaultSizeIsSmall() {
    assertThat(RandomExercises.generate(5)).isEqualTo(RandomExercises.generate(5, Size.S));
  }

  @Test
  void streamYieldsConsecutiveSeeds() {
    assertThat(RandomExercises.stream(40, 3)).containsExactly(RandomExercises.generate(40),
        RandomExercises.generate(41), RandomExercises.generate(42));
    assertThat(RandomExercises.stream(40, 0)).isEmpty();
    assertThat(RandomExercises.generate(40).id()).endsWith("-" + Long.toString(40, 36));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> RandomExercises.generate(1, Size.S, -0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RandomExercises.generate(1, Size.S, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RandomExercises.stream(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RandomExercises.generate(1, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void referencesResolveAndFieldConstraintsHoldAcrossSeedsAndRates() {
    for (long seed = 0; seed < 60; seed++) {
      double rate = seed % 3 == 0 ? 0.0 : seed % 3 == 1 ? 1.0 : 4.0;
      LocalExercise e = RandomExercises.generate(seed * 7919, Size.S, rate);
      assertThat(References.check(e)).as("seed %d rate %s", seed * 7919, rate).isEmpty();
      assertThat(FieldConstraints.violations(e)).as("seed %d rate %s", seed * 7919, rate).isEmpty();
    }
  }

  @Test
  void largerSizesAreConsistentToo() {
    for (LocalExercise e : List.of(RandomExercises.generate(77, Size.M), Large.EXERCISE)) {
      assertThat(References.check(e)).isEmpty();
      assertThat(FieldConstraints.violations(e)).isEmpty();
    }
  }

  @Test
  void smallHasOnePlanOfFiveCommitments() {
    for (long seed = 0; seed < 20; seed++) {
      LocalExercise e = RandomExercises.generate(seed);
      assertThat(e.plans()).hasSize(1);
      assertThat(e.plans().get(0).commitments()).hasSize(5);
    }
  }

  @Test
  void mediumHasFiftyCommitmentsAboutThreeHundredMilestonesAndAHundredOrganisations() {
    LocalExercise e = RandomExercises.generate(3, Size.M);
    assertThat(commitments(e)).hasSize(50);
    assertThat(milestones(e)).hasSizeBetween(250, 350);
    assertThat(e.organizations()).hasSizeBetween(90, 110);
  }

  @Test
  void largeHasTwoThousandCommitments() {
    LocalExercise e = Large.EXERCISE;
    assertThat(e.plans()).hasSize(Size.L.plans());
    assertThat(commitments(e)).hasSize(Size.L.commitments()).hasSize(2000);
    assertThat(milestones(e)).hasSizeBetween(10_000, 14_000);
    assertThat(e.organizations()).hasSizeBetween(350, 450);
  }

  @Test
  void everyModelTypeAppearsAcrossFiftySeeds() {
    Set<Class<?>> seen = new HashSet<>();
    RandomExercises.stream(0, 50).forEach(e -> ModelWalker.walk(e, (p, v) -> seen.add(ModelTypes.typeOf(v))));
    assertThat(MODEL_TYPES).hasSize(43);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(MODEL_TYPES);
  }

  @Test
  void everyAttributeHasAValueAcrossFiftySeeds() {
    Set<String> all = new TreeSet<>();
    for (Class<?> type : MODEL_TYPES) {
      ModelTypes.attributes(type).stream().filter(a -> isVersion10(type, a))
          .forEach(a -> all.add(type.getSimpleName() + "." + a.name()));
    }
    Set<String> seen = new HashSet<>();
    RandomExercises.stream(0, 50).forEach(e -> ModelWalker.walk(e, (p, v) -> {
      Class<?> type = ModelTypes.typeOf(v);
      for (Attribute a : ModelTypes.attributes(type)) {
        Object x = a.read(v);
        boolean present = x instanceof Optional<?> o ? o.isPresent()
            : x instanceof Collection<?> c ? !c.isEmpty() : !(x instanceof Map<?, ?> m) || !m.isEmpty();
        if (present) {
          seen.add(type.getSimpleName() + "." + a.name());
        }
      }
    }));
    all.removeAll(seen);
    assertThat(all).isEmpty();
  }

  @Test
  void cleanExercisesFollowTheLifecycle() {
    for (long seed = 0; seed < 60; seed++) {
      LocalExercise e = RandomExercises.generate(seed, seed % 10 == 0 ? Size.M : Size.S, 0.0);
      LocalDate asOf = RandomExercises.asOf(e).orElseThrow();
      LocalDate declared = e.declarations().get(0).signedOn().orElseThrow().earliest();
      LocalTechnicalSecretariat stl = e.stls().get(0);
      LocalDate installed = stl.installedOn().orElseThrow().earliest();
      assertThat(declared).isBefore(installed);
      for (LocalActionPlan plan : e.plans()) {
        LocalDate firstTable = plan.coCreation().orElseThrow().tables().stream()
            .map(t -> t.date().orElseThrow().earliest()).min(LocalDate::compareTo).orElseThrow();
        assertThat(firstTable).isAfter(installed);
        assertThat(plan.approvedOn().orElseThrow().earliest()).isAfter(firstTable);
        assertThat(plan.publishedOn().orElseThrow().earliest()).isAfterOrEqualTo(plan.approvedOn().orElseThrow().earliest());
        assertThat(plan.periodStart().orElseThrow().earliest()).isAfterOrEqualTo(plan.publishedOn().orElseThrow().earliest());
        assertThat(plan.periodEnd().orElseThrow().earliest()).isAfter(plan.periodStart().orElseThrow().earliest());
        for (Commitment c : plan.commitments()) {
          assertThat(c.startDate().orElseThrow().earliest()).isAfterOrEqualTo(plan.periodStart().orElseThrow().earliest());
          assertThat(c.endDate().orElseThrow().earliest()).isBeforeOrEqualTo(plan.periodEnd().orElseThrow().earliest());
          for (Milestone m : c.milestones()) {
            assertThat(m.dueDate().orElseThrow().earliest()).isBetween(c.startDate().orElseThrow().earliest(), c.endDate().orElseThrow().earliest());
            assertThat(m.isLate(asOf)).as("%s late as of %s", m.id(), asOf).isFalse();
            assertThat(m.deliverable()).isPresent();
            assertThat(m.verificationMeans()).isPresent();
          }
        }
      }
      assertThat(e.stepReached()).isEqualTo(e.currentStep().orElseThrow());
    }
  }

  @Test
  void defaultRatePlantsRealisticDefectsThatRateZeroLeavesOut() {
    Map<String, Integer> planted = defects(LongStream.range(0, 100).mapToObj(RandomExercises::generate).toList());
    Map<String, Integer> clean = defects(LongStream.range(0, 100)
        .mapToObj(s -> RandomExercises.generate(s, Size.S, 0.0)).toList());
    assertThat(planted).allSatisfy((defect, count) -> assertThat(count).as(defect).isPositive());
    assertThat(clean).allSatisfy((defect, count) -> assertThat(count).as(defect).isZero());
  }

  @Test
  void asOfIsTheLatestRecordedEventAndEmptyWithoutDates() {
    LocalExercise e = RandomExercises.generate(12);
    LocalDate asOf = RandomExercises.asOf(e).orElseThrow();
    assertThat(milestones(e)).allSatisfy(m -> assertThat(m.completedOn().map(org.cocrea.core.PartialDate::earliest).orElse(asOf)).isBeforeOrEqualTo(asOf));
    assertThat(e.stls().get(0).sessions()).allSatisfy(s -> assertThat(s.date().orElseThrow().earliest())
        .isBeforeOrEqualTo(asOf));
    assertThat(RandomExercises.asOf(LocalExercise.builder().id("x").build())).isEmpty();
  }

  private static Map<String, Integer> defects(List<LocalExercise> exercises) {
    Map<String, Predicate<LocalExercise>> checks = new HashMap<>();
    checks.put("milestone without deliverable", e -> milestones(e).stream().anyMatch(m -> m.deliverable().isEmpty()));
    checks.put("late milestone", e -> {
      LocalDate asOf = RandomExercises.asOf(e).orElseThrow();
      return milestones(e).stream().anyMatch(m -> m.isLate(asOf));
    });
    checks.put("commitment without problem", e -> commitments(e).stream().anyMatch(c -> c.problem().isEmpty()));
    checks.put("commitment without CSO", e -> commitments(e).stream().anyMatch(c -> c.coResponsibleCsoIds()
        .isEmpty()));
    checks.put("STL without CSO seat", e -> e.stls().get(0).memberships().stream()
        .noneMatch(m -> m.titular().orElse(false) && m.seatSector().orElse(null) == Sector.CIVIL_SOCIETY));
    checks.put("more government than CSO seats", e -> seats(e, Sector.GOVERNMENT) > seats(e, Sector.CIVIL_SOCIETY));
    checks.put("titular seat without alternate", e -> {
      List<StlMembership> ms = e.stls().get(0).memberships();
      Set<String> covered = ms.stream().flatMap(m -> m.alternateOfId().stream()).collect(Collectors.toSet());
      return ms.stream().anyMatch(m -> m.titular().orElse(false) && m.seatSector().orElse(null) == Sector.GOVERNMENT
          && !covered.contains(m.id()));
    });
    checks.put("proposal rejected without response", e -> e.plans().stream()
        .flatMap(p -> p.coCreation().orElseThrow().proposals().stream())
        .anyMatch(p -> p.disposition().orElse(null) != Disposition.ADOPTED && p.response().isEmpty()));
    checks.put("plan published before approval", e -> e.plans().stream().anyMatch(p -> p.publishedOn().isPresent()
        && p.approvedOn().orElseThrow().earliest().isAfter(p.publishedOn().get().earliest())));
    checks.put("single-sector table", e -> e.plans().stream().flatMap(p -> p.coCreation().orElseThrow().tables()
        .stream()).anyMatch(RandomExercisesTest::singleSector));
    checks.put("session gap over six months", e -> {
      List<LocalDate> dates = e.stls().get(0).sessions().stream().map(s -> s.date().orElseThrow().earliest()).toList();
      for (int i = 1; i < dates.size(); i++) {
        if (dates.get(i - 1).plusDays(183).isBefore(dates.get(i))) {
          return true;
        }
      }
      return false;
    });
    checks.put("no INAI accompaniment", e -> e.accompaniments().stream()
        .noneMatch(a -> a.organizationId().flatMap(e.index()::sectorOf).orElse(null) == Sector.NATIONAL_GUARANTOR));
    Map<String, Integer> counts = new HashMap<>();
    checks.forEach((name, check) -> counts.put(name, (int) exercises.stream().filter(check).count()));
    return counts;
  }

  private static boolean singleSector(ParticipatoryTable t) {
    return t.participants().stream().allMatch(p -> p.organizationId().orElse("").startsWith("org-gov-"));
  }

  private static long seats(LocalExercise e, Sector sector) {
    return e.stls().get(0).memberships().stream().filter(m -> m.titular().orElse(false) && m.endDate().isEmpty()
        && m.seatSector().orElse(null) == sector).count();
  }

  private static List<Commitment> commitments(LocalExercise e) {
    List<Commitment> result = new ArrayList<>();
    e.plans().forEach(p -> result.addAll(p.commitments()));
    return result;
  }

  private static List<Milestone> milestones(LocalExercise e) {
    List<Milestone> result = new ArrayList<>();
    commitments(e).forEach(c -> result.addAll(c.milestones()));
    return result;
  }
}
