package org.cocrea.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.core.AwarenessEvent;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.Framework;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.Step;
import org.cocrea.testkit.RandomExercises.Size;

/** A whole exercise from its parts, in the order of the six steps, and its document repository. */
final class Generator extends PlanGenerator {

  Generator(long seed, Size size, double rate) {
    super(seed, size, rate);
  }

  // ---------------------------------------------------------------------------------------------- exercise

  LocalExercise exercise() {
    jurisdiction();
    registry();
    List<PlanDates> skeleton = timeline();
    scheduleSessions();
    LocalTechnicalSecretariat.Builder stl = stl();
    List<LocalActionPlan> plans = new ArrayList<>();
    for (PlanDates dates : skeleton) {
      plans.add(plan(dates));
    }
    List<AwarenessEvent> events = awarenessEvents();
    List<JointDeclaration> declarations = declarations();
    stl.sessions(buildSessions());
    LocalTechnicalSecretariat secretariat = stl.build();
    documents.add(0, document(DocumentKind.DECLARATION, "Declaración Conjunta para la Implementación de Acciones "
        + "para un Gobierno Abierto", "documentos/declaracion.pdf", declared));
    PlanDates last = skeleton.get(skeleton.size() - 1);
    boolean closed = asOf.isAfter(last.periodEnd);
    LocalExercise.Builder b = LocalExercise.builder()
        .id("mx-" + state.iso().substring(3).toLowerCase(Locale.ROOT) + "-" + declared.getYear() + "-"
            + Long.toUnsignedString(seed, 36))
        .title("Ejercicio local de gobierno abierto de " + place + " " + declared.getYear())
        .description("Ejercicio generado al azar para pruebas (semilla " + seed + ", tamaño " + size
            + "). Todos los datos son ilustrativos. / Randomly generated exercise for tests; all data is "
            + "illustrative.")
        .jurisdiction(jurisdictionValue())
        .addFrameworks(Framework.INAI_LOCAL)
        .guarantorBodyId(guarantor)
        .organizations(orgs.values())
        .publicCalls(calls)
        .declarations(declarations)
        .promoterGroup(when(chance(0.4), promoterGroup()))
        .accompaniments(accompaniments(skeleton))
        .awarenessEvents(events)
        .addStl(secretariat)
        .plans(plans)
        .currentStep(defect(0.05) ? Step.S4_PARTICIPATORY_TABLES : Step.S6_MONITORING_EVALUATION)
        .status(closed ? (chance(0.5) ? ExerciseStatus.PAL_CLOSING : ExerciseStatus.NEXT_PLAN_PREPARATION)
            : ExerciseStatus.PAL_IMPLEMENTATION)
        .websiteUrl(web)
        .websiteLastUpdated(defect(0.08) ? asOf.minusDays(between(150, 400)) : asOf.minusDays(between(0, 60)))
        .repository(repository());
    b.people(people);
    return b.build();
  }


  // ---------------------------------------------------------------------------------------------- repository

  DocumentRepository repository() {
    List<RepositoryDocument> docs = new ArrayList<>(documents);
    if (defect(0.08)) {
      DocumentKind missing = pick(new DocumentKind[] {DocumentKind.INSTALLATION_ACT, DocumentKind.OPERATING_RULES,
        DocumentKind.PAL});
      docs.removeIf(doc -> doc.kind().orElse(null) == missing);
    }
    docs.add(RepositoryDocument.builder().kind(DocumentKind.OTHER).title("Plan de comunicación del STL")
        .url(url("plan-de-comunicacion.pdf")).publishedOn(min(installed.plusDays(60), asOf)).build());
    docs.add(RepositoryDocument.builder().kind(DocumentKind.OTHER).title("Corte de información del ejercicio")
        .url(url("corte.pdf")).publishedOn(asOf).build());
    return DocumentRepository.builder().url(url("repositorio")).documents(docs).build();
  }
}
