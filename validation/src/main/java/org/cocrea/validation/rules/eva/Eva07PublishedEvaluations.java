package org.cocrea.validation.rules.eva;

import static org.cocrea.validation.rules.eva.EvaSupport.forEachEvaluation;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.Evaluation;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * EVA-07 · Evaluation reports are published in the repository. · W · reportUrl · [S:OGP-STD MR 2][P]
 *
 * <p>Each evaluation needs a {@code reportUrl}; when the exercise records a document repository, the report must
 * be in it (its URL under the repository's URL, or listed among its documents).
 *
 * <p>An evaluation whose report address is absent from a PARTIAL record or part is NOT_RECORDED.
 */
public final class Eva07PublishedEvaluations {

  /** The rule EVA-07, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("EVA-07").ogpLocal().warning()
      .source("[S:OGP-STD MR 2][P]")
      .needs("plans[].evaluations[].reportUrl", "repository.documents[].url")
      .whenAbsent(Absence.FAIL)
      .check(Eva07PublishedEvaluations::check);

  private Eva07PublishedEvaluations() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Optional<DocumentRepository> repository = ctx.exercise().repository()
        .filter(r -> r.url().isPresent() || !r.documents().isEmpty());
    Set<String> documents = new HashSet<>();
    repository.ifPresent(r -> r.documents().stream().map(RepositoryDocument::url).flatMap(Optional::stream)
        .forEach(documents::add));
    Optional<String> base = repository.flatMap(DocumentRepository::url);
    forEachEvaluation(ctx, (plan, evaluation, at) -> {
      if (evaluation.reportUrl().isEmpty() && !ctx.complete(evaluation, "reportUrl")) {
        subjects.notRecorded(at, at + "/reportUrl");   // a partial record: where it is published is not recorded
        return;
      }
      if (evaluation.reportUrl().isEmpty()) {
        if (ctx.complete(evaluation, "reportUrl")) {
          subjects.fail(at, Texts.name(ctx, at, evaluation.id(), evaluation.title()));
        } else {
          subjects.notRecorded(at, at + "/reportUrl");   // a partial record: where it is published is not recorded
        }
        return;
      }
      String url = evaluation.reportUrl().get();
      boolean inRepository = repository.isEmpty() || documents.contains(url)
          || base.map(b -> url.startsWith(b)).orElse(false);
      if (inRepository) {
        subjects.pass(at);
      } else {
        subjects.failWith(at + "/reportUrl", "notInRepository", Texts.name(ctx, at, evaluation.id(), evaluation.title()), url);
      }
    });
  }
}
