package org.cocrea.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cocrea.core.AgentKind;
import org.cocrea.core.AlternativeTitle;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Assessor;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentReference;
import org.cocrea.core.Completeness;
import org.cocrea.core.Evaluation;
import org.cocrea.core.ExternalId;
import org.cocrea.core.ExternalIdScheme;
import org.cocrea.core.FieldProvenance;
import org.cocrea.core.ForumKind;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PartialDate;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Provenance;
import org.cocrea.core.RecordDeclaration;
import org.cocrea.core.RecordMethod;
import org.cocrea.core.Source;
import org.cocrea.core.SourceCitation;
import org.cocrea.core.StatedCount;
import org.cocrea.core.TitleKind;
import org.cocrea.core.YesNoUnknown;

/**
 * Seeded random exercises of format 1.1, "real records": a {@link RandomExercises} exercise transcribed as a real
 * plan would be (its 1.0 data unchanged but for dates a source gives only by month or year: plan periods, commitment
 * dates, tables, evaluations, coarsened from the day they stood for), with a record declaration and its sources,
 * dates of year or month precision,
 * PARTIAL declarations on the record, on elements and on their lists, stated counts (some above the items listed),
 * names without records, provenance citing the sources, frameworks, forum names and kinds, assessors, external
 * identifiers and alternative titles. Deterministic: the same seed gives an equal exercise.
 *
 * <pre>{@code
 * LocalExercise transcribed = RandomRecords.generate(7);
 * String json = CocreaJson.write(transcribed);   // "schemaVersion": "1.1"
 * }</pre>
 *
 * @since 0.2.0
 */
public final class RandomRecords {

  private final SplittableRandom random;
  private final List<String> sourceIds = new ArrayList<>();

  private RandomRecords(long seed) {
    // a stream of its own, so that the 1.0 part is exactly RandomExercises.generate(seed)
    this.random = new SplittableRandom(seed ^ 0x5EC0_2D5L);
  }

  /**
   * A random 1.1 exercise.
   *
   * @param seed the seed
   * @return the exercise, never null
   */
  public static LocalExercise generate(long seed) {
    return new RandomRecords(seed).transcribe(RandomExercises.generate(seed, RandomExercises.Size.S));
  }

  private LocalExercise transcribe(LocalExercise e) {
    RecordDeclaration.Builder record = RecordDeclaration.builder()
        .completeness(pick(Completeness.values())).method(pick(RecordMethod.values()))
        .addCapturedBy("Equipo de captura " + random.nextInt(10)).capturedOn(date()).language("es");
    int sources = random.nextInt(1, 4);
    for (int i = 1; i <= sources; i++) {
      String id = "src-" + i;
      sourceIds.add(id);
      Source.Builder s = Source.builder().id(id).title("Documento fuente " + i);
      if (random.nextBoolean()) {
        s.url("https://ejemplo.mx/fuente/" + i);
      }
      if (random.nextBoolean()) {
        s.publishedOn(date());
      }
      record.addSources(s.build());
    }
    LocalExercise.Builder b = LocalExercise.builder().from(e).record(record.build()).frameworks(frameworks())
        .provenance(provenance()).statusSince(date());
    if (random.nextBoolean()) {
      b.shortTitle("Ejercicio " + random.nextInt(100));
    }
    if (random.nextBoolean()) {
      b.putPartCompleteness("organizations", Completeness.PARTIAL);
    }
    b.addStatedCounts(StatedCount.builder().of("plans").count(e.plans().size() + random.nextInt(3))
        .text("planes declarados").build());
    List<LocalTechnicalSecretariat> stls = new ArrayList<>();
    for (LocalTechnicalSecretariat stl : e.stls()) {
      stls.add(LocalTechnicalSecretariat.builder().from(stl).name("Secretariado " + stl.id())
          .kind(pick(ForumKind.values())).build());
    }
    b.stls(stls);
    List<LocalActionPlan> plans = new ArrayList<>();
    for (LocalActionPlan plan : e.plans()) {
      plans.add(plan(plan));
    }
    b.plans(plans);
    return b.build();
  }

  private LocalActionPlan plan(LocalActionPlan plan) {
    LocalActionPlan.Builder b = LocalActionPlan.builder().from(plan).submittedOn(date());
    plan.periodStart().map(this::asTranscribed).ifPresent(b::periodStart);
    plan.periodEnd().map(this::asTranscribed).ifPresent(b::periodEnd);
    plan.publishedOn().map(this::asTranscribed).ifPresent(b::publishedOn);
    plan.coCreation().ifPresent(co -> b.coCreation(CoCreationProcess.builder().from(co).tables(co.tables().stream()
        .map(t -> t.date().isPresent()
            ? ParticipatoryTable.builder().from(t).date(asTranscribed(t.date().get())).build() : t).toList())
        .build()));
    b
        .addLeadInstitutionNames("Secretaría de la Contraloría");
    if (random.nextBoolean()) {
      b.completeness(pick(Completeness.values()));
    }
    if (random.nextBoolean()) {
      b.putPartCompleteness("commitments", Completeness.PARTIAL);
    }
    b.addStatedCounts(StatedCount.builder().of("commitments").count(plan.commitments().size() + random.nextInt(3))
        .provenance(provenance()).build());
    b.addAlternativeTitles(AlternativeTitle.builder().title("Local Action Plan").language("en")
        .kind(TitleKind.TRANSLATION).build());
    List<Commitment> commitments = new ArrayList<>();
    for (Commitment c : plan.commitments()) {
      Commitment.Builder cb = Commitment.builder().from(c);
      c.startDate().map(this::asTranscribed).ifPresent(cb::startDate);
      c.endDate().map(this::asTranscribed).ifPresent(cb::endDate);
      cb.addPolicyAreas("Transparencia", "Participación")
          .addInvolvedInstitutionNames("Instituto municipal " + random.nextInt(20))
          .addExternalIds(ExternalId.builder().scheme(ExternalIdScheme.OGP).value("MX" + random.nextInt(9999))
              .build())
          .provenance(Provenance.builder().from(provenance()).putField("title", FieldProvenance.builder()
              .notes("Resumido del anexo").truncated(random.nextBoolean()).build()).build());
      if (random.nextBoolean()) {
        cb.completeness(Completeness.PARTIAL).putPartCompleteness("milestones", Completeness.PARTIAL);
      }
      if (!commitments.isEmpty() && random.nextBoolean()) {
        cb.addSameCommitmentAs(CommitmentReference.builder().commitmentId(commitments.get(0).id())
            .notes("Mismo texto en el plan").build());
      }
      commitments.add(cb.build());
    }
    b.commitments(commitments);
    List<Evaluation> evaluations = new ArrayList<>();
    for (Evaluation ev : plan.evaluations()) {
      Evaluation.Builder eb = Evaluation.builder().from(ev);
      ev.date().map(this::asTranscribed).ifPresent(eb::date);
      evaluations.add(eb.title("Evaluación " + ev.id())
          .addAssessors(Assessor.builder().name("Universidad " + random.nextInt(5)).kind(AgentKind.ORGANIZATION)
              .independentOfForum(pick(YesNoUnknown.values())).independentOfGovernment(pick(YesNoUnknown.values()))
              .build()).build());
    }
    b.evaluations(evaluations);
    return b.build();
  }

  private List<Framework> frameworks() {
    return switch (random.nextInt(4)) {
      case 0 -> List.of(Framework.INAI_LOCAL);
      case 1 -> List.of(Framework.OGP_LOCAL);
      case 2 -> List.of(Framework.INAI_LOCAL, Framework.OGP_LOCAL);
      default -> List.of();
    };
  }

  private Provenance provenance() {
    return Provenance.builder().addSources(SourceCitation.builder()
        .sourceId(sourceIds.get(random.nextInt(sourceIds.size()))).locator("p. " + random.nextInt(1, 90)).build())
        .build();
  }

  /** A recorded day as a source may give it: the day itself, its month or its year. */
  private PartialDate asTranscribed(PartialDate day) {
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(day.year());
      case 1 -> PartialDate.of(YearMonth.of(day.year(), day.month().orElse(1)));
      default -> day;
    };
  }

  /** A date between 2014 and 2026, of year, month or day precision. */
  private PartialDate date() {
    LocalDate day = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(4_700));
    return switch (random.nextInt(3)) {
      case 0 -> PartialDate.ofYear(day.getYear());
      case 1 -> PartialDate.of(YearMonth.from(day));
      default -> PartialDate.of(day);
    };
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
