package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.core.Commitment;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Organization;
import org.cocrea.core.Sector;
import org.junit.jupiter.api.Test;

/** The engine: order of rules and findings, engine rules, time-aware rules, profiles, thresholds, bugs in rules. */
class CocreaValidatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2016, 12, 31);

  /** Fails every commitment that has no title. */
  private static final Rule TITLED = Rule.define("COM-91").error().source("[S:KIT5]")
      .check((ctx, s) -> forEachCommitment(ctx, (ptr, c) -> s.check(c.title().isPresent(), ptr, c.id())));

  /** Passes when as-of is after 2016; needs the as-of date. */
  private static final Rule TIMELY = Rule.define("TRK-91").warning().source("[S:TAB]").timeAware()
      .check((ctx, s) -> s.check(ctx.asOf().get().getYear() > 2016, "", ctx.asOf().get()));

  /** Sourced only from OGP: left out of INAI_CORE. */
  private static final Rule OGP_ONLY = Rule.define("EVA-91").ogpLocal().warning()
      .source("[S:OGP-LOC form][S:IRM-STAR]")
      .check((ctx, s) -> s.fail(""));

  /** Sourced from OGP and INAI: raised to an error in OGP_LOCAL. */
  private static final Rule OGP_AND_INAI = Rule.define("CO-91").anyFramework().warning()
      .source("[S:OGP-ART][S:KIT2]")
      .check((ctx, s) -> s.fail(""));

  /** INAI's own requirement: not applicable to an OGP Local exercise. */
  private static final Rule INAI_ONLY = Rule.define("COM-91").inaiLocal().error().source("[S:KIT5]")
      .check((ctx, s) -> s.fail(""));

  /** A framework-neutral rule that reports the frameworks it was judged under. */
  private static final Rule SEES_FRAMEWORKS = Rule.define("COM-92").anyFramework().warning().source("[P]")
      .check((ctx, s) -> {
        if (ctx.follows(org.cocrea.core.Framework.OGP_LOCAL)) {
          s.fail("");
        } else {
          s.pass("");
        }
      });

  /** A failure with its own severity, kept in every profile. */
  private static final Rule OWN_SEVERITY = Rule.define("PAL-91").error().source("[S:APT][S:OGP-GL]")
      .check((ctx, s) -> s.failAs(Severity.WARNING, "", "duration"));

  /** Counts commitments against a threshold. */
  private static final Rule AT_MOST = Rule.define("PAL-92").warning().source("[P]").threshold("max", 2)
      .check((ctx, s) -> {
        int count = ctx.exercise().plans().stream().mapToInt(p -> p.commitments().size()).sum();
        s.check(count <= ctx.intThreshold("max"), "", count);
      });

  /** A bug: throws on any exercise. */
  private static final Rule BROKEN = Rule.define("SIM-91").warning().source("[P]")
      .check((ctx, s) -> {
        throw new IllegalArgumentException("boom");
      });

  private static void forEachCommitment(RuleContext ctx, java.util.function.BiConsumer<String, Commitment> action) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    for (int p = 0; p < plans.size(); p++) {
      List<Commitment> commitments = plans.get(p).commitments();
      for (int c = 0; c < commitments.size(); c++) {
        action.accept("/plans/" + p + "/commitments/" + c, commitments.get(c));
      }
    }
  }

  /** Twelve commitments, the odd ones without a title, plus one dangling reference. */
  private static LocalExercise exercise(Framework... frameworks) {
    return LocalExercise.builder().from(exercise()).frameworks(List.of(frameworks)).build();
  }

  private static LocalExercise exercise() {
    LocalActionPlan.Builder plan = LocalActionPlan.builder().id("pal-1");
    for (int i = 0; i < 12; i++) {
      Commitment.Builder c = Commitment.builder().id("c-" + i);
      if (i % 2 == 0) {
        c.title("Compromiso " + i);
      }
      plan.addCommitment(c.build());
    }
    return LocalExercise.builder().id("mx-test")
        .addOrganization(Organization.builder().id("org-1").sector(Sector.GOVERNMENT).build())
        .guarantorBodyId("org-missing")
        .addPlan(plan.build())
        .build();
  }

  private static ValidationReport run(ValidatorOptions options, Rule... rules) {
    return CocreaValidator.create(options, List.of(rules)).validate(exercise());
  }

  @Test
  void engineRulesComeFirstThenRulesInTheOrderGiven() {
    ValidationReport report = run(ValidatorOptions.builder().asOf(AS_OF).build(), TIMELY, TITLED, AT_MOST);

    assertThat(report.results()).extracting(RuleResult::ruleId)
        .containsExactly("REF-01", "REF-02", "FLD-01", "TRK-91", "COM-91", "PAL-92");
  }

  @Test
  void engineRulesReportDanglingReferencesAndPassOtherwise() {
    ValidationReport report = run(ValidatorOptions.defaults());

    assertThat(report.result("REF-01").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    assertThat(report.findings("REF-01")).extracting(Finding::pointer).containsExactly("/guarantorBodyId");
    assertThat(report.result("REF-02").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(report.result("FLD-01").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(report.conforms()).isFalse();
  }

  @Test
  void eachSubjectCountsAndFindingsAreOrderedAsTheDocumentReads() {
    ValidationReport report = run(ValidatorOptions.defaults(), TITLED);

    RuleResult result = report.result("COM-91").orElseThrow();
    assertThat(result.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(result.applied()).isEqualTo(12);
    assertThat(result.failed()).isEqualTo(6);
    assertThat(report.findings("COM-91")).extracting(Finding::pointer).containsExactly(
        "/plans/0/commitments/1", "/plans/0/commitments/3", "/plans/0/commitments/5",
        "/plans/0/commitments/7", "/plans/0/commitments/9", "/plans/0/commitments/11");
    assertThat(report.findings()).isSortedAccordingTo(Finding.ORDER);
  }

  @Test
  void aReportKeepsAtMostTheConfiguredFindingsPerRuleAndSaysHowManyMoreFailed() {
    ValidationReport report = run(ValidatorOptions.builder().maxFindingsPerRule(4).locale(Locale.ENGLISH).build(),
        TITLED);

    RuleResult result = report.result("COM-91").orElseThrow();
    assertThat(result.failed()).isEqualTo(6);
    // in document order: the summary is about the whole document, so it comes first
    assertThat(report.findings("COM-91")).extracting(Finding::pointer, Finding::severity).containsExactly(
        tuple("", Severity.INFO), tuple("/plans/0/commitments/1", Severity.ERROR),
        tuple("/plans/0/commitments/3", Severity.ERROR), tuple("/plans/0/commitments/5", Severity.ERROR),
        tuple("/plans/0/commitments/7", Severity.ERROR));
    Finding omitted = report.findings("COM-91").get(0);
    assertThat(omitted.messageKey()).isEqualTo("findings.omitted");
    assertThat(omitted.message()).startsWith("Rule COM-91 failed on 2 more elements").contains("the first 4 are shown")
        .contains("rule's result");
    assertThat(report.conforms()).isFalse();
    // exactly at the limit nothing is summed up
    assertThat(run(ValidatorOptions.builder().maxFindingsPerRule(6).build(), TITLED).findings("COM-91"))
        .hasSize(6).noneMatch(f -> f.severity() == Severity.INFO);
    assertThatThrownBy(() -> ValidatorOptions.builder().maxFindingsPerRule(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFindingsPerRule");
  }

  @Test
  void engineRulesKeepAtMostTheConfiguredFindingsToo() {
    LocalExercise.Builder many = LocalExercise.builder().id("mx-refs");
    for (int i = 0; i < 5; i++) {
      many.addPlan(LocalActionPlan.builder().id("p-" + i).approvedByResolutionId("res-missing-" + i).build());
    }
    ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().maxFindingsPerRule(2).build(),
        List.of()).validate(many.build());

    assertThat(report.result("REF-01").orElseThrow().failed()).isEqualTo(5);
    assertThat(report.findings("REF-01")).extracting(Finding::severity)
        .containsExactly(Severity.INFO, Severity.ERROR, Severity.ERROR);
    assertThat(report.findings("REF-01").get(0).message()).contains("3").contains("REF-01");
  }

  @Test
  void timeAwareRulesAreNotApplicableWithoutAnAsOfDate() {
    ValidationReport dateless = run(ValidatorOptions.builder().timeAwareRules(false).build(), TIMELY);
    assertThat(dateless.result("TRK-91").orElseThrow())
        .extracting(RuleResult::outcome, RuleResult::applied, RuleResult::notApplicable)
        .containsExactly(Outcome.NOT_APPLICABLE, 0, 1);
    assertThat(dateless.asOf()).isEmpty();
    assertThat(dateless.notJudged()).containsExactly("TRK-91");
    assertThat(dateless.toString()).contains("sin juzgar por falta de fecha: TRK-91");
    assertThat(run(ValidatorOptions.builder().asOf(AS_OF).build(), TIMELY).result("TRK-91").orElseThrow().outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(run(ValidatorOptions.builder().asOf(AS_OF.plusDays(1)).build(), TIMELY).result("TRK-91")
        .orElseThrow().outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void byDefaultTheRulesFollowTheExercisesDeclaredFrameworks() {
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.defaults(),
        List.of(OGP_ONLY, OGP_AND_INAI, INAI_ONLY, SEES_FRAMEWORKS));
    ValidationReport inai = validator.validate(exercise());                          // declares none: INAI_LOCAL
    ValidationReport ogp = validator.validate(exercise(Framework.OGP_LOCAL));
    ValidationReport both = validator.validate(exercise(Framework.INAI_LOCAL, Framework.OGP_LOCAL));
    ValidationReport other = validator.validate(exercise(Framework.OTHER));

    assertThat(inai.frameworks()).containsExactly(Framework.INAI_LOCAL);
    assertThat(inai.outsideFrameworks()).containsExactly("EVA-91");
    assertThat(inai.result("EVA-91").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(inai.findings("COM-91")).hasSize(1);
    assertThat(inai.result("COM-92").orElseThrow().outcome()).isEqualTo(Outcome.PASS);

    assertThat(ogp.frameworks()).containsExactly(Framework.OGP_LOCAL);
    assertThat(ogp.outsideFrameworks()).containsExactly("COM-91");
    assertThat(ogp.notJudgedRules()).containsExactly(new NotJudged("COM-91", NotJudged.Reason.FRAMEWORK));
    assertThat(ogp.result("COM-91").orElseThrow().outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(ogp.findings("COM-91")).isEmpty();
    assertThat(ogp.findings("EVA-91")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(ogp.result("COM-92").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    assertThat(ogp.notJudged()).isEmpty(); // the date reason only
    assertThat(ogp.toString()).contains("no aplican a OGP Local (Alianza para el Gobierno Abierto): COM-91");

    assertThat(both.outsideFrameworks()).isEmpty();
    assertThat(both.findings()).extracting(Finding::ruleId).contains("EVA-91", "CO-91", "COM-91", "COM-92");

    assertThat(other.outsideFrameworks()).containsExactly("EVA-91", "COM-91");
    assertThat(other.findings("CO-91")).hasSize(1);
  }

  @Test
  void aRuleOutsideTheFrameworksIsNotJudgedForThatReasonEvenWithoutADate() {
    Rule ogpTimeAware = Rule.define("TRK-93").ogpLocal().warning().source("[S:OGP-STD]").timeAware()
        .check((ctx, s) -> s.fail(""));
    ValidationReport dateless = CocreaValidator.create(ValidatorOptions.builder().timeAwareRules(false).build(),
        List.of(ogpTimeAware, TIMELY)).validate(exercise());

    assertThat(dateless.notJudgedRules()).containsExactly(new NotJudged("TRK-93", NotJudged.Reason.FRAMEWORK),
        new NotJudged("TRK-91", NotJudged.Reason.NO_DATE));
    assertThat(dateless.notJudged()).containsExactly("TRK-91");
  }

  @Test
  void theFixedProfilesIgnoreTheDeclaredFrameworks() {
    ValidatorOptions core = ValidatorOptions.builder().profile(Profile.INAI_CORE).build();
    ValidationReport ogpAsInai = CocreaValidator.create(core, List.of(OGP_ONLY, INAI_ONLY, SEES_FRAMEWORKS))
        .validate(exercise(Framework.OGP_LOCAL));

    assertThat(ogpAsInai.result("EVA-91")).isEmpty();
    assertThat(ogpAsInai.findings("COM-91")).hasSize(1);
    assertThat(ogpAsInai.frameworks()).containsExactly(Framework.INAI_LOCAL);
    assertThat(ogpAsInai.result("COM-92").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(ogpAsInai.outsideFrameworks()).isEmpty();
  }

  @Test
  void inaiCoreLeavesOutOgpOnlyRulesAndOgpLocalRaisesOgpSourcedOnes() {
    ValidationReport core = run(ValidatorOptions.builder().profile(Profile.INAI_CORE).build(), OGP_ONLY,
        OGP_AND_INAI);
    ValidationReport ogp = run(ValidatorOptions.builder().profile(Profile.OGP_LOCAL).build(), OGP_ONLY, OGP_AND_INAI);

    assertThat(core.result("EVA-91")).isEmpty();
    assertThat(core.findings("CO-91")).extracting(Finding::severity).containsExactly(Severity.WARNING);
    assertThat(ogp.findings("EVA-91")).extracting(Finding::severity).containsExactly(Severity.ERROR);
    assertThat(ogp.findings("CO-91")).extracting(Finding::severity).containsExactly(Severity.ERROR);
    assertThat(ogp.result("CO-91").orElseThrow().severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aFindingWithItsOwnSeverityKeepsItInEveryProfile() {
    for (Profile profile : Profile.values()) {
      ValidationReport report = run(ValidatorOptions.builder().profile(profile).build(), OWN_SEVERITY);
      assertThat(report.findings("PAL-91")).extracting(Finding::severity, Finding::messageKey)
          .containsExactly(tuple(Severity.WARNING, "PAL-91.duration"));
    }
  }

  @Test
  void thresholdsHaveDefaultsTheRulesRead() {
    ValidationReport report = run(ValidatorOptions.defaults(), AT_MOST);

    assertThat(report.findings("PAL-92")).extracting(Finding::arguments).containsExactly(List.of("12"));
    assertThat(AT_MOST.thresholds()).containsEntry("max", 2);
  }

  @Test
  void unknownThresholdsAreRejectedByTheOptions() {
    assertThatThrownBy(() -> ValidatorOptions.builder().threshold("PAL-92.nope", 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PAL-92.nope");
  }

  @Test
  void aRuleThatThrowsIsABugAndItsIdIsNamed() {
    assertThatThrownBy(() -> run(ValidatorOptions.defaults(), TITLED, BROKEN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SIM-91")
        .hasMessageContaining("mx-test")
        .hasRootCauseMessage("boom");
  }

  @Test
  void validatorsAreReusableAndEachCallIsIndependent() {
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.defaults(), List.of(TITLED, AT_MOST));
    ValidationReport first = validator.validate(exercise());
    validator.validate(LocalExercise.builder().id("other").build());
    ValidationReport again = validator.validate(exercise());

    assertThat(again.findings()).isEqualTo(first.findings());
    assertThat(again.results()).isEqualTo(first.results());
  }

  @Test
  void messagesFollowTheOptionsLanguage() {
    ValidationReport es = run(ValidatorOptions.defaults());
    ValidationReport en = run(ValidatorOptions.builder().locale(Locale.ENGLISH).build());

    assertThat(es.findings("REF-01").get(0).message()).contains("org-missing").contains("ningún elemento");
    assertThat(en.findings("REF-01").get(0).message()).contains("org-missing").contains("names no element");
  }

  @Test
  void theDefaultValidatorRunsTheWholeCatalogueOfItsProfile() {
    CocreaValidator validator = CocreaValidator.create();

    assertThat(validator.rules()).isEqualTo(Rules.catalogue());
    assertThat(CocreaValidator.create(ValidatorOptions.builder().profile(Profile.INAI_CORE).build()).rules())
        .isEqualTo(Rules.catalogue().stream().filter(r -> r.appliesTo(List.of(Framework.INAI_LOCAL))).toList());
    assertThat(validator.options()).isSameAs(ValidatorOptions.defaults());
  }

  @Test
  void theDefaultDateIsTodayInMexicoCityReadAtEachCheck() {
    // 2016-12-31T23:30 in Mexico City is already 2017-01-01 in UTC: the zone, not the JVM's, decides the day
    MutableClock clock = new MutableClock(Instant.parse("2017-01-01T05:30:00Z"));
    CocreaValidator validator = CocreaValidator.create(ValidatorOptions.builder().clock(clock).build(),
        List.of(TIMELY));
    ValidationReport first = validator.validate(exercise());
    assertThat(first.asOf()).contains(AS_OF);
    assertThat(first.notJudged()).isEmpty();
    assertThat(first.result("TRK-91").orElseThrow().outcome()).isEqualTo(Outcome.FAIL);
    clock.instant = Instant.parse("2017-01-01T06:30:00Z"); // the same validator, one hour later: a new day
    ValidationReport next = validator.validate(exercise());
    assertThat(next.asOf()).contains(AS_OF.plusDays(1));
    assertThat(next.result("TRK-91").orElseThrow().outcome()).isEqualTo(Outcome.PASS);
    assertThat(ValidatorOptions.defaults().clock().getZone()).isEqualTo(ZoneId.of("America/Mexico_City"));
    assertThat(ValidatorOptions.defaults().resolveAsOf()).contains(LocalDate.now(ZoneId.of("America/Mexico_City")));
  }

  @Test
  void aFixedDateAndNoTimeAwareRulesContradictEachOther() {
    assertThatThrownBy(() -> ValidatorOptions.builder().asOf(AS_OF).timeAwareRules(false).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A clock a test moves. */
  private static final class MutableClock extends Clock {
    volatile Instant instant;

    MutableClock(Instant instant) {
      this.instant = instant;
    }

    @Override
    public ZoneId getZone() {
      return ValidatorOptions.DEFAULT_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return instant;
    }
  }
}
