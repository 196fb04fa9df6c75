package org.cocrea.examples.data;

import static org.cocrea.examples.data.ActionPlan.row;
import static org.cocrea.examples.data.Kit.INAI;
import static org.cocrea.examples.data.Secretariat.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Audience;
import org.cocrea.core.Channel;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.CommitmentChange;
import org.cocrea.core.Completion;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.CsoType;
import org.cocrea.core.DidItOpenGovernment;
import org.cocrea.core.Disposition;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.EventFormat;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.Iap2Level;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.ProcessAssessment;
import org.cocrea.core.ReportAuthorRole;
import org.cocrea.core.RepresentationModel;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.core.Specificity;
import org.cocrea.core.StlRole;
import org.cocrea.core.TableKind;
import org.cocrea.core.Technique;

/**
 * Veracruz 2016: the state exercise led by the IVAI, whose STL (installed on 17 April 2015) seated three
 * civil-society organisations, six government bodies (a public university among them) and the guarantor body; its
 * PAL of six commitments was published on 14 January 2016 and evaluated by INAI twice, for design at the start and
 * for results at the close: five of six commitments fulfilled, four on their original schedule (methodology section
 * 5). Its composition breaks parity (STL-03: 3 against 6).
 *
 * <pre>{@code
 * LocalExercise veracruz = Veracruz2016.exercise();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Veracruz2016 {

  /** The exercise's identifier. */
  public static final String ID = "mx-ver-2016";
  /** The date the example's data is cut: nothing recorded happens after it. */
  public static final LocalDate AS_OF = LocalDate.of(2017, 3, 31);

  private static final String WEB = "https://veracruz.cocrea.example";
  private static final LocalDate DECLARED = LocalDate.of(2015, 3, 9);
  private static final LocalDate INSTALLED = LocalDate.of(2015, 4, 17);
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 1, 14);
  private static final LocalDate PERIOD_START = LocalDate.of(2016, 1, 15);
  private static final LocalDate PERIOD_END = LocalDate.of(2017, 1, 14);

  private static final String IVAI = "org-ivai";
  private static final String CONTRALORIA = "org-ver-contraloria";
  private static final String AYTO = "org-ver-ayuntamiento";
  private static final String SALUD = "org-ver-salud";
  private static final String ORFIS = "org-ver-orfis";
  private static final String FISCALIA = "org-ver-fiscalia";
  private static final String UV = "org-ver-uv";
  private static final String SEV = "org-ver-sev";
  private static final String CIEN = "org-ver-100";
  private static final String CIMTRA = "org-ver-cimtra";
  private static final String CCE = "org-ver-cce";
  private static final String CIESAS = "org-ver-ciesas";
  private static final String COLECTIVOS = "org-ver-colectivos";

  private Veracruz2016() {}

  /**
   * The Veracruz 2016 exercise.
   *
   * @return the exercise, never null; equal on every call
   */
  public static LocalExercise exercise() {
    List<Person> people = List.of(
        Kit.officer("p-ver-contralor", CONTRALORIA, "Titular de la Contraloría General del Estado", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-ver-salud", SALUD, "Titular de la Secretaría de Salud", true, Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-ver-alcaldia", AYTO, "Presidencia Municipal de Veracruz", true, Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-ver-cien", CIEN, "Presidencia del Consejo Ciudadano 100 por Veracruz", false, null),
        Kit.officer("p-ver-ivai", IVAI, "Comisionada o comisionado presidente del IVAI", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.named("p-ver-hevia", "Felipe Hevia de la Jara", CIESAS, "Investigador; facilitador del STL", false));

    Secretariat secretariat = new Secretariat("ver", WEB, INSTALLED)
        .seat(IVAI, "p-ver-ivai", Sector.GUARANTOR_BODY, StlRole.TECHNICAL_SECRETARIAT)
        .seat(CONTRALORIA, "p-ver-contralor", Sector.GOVERNMENT, StlRole.CHAIR)
        .seat(AYTO, null, Sector.GOVERNMENT, StlRole.MEMBER)
        .seat(SALUD, null, Sector.GOVERNMENT, StlRole.MEMBER)
        .seat(ORFIS, null, Sector.GOVERNMENT, StlRole.MEMBER)
        .seat(FISCALIA, null, Sector.GOVERNMENT, StlRole.MEMBER)
        .seat(UV, null, Sector.GOVERNMENT, StlRole.MEMBER)
        .seat(CIEN, "p-ver-cien", Sector.CIVIL_SOCIETY, StlRole.CO_CHAIR)
        .seat(CIMTRA, null, Sector.CIVIL_SOCIETY, StlRole.MEMBER)
        .seat(CCE, null, Sector.CIVIL_SOCIETY, StlRole.MEMBER)
        .facilitator(CIESAS, "p-ver-hevia", Sector.ACADEMIA, LocalDate.of(2015, 5, 8))
        .installation(List.of("Instalación del Secretariado Técnico Local"),
            agreement("r-ver-00", ResolutionKind.OTHER, "Se declara instalado el STL de Veracruz."))
        .ordinary(LocalDate.of(2015, 5, 8), List.of("Lineamientos de operación", "Designación del facilitador"),
            agreement("r-ver-01", ResolutionKind.RULES_APPROVAL, "Se aprueban los lineamientos de operación."),
            agreement("r-ver-02", ResolutionKind.OTHER, "Se designa como facilitador a Felipe Hevia de la Jara."))
        .ordinary(LocalDate.of(2015, 8, 14), List.of("Calendario de mesas participativas"),
            agreement("r-ver-03", ResolutionKind.OTHER, "Se aprueba el calendario de mesas de septiembre y octubre "
                + "de 2015."))
        .ordinary(LocalDate.of(2015, 11, 13), List.of("Relatorías de las mesas", "Proyecto de PAL"),
            agreement("r-ver-04", ResolutionKind.OTHER, "Se integra el proyecto de PAL con seis compromisos."))
        .extraordinary(LocalDate.of(2015, 12, 11), List.of("Aprobación del Plan de Acción Local"),
            agreement("r-ver-05", ResolutionKind.PAL_APPROVAL, "Se aprueba el Plan de Acción Local de Veracruz."))
        .followUps(LocalDate.of(2016, 3, 11), LocalDate.of(2016, 6, 10), LocalDate.of(2016, 9, 9))
        .ordinary(LocalDate.of(2016, 11, 25), List.of("Seguimiento de los compromisos", "Solicitud de "
                + "reprogramación del compromiso 3"),
            agreement("r-ver-09", ResolutionKind.COMMITMENT_CHANGE, "Se aprueba reprogramar a febrero de 2017 el "
                + "último hito del compromiso 3."))
        .ordinary(LocalDate.of(2017, 2, 24), List.of("Cierre del Plan de Acción Local"),
            agreement("r-ver-10", ResolutionKind.OTHER, "Se tiene por concluido el plan y se solicita al INAI su "
                + "evaluación de resultados."))
        .quorum(6)
        .model(RepresentationModel.TRIPARTITE)
        .act("Xalapa-Enríquez, Ver.", Kit.signatory(people.get(4), Sector.GUARANTOR_BODY),
            Kit.signatory(people.get(0), Sector.GOVERNMENT), Kit.signatory(people.get(1), Sector.GOVERNMENT),
            Kit.signatory(people.get(3), Sector.CIVIL_SOCIETY));
    LocalTechnicalSecretariat stl = secretariat.build();

    CoCreation coCreation = new CoCreation("ver", WEB, secretariat.organizationIds())
        .call(LocalDate.of(2015, 8, 17), LocalDate.of(2015, 9, 4), "convocatoria-mesas.pdf", "Abierta a "
                + "organizaciones, academia y ciudadanía de Veracruz.", Channel.WEB, Channel.SOCIAL_MEDIA)
        .responses(LocalDate.of(2016, 1, 14), "respuestas-razonadas.pdf")
        .table("t-ver-1", TableKind.THEMATIC, "Transparencia municipal", LocalDate.of(2015, 9, 10), "Veracruz",
            "Palacio Municipal de Veracruz", Iap2Level.COLLABORATE, Technique.NOMINAL_GROUP, IVAI, AYTO, CIMTRA, CIEN,
            CIESAS, COLECTIVOS)
        .table("t-ver-2", TableKind.THEMATIC, "Fiscalización y obra pública", LocalDate.of(2015, 9, 17), "Xalapa",
            "Auditorio del IVAI", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IVAI, ORFIS, CONTRALORIA, CCE, CIEN,
            COLECTIVOS)
        .table("t-ver-3", TableKind.THEMATIC, "Seguridad y justicia", LocalDate.of(2015, 9, 24), "Xalapa",
            "Auditorio del IVAI", Iap2Level.INVOLVE, Technique.FOCUS_GROUP, IVAI, FISCALIA, CIEN, CIMTRA, CIESAS,
            COLECTIVOS)
        .table("t-ver-4", TableKind.THEMATIC, "Educación y salud", LocalDate.of(2015, 10, 1), "Xalapa",
            "Universidad Veracruzana", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IVAI, UV, SALUD, SEV, CIEN, CCE,
            COLECTIVOS)
        .adopted("pr-ver-01", "t-ver-1", CIMTRA, Sector.CIVIL_SOCIETY, "Los portales municipales no cumplen criterios "
                + "mínimos de transparencia.", "Un portal municipal modelo y una metodología de evaluación de portales."
                + "")
        .adopted("pr-ver-02", "t-ver-1", CIEN, Sector.CIVIL_SOCIETY, "No se puede seguir el ejercicio de los recursos "
                + "del SUBSEMUN.", "Procedimientos estándar para su seguimiento.")
        .adopted("pr-ver-03", "t-ver-2", CCE, Sector.CIVIL_SOCIETY, "El gasto en obra pública no se conoce a tiempo.",
            "Control interno automatizado y datos abiertos del gasto en obra.")
        .adopted("pr-ver-04", "t-ver-3", CIEN, Sector.CIVIL_SOCIETY, "Las familias no saben dónde está una persona "
                + "detenida.", "Un registro público de personas detenidas.")
        .adopted("pr-ver-05", "t-ver-3", CIMTRA, Sector.CIVIL_SOCIETY, "No hay información pública sobre personas "
                + "desaparecidas.", "Un registro público de personas desaparecidas.")
        .adopted("pr-ver-06", "t-ver-4", CIEN, Sector.CIVIL_SOCIETY, "Los resultados de admisión al bachillerato no se "
                + "publican de forma accesible.", "Un sitio web con los resultados de admisión.")
        .proposal("pr-ver-07", "t-ver-4", CCE, Sector.CIVIL_SOCIETY, "Hay desabasto de medicamentos en hospitales.",
            "Publicar inventarios de medicamentos por hospital.", Disposition.DEFERRED, "La Secretaría de Salud no "
                + "pudo comprometer el sistema de inventarios en este plan; se propone para el siguiente.");

    ActionPlan pal = new ActionPlan("ver", 2016, WEB, PERIOD_START, PERIOD_END, AS_OF);
    Commitment c3 = pal.regular(3,
        "Herramienta automatizada de control interno y datos abiertos del gasto en obra pública", "pr-ver-03", ORFIS,
        CCE, "16.6", "El gasto en obra pública se conoce tarde y sin detalle.",
        "Automatizar el control interno de la obra pública y publicar su gasto en datos abiertos.", 2,
        row("Diseño de la herramienta de control interno.", "Documento de diseño", "Documento publicado"),
        row("Piloto de la herramienta en dependencias ejecutoras.", "Informe del piloto", "Informe publicado"),
        row("Publicar en datos abiertos el gasto en obra pública.", "Conjunto de datos de obra pública",
            "Conjunto de datos en el portal"));
    // The Contraloría shares commitment 3, whose last milestone was rescheduled and completed late.
    Milestone late = c3.milestones().get(2);
    Milestone lateDone = Milestone.builder().from(late).status(MilestoneStatus.COMPLETED)
        .completedOn(LocalDate.of(2017, 2, 10)).progressNarrative(java.util.Optional.empty())
        .completionNarrative("Publicado en febrero de 2017, con la reprogramación aprobada por el STL.")
        .addEvidenceUrl(pal.evidenceUrl(c3.id(), 3)).build();
    c3 = Commitment.builder().from(c3).addResponsibleInstitutionId(CONTRALORIA)
        .milestones(List.of(c3.milestones().get(0), c3.milestones().get(1), lateDone))
        .addModification(CommitmentChange.builder().date(LocalDate.of(2016, 11, 25))
            .description("Se reprograma a febrero de 2017 la publicación de los datos abiertos del gasto en obra.")
            .reason("La migración del sistema de registro de obra pública se retrasó.")
            .approvedByResolutionId("r-ver-09").build())
        .build();
    List<Commitment> commitments = List.of(
        pal.regular(1, "Portal municipal modelo y nueva metodología de evaluación de portales con CIMTRA", "pr-ver-01",
            AYTO, CIMTRA, "16.10", "Los portales municipales no cumplen criterios mínimos de transparencia.",
            "Construir un portal municipal modelo y una metodología para evaluar portales junto con CIMTRA.", 3,
            row("Metodología de evaluación de portales acordada con CIMTRA.", "Metodología publicada",
                "Documento publicado"),
            row("Portal municipal modelo en línea.", "Portal en línea", "Dirección del portal"),
            row("Primera evaluación de portales municipales.", "Resultados de la evaluación", "Informe publicado")),
        pal.regular(2, "Procedimientos estándar para el seguimiento de los recursos del SUBSEMUN", "pr-ver-02", AYTO,
            CIEN, "16.6", "No es posible seguir el ejercicio de los recursos del SUBSEMUN.",
            "Establecer procedimientos estándar para dar seguimiento público a los recursos del SUBSEMUN.", 3,
            row("Manual de procedimientos de seguimiento.", "Manual publicado", "Documento publicado"),
            row("Publicar el ejercicio de los recursos por rubro.", "Datos del ejercicio", "Conjunto de datos"),
            row("Informe ciudadano de seguimiento.", "Informe publicado", "Informe en el portal")),
        c3,
        pal.regular(4, "Registro público de personas detenidas", "pr-ver-04", FISCALIA, CIEN, "16.3",
            "Las familias no saben dónde se encuentra una persona detenida.",
            "Crear y publicar un registro de personas detenidas consultable por la ciudadanía.", 3,
            row("Lineamientos del registro.", "Lineamientos publicados", "Documento publicado"),
            row("Registro en operación en agencias del Ministerio Público.", "Registro en operación",
                "Dirección de consulta"),
            row("Informe de consultas al registro.", "Informe publicado", "Informe en el portal")),
        pal.regular(5, "Registro público de personas desaparecidas", "pr-ver-05", FISCALIA, CIMTRA, "16.10",
            "No existe información pública y confiable sobre personas desaparecidas.",
            "Crear y publicar un registro de personas desaparecidas.", 1,
            row("Lineamientos del registro.", "Lineamientos publicados", "Documento publicado"),
            row("Registro en línea.", "Registro en línea", "Dirección de consulta"),
            row("Informe de actualización del registro.", "Informe publicado", "Informe en el portal")),
        pal.regular(6, "Sitio web con los resultados de admisión al bachillerato", "pr-ver-06", SEV, CIEN, "4.1",
            "Los resultados de admisión al bachillerato no se publican de forma accesible.",
            "Publicar en un sitio web los resultados de admisión al bachillerato.", 3,
            row("Diseño del sitio web.", "Sitio en pruebas", "Dirección del sitio"),
            row("Publicación de resultados del proceso de admisión.", "Resultados publicados", "Dirección del sitio"),
            row("Informe de consultas al sitio.", "Informe publicado", "Informe en el portal")));

    pal.reportsBy(IVAI, ReportAuthorRole.STL)
        .report(LocalDate.of(2016, 6, 30), LocalDate.of(2016, 7, 15), "2016-1")
        .report(PERIOD_END, LocalDate.of(2017, 1, 13), "2016-2");
    LocalActionPlan plan = pal.plan("Plan de Acción Local de Gobierno Abierto de Veracruz 2016", stl, PUBLISHED,
        "pal-2016.pdf", commitments)
        .sections(Kit.sections("Veracruz construye su primer plan de acción local con nueve instituciones y tres "
                + "organizaciones de la sociedad civil.", "Participan el IVAI, la Contraloría General, el H. "
                + "Ayuntamiento de Veracruz, la Secretaría de Salud, el ORFIS, la Fiscalía General, la Universidad "
                + "Veracruzana, organizaciones de la sociedad civil y el INAI.",
            List.of(IVAI, CONTRALORIA, AYTO, CIEN, CIMTRA, CCE, INAI),
            "Seis asientos de gobierno, tres de sociedad civil y uno del IVAI, con un facilitador del CIESAS-Golfo.",
            "Cuatro mesas temáticas en septiembre y octubre de 2015."))
        .crossCuttingReview(EnumSet.of(CrossCuttingTheme.BUDGET_EXECUTION, CrossCuttingTheme.GENDER))
        .coCreation(coCreation.build())
        .addEvaluation(Evaluation.builder().id("eva-ver-diseno").type(EvaluationType.DESIGN).evaluatorId(INAI)
            .independentOfStl(true).date(LocalDate.of(2016, 2, 26)).reportUrl(WEB + "/evaluaciones/diseno.pdf")
            .summary("Los seis compromisos son relevantes para los valores de gobierno abierto; se recomienda "
                + "precisar indicadores de efecto.")
            .processAssessment(ProcessAssessment.builder().forumExists(true).forumMultiStakeholder(true)
                .nonGovEndorsedPlan(true).infoSharedBeforeMeetings(true).build())
            .commitmentAssessments(assessments(commitments, LocalDate.of(2016, 2, 26), false))
            .build())
        .addEvaluation(Evaluation.builder().id("eva-ver-resultados").type(EvaluationType.RESULTS).evaluatorId(INAI)
            .independentOfStl(true).date(LocalDate.of(2017, 3, 15)).reportUrl(WEB + "/evaluaciones/resultados.pdf")
            .summary("Cinco de los seis compromisos se cumplieron; cuatro en el calendario original.")
            .commitmentAssessments(assessments(commitments, LocalDate.of(2017, 3, 15), true))
            .build())
        .build();

    JointDeclaration declaration = Kit.declaration("ver", WEB, DECLARED,
        "Implementar acciones de gobierno abierto en Veracruz.", Kit.signatory(people.get(0), Sector.GOVERNMENT),
        Kit.signatory(people.get(1), Sector.GOVERNMENT), Kit.signatory(people.get(2), Sector.GOVERNMENT),
        Kit.signatory(people.get(3), Sector.CIVIL_SOCIETY), Kit.signatory(people.get(4), Sector.GUARANTOR_BODY));
    return Kit.exercise(ID, "Veracruz 2016", WEB, AS_OF)
        .description("Ejemplo construido con datos públicos (INAI): fecha de la Declaración Conjunta y su mezcla "
            + "de firmantes (dos autoridades estatales, una municipal, una organización civil y el organismo "
            + "garante), integración del STL, facilitador y fecha de instalación, fecha de publicación del PAL, "
            + "títulos de sus seis compromisos y resultado de la evaluación del INAI (cinco de seis cumplidos, "
            + "cuatro en el calendario original). Son ilustrativos: personas (salvo el facilitador), qué compromiso "
            + "no se cumplió y cuál se reprogramó, forma de selección de los asientos, suplentes, reglas y sesiones "
            + "del STL, mesas y propuestas, instituciones responsables fuera del STL, hitos, indicadores, "
            + "presupuestos, reportes de avance, periodo del plan, fechas de las evaluaciones y direcciones web. / "
            + "Example built from public data (INAI): the date of the Joint Declaration and its mix of signatories "
            + "(two state authorities, one municipal, one civil-society organisation and the guarantor body), the "
            + "STL's composition, facilitator and installation date, the PAL's publication date, the titles of its "
            + "six commitments and INAI's evaluation result (five of six fulfilled, four on the original schedule). "
            + "Illustrative: people (except the facilitator), which commitment was not fulfilled and which was "
            + "rescheduled, how seats were filled, alternates, STL rules and sessions, tables and proposals, "
            + "responsible institutions outside the STL, milestones, indicators, budgets, progress reports, the "
            + "plan's period, the evaluations' dates and web addresses.")
        .jurisdiction(Kit.state("MX-VER", "Veracruz", "30"))
        .guarantorBodyId(IVAI)
        .organizations(List.of(
            Kit.guarantor(IVAI, "Instituto Veracruzano de Acceso a la Información y Protección de Datos Personales",
                "IVAI"),
            Kit.inai(),
            Kit.government(CONTRALORIA, "Contraloría General del Estado de Veracruz", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(AYTO, "H. Ayuntamiento de Veracruz", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.MUNICIPAL),
            Kit.government(SALUD, "Secretaría de Salud de Veracruz", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(ORFIS, "Órgano de Fiscalización Superior del Estado de Veracruz",
                GovernmentBranch.LEGISLATIVE, OrderOfGovernment.STATE),
            Kit.government(FISCALIA, "Fiscalía General del Estado de Veracruz", GovernmentBranch.AUTONOMOUS,
                OrderOfGovernment.STATE),
            Organization.builder().id(UV).name("Universidad Veracruzana").acronym("UV")
                .sector(Sector.ACADEMIA).csoType(CsoType.ACADEMIC).obligatedSubject(true)
                .order(OrderOfGovernment.STATE).build(),
            Kit.government(SEV, "Secretaría de Educación de Veracruz", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.cso(CIEN, "Consejo Ciudadano 100 por Veracruz A.C.", null, CsoType.ADVOCACY),
            Kit.cso(CIMTRA, "Ciudadanos por Municipios Transparentes (CIMTRA) Veracruz", "CIMTRA",
                CsoType.ADVOCACY),
            Kit.cso(CCE, "Consejo Coordinador Empresarial de Veracruz", "CCE", CsoType.BUSINESS),
            Kit.cso(COLECTIVOS, "Organizaciones y colectivos de Veracruz (participación colectiva en las mesas)",
                null, CsoType.COMMUNITY),
            Kit.academia(CIESAS, "Centro de Investigaciones y Estudios Superiores en Antropología Social, Unidad "
                + "Golfo", "CIESAS-Golfo")))
        .people(people)
        .addPublicCall(coCreation.call())
        .addDeclaration(declaration)
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.WITNESS, DECLARED,
            "El INAI atestigua la firma de la Declaración Conjunta."))
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.ADVISORY, LocalDate.of(2016, 2, 26),
            "Evaluación de diseño del Plan de Acción Local."))
        .addAwarenessEvent(Kit.event("ev-ver-1", "Foro de gobierno abierto en Xalapa", LocalDate.of(2015, 3, 26),
            "Xalapa", EventFormat.FORUM, EnumSet.of(Audience.CSO, Audience.ACADEMIA, Audience.GENERAL_PUBLIC), 200,
            IVAI, INAI))
        .addAwarenessEvent(Kit.event("ev-ver-2", "Capacitación a enlaces institucionales", LocalDate.of(2015, 4, 9),
            "Xalapa", EventFormat.TRAINING, EnumSet.of(Audience.PUBLIC_SERVANTS), 70, IVAI))
        .addStl(stl)
        .addPlan(plan)
        .status(ExerciseStatus.PAL_CLOSING)
        .repository(Kit.repository(WEB, declaration, stl, plan,
            coCreation.tablesReport("Relatorías de las mesas", LocalDate.of(2015, 10, 30)),
            "Plan de Acción Local 2016"))
        .build();
  }

  /**
   * INAI's assessment of every commitment on {@code date}: commitments 4 and 5 (the public registers) could transform
   * the status quo, the others moderately; with {@code results}, also whether each was fulfilled (all its milestones
   * completed).
   */
  private static List<CommitmentAssessment> assessments(List<Commitment> commitments, LocalDate date,
      boolean results) {
    List<CommitmentAssessment> result = new ArrayList<>();
    for (Commitment c : commitments) {
      int number = c.number().orElse(0);
      CommitmentAssessment.Builder a = CommitmentAssessment.builder().commitmentId(c.id()).date(date)
          .verifiable(true).openGovLens(true).specificity(Specificity.MEDIUM)
          .potentialImpact(number >= 4 && number <= 5 ? PotentialImpact.TRANSFORMATIVE : PotentialImpact.MODERATE);
      if (results) {
        boolean fulfilled = c.progress().map(p -> p.signum() > 0 && p.compareTo(BigDecimal.valueOf(100)) >= 0)
            .orElse(false);
        a.completion(fulfilled ? Completion.COMPLETE : Completion.LIMITED)
            .didItOpenGovernment(fulfilled ? DidItOpenGovernment.MARGINAL : DidItOpenGovernment.DID_NOT_CHANGE);
      }
      result.add(a.build());
    }
    return result;
  }
}
