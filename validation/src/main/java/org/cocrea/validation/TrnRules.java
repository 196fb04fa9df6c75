package org.cocrea.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.RepositoryDocument;

/**
 * The TRN rules of the catalogue (methodology.md section 4.3): the public website, the document repository and the
 * publication of the PAL. TRN-01 and TRN-02 are sourced only from OGP material, so they run in the
 * {@link Profile#OGP_LOCAL} profile.
 */
final class TrnRules {

  /**
   * TRN-01 · A public website/webpage for the local exercise exists and is updated at least every 4 months. · E ·
   * websiteUrl, lastUpdated · [S:OGP-STD MR 2][S:OGP-LOC tip "at least every four months"]. Threshold
   * {@code maxMonthsSinceUpdate} (default 4). Time-aware: the last update is compared with the as-of date.
   */
  static final Rule TRN_01 = Rule.define("TRN-01").error()
      .source("[S:OGP-STD MR 2][S:OGP-LOC tip \"at least every four months\"]")
      .threshold("maxMonthsSinceUpdate", 4)
      .timeAware()
      .check(TrnRules::trn01);

  /**
   * TRN-02 · A public document repository holds declaration, installation act, rules, minutes, table reports, PAL,
   * progress reports and evaluations. · E · repository index · [S:OGP-STD MR 2 repository]. A kind of document is
   * required once the exercise records the artefact (a declaration, an installed STL or its act, operating rules, a
   * session, a table, a plan past draft, a progress report, an evaluation); the repository itself needs a public URL.
   */
  static final Rule TRN_02 = Rule.define("TRN-02").error()
      .source("[S:OGP-STD MR 2 repository]")
      .check(TrnRules::trn02);

  /**
   * TRN-03 · The PAL has a publication date and public URL. · E · pal.publishedOn, documentUrl · [S:APT "se publicara
   * el PAL"]. Plans in {@code DRAFT} or {@code WITHDRAWN} status are not applicable.
   */
  static final Rule TRN_03 = Rule.define("TRN-03").error()
      .source("[S:APT \"se publicara el PAL\"]")
      .check(TrnRules::trn03);

  private TrnRules() {}

  static List<Rule> all() {
    return List.of(TRN_01, TRN_02, TRN_03);
  }

  private static void trn01(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    LocalDate asOf = ctx.asOf().orElseThrow();
    int months = ctx.intThreshold("maxMonthsSinceUpdate");
    if (x.websiteUrl().isEmpty()) {
      s.failWith("", "noWebsite", x.id());
    } else if (x.websiteLastUpdated().isEmpty()) {
      s.failWith("/websiteUrl", "noUpdate", x.id(), x.websiteUrl().get());
    } else {
      LocalDate updated = x.websiteLastUpdated().get();
      s.check(!updated.plusMonths(months).isBefore(asOf), "/websiteLastUpdated", x.id(), updated, asOf, months);
    }
  }

  private static void trn02(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    if (x.repository().isEmpty()) {
      s.failWith("", "noRepository", x.id());
      return;
    }
    DocumentRepository repository = x.repository().get();
    Set<DocumentKind> held = EnumSet.noneOf(DocumentKind.class);
    for (RepositoryDocument d : repository.documents()) {
      d.kind().ifPresent(held::add);
    }
    Set<DocumentKind> required = requiredDocuments(x);
    required.removeAll(held);
    List<String> missing = new ArrayList<>();
    if (repository.url().isEmpty()) {
      missing.add(StlRules.part(ctx, "TRN-02.part.url"));
    }
    for (DocumentKind kind : required) {
      missing.add(kind.label(StlRules.locale(ctx)));
    }
    s.check(missing.isEmpty(), "/repository", x.id(), String.join(", ", missing));
  }

  private static void trn03(RuleContext ctx, Subjects s) {
    List<LocalActionPlan> plans = ctx.exercise().plans();
    if (plans.isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < plans.size(); i++) {
      LocalActionPlan plan = plans.get(i);
      String p = "/plans/" + i;
      if (!isPublicPlan(plan)) {
        s.notApplicable(p);
        continue;
      }
      List<String> missing = new ArrayList<>();
      if (plan.publishedOn().isEmpty()) {
        missing.add(StlRules.part(ctx, "TRN-03.part.publishedOn"));
      }
      if (plan.documentUrl().isEmpty()) {
        missing.add(StlRules.part(ctx, "TRN-03.part.documentUrl"));
      }
      s.check(missing.isEmpty(), p, plan.id(), String.join(", ", missing));
    }
  }

  /** Whether a plan is meant to be public: not a draft and not withdrawn. */
  static boolean isPublicPlan(LocalActionPlan plan) {
    PlanStatus status = plan.status().orElse(null);
    return status != PlanStatus.DRAFT && status != PlanStatus.WITHDRAWN;
  }

  /** The kinds of document the repository must hold, given the artefacts the exercise records. */
  private static Set<DocumentKind> requiredDocuments(LocalExercise x) {
    Set<DocumentKind> required = EnumSet.noneOf(DocumentKind.class);
    if (!x.declarations().isEmpty()) {
      required.add(DocumentKind.DECLARATION);
    }
    for (LocalTechnicalSecretariat stl : x.stls()) {
      if (stl.installationAct().isPresent() || stl.installedOn().isPresent()) {
        required.add(DocumentKind.INSTALLATION_ACT);
      }
      if (stl.rules().isPresent()) {
        required.add(DocumentKind.OPERATING_RULES);
      }
      if (!stl.sessions().isEmpty()) {
        required.add(DocumentKind.MINUTES);
      }
    }
    for (LocalActionPlan plan : x.plans()) {
      if (plan.coCreation().map(c -> !c.tables().isEmpty()).orElse(false)) {
        required.add(DocumentKind.TABLE_REPORT);
      }
      if (isPublicPlan(plan)) {
        required.add(DocumentKind.PAL);
      }
      if (!plan.progressReports().isEmpty()) {
        required.add(DocumentKind.PROGRESS_REPORT);
      }
      if (!plan.evaluations().isEmpty()) {
        required.add(DocumentKind.EVALUATION);
      }
    }
    return required;
  }
}
