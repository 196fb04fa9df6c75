package org.cocrea.examples.data;

import static org.cocrea.examples.data.ActionPlan.row;
import static org.cocrea.examples.data.Kit.INAI;
import static org.cocrea.examples.data.Secretariat.agreement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Audience;
import org.cocrea.core.Channel;
import org.cocrea.core.Commitment;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.CsoType;
import org.cocrea.core.Disposition;
import org.cocrea.core.EventFormat;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.Iap2Level;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.ReportAuthorRole;
import org.cocrea.core.RepresentationModel;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.core.StlRole;
import org.cocrea.core.TableKind;
import org.cocrea.core.Technique;

/**
 * Morelos 2015: the state exercise led by the IMIPE, whose STL (installed on 16 April 2015) seated one civil-society
 * organisation (COPARMEX Morelos), two government bodies (the electoral tribunal and the finance ministry) and the
 * guarantor body, with demand tables in May and August 2015, a supply table that answered the demands, and the PAL of
 * six regular and two proactive commitments published on 29 September 2015 (methodology section 5). Its composition
 * breaks parity (STL-03) and has a single civil-society organisation (STL-11).
 *
 * <pre>{@code
 * LocalExercise morelos = Morelos2015.exercise();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Morelos2015 {

  /** The exercise's identifier. */
  public static final String ID = "mx-mor-2015";
  /** The date the example's data is cut: nothing recorded happens after it. */
  public static final LocalDate AS_OF = LocalDate.of(2016, 11, 15);

  private static final String WEB = "https://morelos.cocrea.example";
  private static final LocalDate DECLARED = LocalDate.of(2015, 3, 9);
  private static final LocalDate INSTALLED = LocalDate.of(2015, 4, 16);
  private static final LocalDate PUBLISHED = LocalDate.of(2015, 9, 29);
  private static final LocalDate PERIOD_START = LocalDate.of(2015, 10, 1);
  private static final LocalDate PERIOD_END = LocalDate.of(2016, 9, 30);

  private static final String IMIPE = "org-imipe";
  private static final String TRIBUNAL = "org-mor-teem";
  private static final String HACIENDA = "org-mor-hacienda";
  private static final String GOBIERNO = "org-mor-gobierno";
  private static final String SUSTENTABLE = "org-mor-sds";
  private static final String SEGURIDAD = "org-mor-ces";
  private static final String EDUCACION = "org-mor-se";
  private static final String OBRAS = "org-mor-sop";
  private static final String COPARMEX = "org-mor-coparmex";
  private static final String UAEM = "org-mor-uaem";
  private static final String COLEGIOS = "org-mor-colegios";
  private static final String MEDIOS = "org-mor-medios";

  private Morelos2015() {}

  /**
   * The Morelos 2015 exercise.
   *
   * @return the exercise, never null; equal on every call
   */
  public static LocalExercise exercise() {
    List<Person> people = List.of(
        Kit.officer("p-mor-gobernador", GOBIERNO, "Titular del Poder Ejecutivo del Estado de Morelos", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-mor-coparmex", COPARMEX, "Presidencia de COPARMEX Morelos", false, null),
        Kit.officer("p-mor-imipe", IMIPE, "Comisionada o comisionado presidente del IMIPE", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-mor-teem", TRIBUNAL, "Magistratura presidenta del Tribunal Electoral", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-mor-hacienda", HACIENDA, "Titular de la Secretaría de Hacienda", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.named("p-mor-vallejo", "Luz Stella Vallejo", UAEM, "Académica; facilitadora del STL", false));

    Secretariat secretariat = new Secretariat("mor", WEB, INSTALLED)
        .seat(IMIPE, "p-mor-imipe", Sector.GUARANTOR_BODY, StlRole.TECHNICAL_SECRETARIAT)
        .seat(TRIBUNAL, "p-mor-teem", Sector.GOVERNMENT, StlRole.MEMBER)
        .seat(HACIENDA, "p-mor-hacienda", Sector.GOVERNMENT, StlRole.CHAIR)
        .seat(COPARMEX, "p-mor-coparmex", Sector.CIVIL_SOCIETY, StlRole.CO_CHAIR)
        .facilitator(UAEM, "p-mor-vallejo", Sector.ACADEMIA, INSTALLED)
        .installation(List.of("Instalación del Secretariado Técnico Local", "Designación de la facilitadora"),
            agreement("r-mor-00", ResolutionKind.OTHER, "Se instala el STL y se designa como facilitadora a Luz "
                + "Stella Vallejo."))
        .ordinary(LocalDate.of(2015, 5, 4), List.of("Lineamientos de operación", "Características mínimas del sitio "
                + "web", "Ruta de mesas de demanda y de oferta"),
            agreement("r-mor-01", ResolutionKind.RULES_APPROVAL, "Se aprueban los lineamientos de operación."),
            agreement("r-mor-02", ResolutionKind.OTHER, "Se acuerdan las características mínimas del sitio web del "
                + "ejercicio."))
        .ordinary(LocalDate.of(2015, 7, 3), List.of("Relatoría de la primera mesa de demandas", "Calendario de agosto"),
            agreement("r-mor-03", ResolutionKind.OTHER, "Se convoca a las mesas de demandas y de oferta de agosto de "
                + "2015."))
        .extraordinary(LocalDate.of(2015, 9, 18), List.of("Aprobación del Plan de Acción Local"),
            agreement("r-mor-04", ResolutionKind.PAL_APPROVAL, "Se aprueba el Plan de Acción Local de Morelos con "
                + "seis compromisos y dos compromisos proactivos."))
        .followUps(LocalDate.of(2015, 12, 11), LocalDate.of(2016, 3, 11), LocalDate.of(2016, 6, 10),
            LocalDate.of(2016, 9, 9), LocalDate.of(2016, 11, 11))
        .quorum(3)
        .model(RepresentationModel.TRIPARTITE)
        .act("Cuernavaca, Mor.", Kit.signatory(people.get(2), Sector.GUARANTOR_BODY),
            Kit.signatory(people.get(3), Sector.GOVERNMENT), Kit.signatory(people.get(4), Sector.GOVERNMENT),
            Kit.signatory(people.get(1), Sector.CIVIL_SOCIETY));
    LocalTechnicalSecretariat stl = secretariat.build();

    CoCreation coCreation = new CoCreation("mor", WEB, secretariat.organizationIds())
        .call(LocalDate.of(2015, 4, 30), LocalDate.of(2015, 5, 14), "convocatoria-mesas.pdf", "Colegios de "
                + "profesionistas, medios de comunicación, organizaciones y público en general.", Channel.WEB,
            Channel.PRESS, Channel.SOCIAL_MEDIA)
        .responses(LocalDate.of(2015, 8, 24), "mesa-de-oferta-respuestas.pdf")
        .table("t-mor-1", TableKind.DEMAND, "Desarrollo sustentable, justicia electoral y seguridad pública",
            LocalDate.of(2015, 5, 16), "Cuernavaca", "Universidad Autónoma del Estado de Morelos", Iap2Level.INVOLVE,
            Technique.NOMINAL_GROUP, IMIPE, COPARMEX, COLEGIOS, MEDIOS, UAEM, TRIBUNAL)
        .table("t-mor-2", TableKind.DEMAND, "Hacienda e ingresos; transparencia y gobierno abierto",
            LocalDate.of(2015, 8, 19), "Cuernavaca", "Auditorio del IMIPE", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP,
            IMIPE, COPARMEX, COLEGIOS, MEDIOS, HACIENDA)
        .table("t-mor-3", TableKind.DEMAND, "Educación pública", LocalDate.of(2015, 8, 21), "Cuernavaca",
            "Auditorio del IMIPE", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IMIPE, COPARMEX, COLEGIOS, UAEM,
            EDUCACION)
        .table("t-mor-4", TableKind.TECHNOLOGY, "Tecnología y datos abiertos", LocalDate.of(2015, 8, 22), "Cuernavaca",
            "Universidad Autónoma del Estado de Morelos", Iap2Level.COLLABORATE, Technique.IDEAS_FAIR, IMIPE, UAEM,
            COLEGIOS, MEDIOS, HACIENDA)
        .table("t-mor-5", TableKind.SUPPLY, "Respuesta institucional a las demandas", LocalDate.of(2015, 8, 24),
            "Cuernavaca", "Auditorio del IMIPE", Iap2Level.COLLABORATE, Technique.NOMINAL_GROUP, IMIPE, COPARMEX,
            HACIENDA, TRIBUNAL, SUSTENTABLE, SEGURIDAD, EDUCACION, OBRAS)
        .proposal("pr-mor-01", "t-mor-1", COLEGIOS, Sector.CIVIL_SOCIETY, "Los residuos sólidos se gestionan sin "
                + "participación de las colonias.", "Estrategias participativas para la gestión de residuos.",
            Disposition.ADOPTED, "La Secretaría de Desarrollo Sustentable asume la propuesta en la mesa de oferta.")
        .proposal("pr-mor-02", "t-mor-1", COPARMEX, Sector.CIVIL_SOCIETY, "La ciudadanía no entiende los "
                + "procedimientos de la justicia electoral.", "Simplificar la comunicación del Tribunal Electoral y el "
                + "acceso a la justicia.", Disposition.ADOPTED, "El Tribunal Electoral asume la propuesta en la mesa "
                + "de oferta.")
        .proposal("pr-mor-03", "t-mor-1", MEDIOS, Sector.MEDIA, "La confianza en las policías estatal y municipales es "
                + "baja.", "Información pública y evaluación ciudadana del desempeño policial.", Disposition.ADOPTED,
            "La Comisión Estatal de Seguridad asume la propuesta en la mesa de oferta.")
        .proposal("pr-mor-04", "t-mor-2", COPARMEX, Sector.CIVIL_SOCIETY, "No se sabe en qué se gasta lo que se "
                + "recauda.", "Publicar el destino de la recaudación.", Disposition.ADOPTED, "La Secretaría de "
                + "Hacienda asume la propuesta en la mesa de oferta.")
        .proposal("pr-mor-05", "t-mor-2", COLEGIOS, Sector.CIVIL_SOCIETY, "El derecho de acceso a la información es "
                + "poco conocido.", "Promover el derecho de acceso a la información y el gobierno abierto.",
            Disposition.ADOPTED, "El IMIPE asume la propuesta con la Secretaría de Educación.")
        .proposal("pr-mor-06", "t-mor-3", UAEM, Sector.ACADEMIA, "No hay seguimiento público de los recursos del "
                + "programa Beca Salario.", "Seguir el dinero del programa Beca Salario.", Disposition.ADOPTED,
            "La Secretaría de Educación asume la propuesta en la mesa de oferta.")
        .proposal("pr-mor-07", "t-mor-4", COLEGIOS, Sector.CIVIL_SOCIETY, "Las candidaturas firman compromisos que "
                + "nadie sigue.", "Monitorear la Agenda Mínima Ciudadana de las candidaturas.", Disposition.ADOPTED,
            "Se adopta como compromiso proactivo.")
        .proposal("pr-mor-08", "t-mor-4", MEDIOS, Sector.MEDIA, "Las obras de la línea férrea no se informan a la "
                + "población.", "Publicar la información de la rehabilitación de la línea férrea y la estación "
                + "multimodal.", Disposition.ADOPTED, "Se adopta como compromiso proactivo.")
        .proposal("pr-mor-09", "t-mor-3", COLEGIOS, Sector.CIVIL_SOCIETY, "Faltan becas para educación media superior "
                + "en municipios rurales.", "Ampliar el padrón de becas a municipios rurales.", Disposition.REJECTED,
            "La ampliación del padrón no depende de las instituciones del STL; se canaliza a la autoridad educativa "
                + "federal.");

    ActionPlan pal = new ActionPlan("mor", 2015, WEB, PERIOD_START, PERIOD_END, AS_OF);
    List<Commitment> commitments = List.of(
        pal.regular(1, "Estrategias participativas para la gestión integral de residuos sólidos", "pr-mor-01",
            SUSTENTABLE, COPARMEX, "11.6",
            "Los residuos sólidos se gestionan sin información ni participación de la población.",
            "Diseñar con las colonias estrategias participativas para la gestión de residuos.", 3,
            row("Diagnóstico participativo de la gestión de residuos.", "Diagnóstico publicado",
                "Documento en el portal"),
            row("Talleres vecinales de separación y reciclaje.", "Memoria de talleres", "Listas de asistencia"),
            row("Estrategia participativa publicada.", "Estrategia publicada", "Documento en el portal")),
        pal.regular(2, "Justicia electoral cercana: comunicación sencilla y acceso a la justicia", "pr-mor-02",
            TRIBUNAL, COPARMEX, "16.3",
            "La ciudadanía no conoce ni entiende los procedimientos de la justicia electoral.",
            "Simplificar la comunicación del Tribunal Electoral y facilitar el acceso a la justicia electoral.", 3,
            row("Glosario ciudadano de la justicia electoral.", "Glosario publicado", "Documento en el portal"),
            row("Sentencias en lenguaje ciudadano.", "Versiones ciudadanas de sentencias", "Portal del Tribunal"),
            row("Consulta en línea del estado de los juicios.", "Consulta en línea", "Dirección del servicio")),
        pal.regular(3, "Elevar la confianza en las policías estatal y municipales", "pr-mor-03", SEGURIDAD, COPARMEX,
            "16.1", "La confianza ciudadana en las policías es baja.",
            "Publicar información del desempeño policial y abrir su evaluación ciudadana.", 2,
            row("Publicar indicadores de desempeño policial.", "Indicadores publicados", "Conjunto de datos"),
            row("Encuesta ciudadana de confianza policial.", "Resultados de la encuesta", "Informe publicado"),
            row("Mesas de seguimiento con la ciudadanía.", "Minutas de seguimiento", "Minutas publicadas")),
        pal.regular(4, "Transparencia del destino de la recaudación fiscal", "pr-mor-04", HACIENDA, COPARMEX, "16.6",
            "La ciudadanía no sabe en qué se gastan los impuestos estatales.",
            "Publicar en formatos abiertos el destino de la recaudación fiscal estatal.", 3,
            row("Publicar la recaudación por impuesto.", "Datos de recaudación", "Conjunto de datos"),
            row("Publicar el destino de la recaudación por programa.", "Datos de destino del gasto",
                "Conjunto de datos"),
            row("Informe ciudadano de ingresos y gasto.", "Informe ciudadano", "Informe publicado")),
        pal.regular(5, "Promover el derecho de acceso a la información y el gobierno abierto", "pr-mor-05", EDUCACION,
            COPARMEX, "16.10", "El derecho de acceso a la información es poco conocido y poco ejercido.",
            "Promover el derecho de acceso a la información y el gobierno abierto entre estudiantes y docentes.", 3,
            row("Materiales didácticos sobre acceso a la información.", "Materiales publicados", "Portal del IMIPE"),
            row("Talleres en escuelas.", "Memoria de talleres", "Listas de asistencia"),
            row("Concurso estatal de solicitudes de información.", "Resultados del concurso", "Acta del jurado")),
        pal.regular(6, "Sigue el dinero del programa Beca Salario", "pr-mor-06", EDUCACION, COPARMEX, "4.1",
            "No hay seguimiento público del ejercicio de los recursos del programa Beca Salario.",
            "Publicar padrones, montos y pagos del programa Beca Salario para su seguimiento ciudadano.", 3,
            row("Publicar el padrón de beneficiarios en datos abiertos.", "Padrón publicado", "Conjunto de datos"),
            row("Publicar los pagos por periodo.", "Pagos publicados", "Conjunto de datos"),
            row("Informe de seguimiento ciudadano.", "Informe publicado", "Informe en el portal")),
        pal.proactive(7, "Monitoreo ciudadano de la Agenda Mínima Ciudadana de las candidaturas", "pr-mor-07", TRIBUNAL,
            COPARMEX, "16.7", "Los compromisos de campaña no tienen seguimiento.",
            "Monitorear y publicar el cumplimiento de la Agenda Mínima Ciudadana.", 2,
            row("Publicar la Agenda Mínima Ciudadana firmada.", "Agenda publicada", "Documento en el portal"),
            row("Tablero de seguimiento de la agenda.", "Tablero en línea", "Dirección del tablero")),
        pal.proactive(8,
            "Información sobre la rehabilitación de la línea férrea (km 43 a 123) y la estación multimodal",
            "pr-mor-08", OBRAS, COPARMEX, "9.1",
            "La población no conoce avances, costos ni impactos de las obras ferroviarias.",
            "Publicar de forma proactiva la información de las obras ferroviarias.", 2,
            row("Publicar el expediente técnico de la obra.", "Expediente publicado", "Documento en el portal"),
            row("Publicar avances físicos y financieros trimestrales.", "Reportes de avance", "Conjunto de datos")));

    pal.reportsBy(IMIPE, ReportAuthorRole.GUARANTOR)
        .report(LocalDate.of(2016, 2, 29), LocalDate.of(2016, 3, 15), "2016-1")
        .report(LocalDate.of(2016, 8, 31), LocalDate.of(2016, 9, 9), "2016-2")
        .report(PERIOD_END, LocalDate.of(2016, 10, 14), "2016-3");
    LocalActionPlan plan = pal.plan("Plan de Acción Local de Gobierno Abierto de Morelos 2015-2016", stl, PUBLISHED,
        "pal-2015.pdf", commitments)
        .sections(Kit.sections("Morelos abre un espacio de cocreación entre su gobierno, su organismo garante y "
                + "la sociedad civil.", "Participan el IMIPE, el Tribunal Electoral, la Secretaría de Hacienda, "
                + "COPARMEX Morelos, colegios de profesionistas, medios de comunicación y el INAI.",
            List.of(IMIPE, TRIBUNAL, HACIENDA, COPARMEX, INAI),
            "Un asiento de sociedad civil, dos de gobierno y uno del IMIPE, con una facilitadora de la UAEM.",
            "Mesas de demandas ciudadanas (mayo y agosto de 2015), una mesa tecnológica y una mesa de oferta "
                + "institucional que respondió a las demandas."))
        .crossCuttingReview(EnumSet.of(CrossCuttingTheme.BUDGET_EXECUTION, CrossCuttingTheme.GENDER))
        .coCreation(coCreation.build())
        .build();

    JointDeclaration declaration = Kit.declaration("mor", WEB, DECLARED,
        "Implementar acciones de gobierno abierto en Morelos.", Kit.signatory(people.get(0), Sector.GOVERNMENT),
        Kit.signatory(people.get(1), Sector.CIVIL_SOCIETY), Kit.signatory(people.get(2), Sector.GUARANTOR_BODY));
    return Kit.exercise(ID, "Morelos 2015", WEB, AS_OF)
        .description("Ejemplo construido con datos públicos (INAI): reuniones introductorias de febrero de 2015, "
            + "fecha de la Declaración Conjunta, integración del STL, facilitadora y fecha de instalación, fechas y "
            + "temas de las mesas de demandas y de la mesa de oferta, fecha de publicación del PAL y títulos de sus "
            + "seis compromisos y dos proactivos. Son ilustrativos: personas (salvo la facilitadora), firmantes, "
            + "forma de selección de los asientos, suplentes, reglas y sesiones del STL, la mesa tecnológica y su "
            + "fecha, propuestas, instituciones responsables, hitos, indicadores, presupuestos, reportes de avance, "
            + "periodo del plan y direcciones web. / Example built from public data (INAI): the introductory "
            + "meetings of February 2015, the date of the Joint Declaration, the STL's composition, facilitator and "
            + "installation date, the dates and themes of the demand tables and the supply table, the PAL's "
            + "publication date and the titles of its six regular and two proactive commitments. Illustrative: "
            + "people (except the facilitator), signatories, how seats were filled, alternates, STL rules and "
            + "sessions, the technology table and its date, proposals, responsible institutions, milestones, "
            + "indicators, budgets, progress reports, the plan's period and web addresses.")
        .jurisdiction(Kit.state("MX-MOR", "Morelos", "17"))
        .guarantorBodyId(IMIPE)
        .organizations(List.of(
            Kit.guarantor(IMIPE, "Instituto Morelense de Información Pública y Estadística", "IMIPE"),
            Kit.inai(),
            Kit.government(GOBIERNO, "Gobierno del Estado de Morelos", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(TRIBUNAL, "Tribunal Electoral del Estado de Morelos", GovernmentBranch.AUTONOMOUS,
                OrderOfGovernment.STATE),
            Kit.government(HACIENDA, "Secretaría de Hacienda del Gobierno del Estado de Morelos",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(SUSTENTABLE, "Secretaría de Desarrollo Sustentable del Gobierno del Estado de Morelos",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(SEGURIDAD, "Comisión Estatal de Seguridad Pública de Morelos", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(EDUCACION, "Secretaría de Educación del Gobierno del Estado de Morelos",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(OBRAS, "Secretaría de Obras Públicas del Gobierno del Estado de Morelos",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.cso(COPARMEX, "Confederación Patronal de la República Mexicana, Centro Empresarial de Morelos",
                "COPARMEX Morelos", CsoType.BUSINESS),
            Kit.academia(UAEM, "Universidad Autónoma del Estado de Morelos", "UAEM"),
            Kit.cso(COLEGIOS, "Colegios de profesionistas de Morelos (participación colectiva en las mesas)", null,
                CsoType.PROFESSIONAL_COLLEGE),
            Organization.builder().id(MEDIOS).name("Medios de comunicación de Morelos "
                + "(participación colectiva en las mesas)").sector(Sector.MEDIA).build()))
        .people(people)
        .addPublicCall(coCreation.call())
        .addDeclaration(declaration)
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.WITNESS, DECLARED,
            "El INAI atestigua la firma de la Declaración Conjunta."))
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.ADVISORY, LocalDate.of(2015, 8, 24),
            "Acompañamiento de la mesa de oferta."))
        .addAwarenessEvent(Kit.event("ev-mor-1", "Reuniones introductorias con instituciones",
            LocalDate.of(2015, 2, 18), "Cuernavaca", EventFormat.WORKSHOP,
            EnumSet.of(Audience.PUBLIC_SERVANTS, Audience.SENIOR_OFFICIALS), null, IMIPE))
        .addAwarenessEvent(Kit.event("ev-mor-2", "Foro de gobierno abierto con sociedad civil",
            LocalDate.of(2015, 3, 27), "Cuernavaca", EventFormat.FORUM,
            EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC, Audience.JOURNALISTS), 120, IMIPE, INAI))
        .addAwarenessEvent(Kit.event("ev-mor-3", "Jornada de socialización en municipios", LocalDate.of(2015, 6, 12),
            "Cuautla", EventFormat.JOURNEY, EnumSet.of(Audience.MUNICIPALITIES, Audience.GENERAL_PUBLIC), 80, IMIPE))
        .addStl(stl)
        .addPlan(plan)
        .status(ExerciseStatus.PAL_CLOSING)
        .repository(Kit.repository(WEB, declaration, stl, plan,
            coCreation.responsesReport("Respuestas de la mesa de oferta"), "Plan de Acción Local 2015"))
        .build();
  }
}
