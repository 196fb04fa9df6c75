package org.cocrea.validation.rules.trn;

import static org.cocrea.validation.rules.support.Texts.locale;
import static org.cocrea.validation.rules.support.Texts.part;
import static org.cocrea.validation.rules.support.Walk.isPublicPlan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * TRN-02 · A public document repository holds declaration, installation act, rules, minutes, table reports, PAL,
 * progress reports and evaluations. · E · repository index · [S:OGP-STD MR 2 repository]. A kind of document is
 * required once the exercise records the artefact (a declaration, an installed STL or its act, operating rules, a
 * session, a table, a plan past draft, a progress report, an evaluation); the repository itself needs a public URL.
 *
 * <p>A repository, or its address or documents, absent from a PARTIAL record or part is NOT_RECORDED.
 */
public final class Trn02DocumentRepository {

  /** The rule TRN-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("TRN-02").ogpLocal().error()
      .source("[S:OGP-STD MR 2 repository]")
      .needs("repository.documents[].kind")
      .whenAbsent(Absence.FAIL)
      .check(Trn02DocumentRepository::check);

  private Trn02DocumentRepository() {}

  private static void check(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    if (x.repository().isEmpty()) {
      if (ctx.complete(x, "repository")) {
        s.failWith("", "noRepository", x.id());
      } else {
        s.notRecorded("", "/repository");   // a partial record: the repository is not recorded
      }
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
      missing.add(part(ctx, "TRN-02.part.url"));
    }
    for (DocumentKind kind : required) {
      missing.add(kind.label(locale(ctx)));
    }
    if (!missing.isEmpty() && !ctx.complete(repository)) {
      s.notRecorded("/repository", "/repository");   // its address or documents are not recorded
      return;
    }
    s.check(missing.isEmpty(), "/repository", x.id(), String.join(", ", missing));
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
