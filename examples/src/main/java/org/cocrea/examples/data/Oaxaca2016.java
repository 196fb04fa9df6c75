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
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.DiagnosticKind;
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
 * Oaxaca 2016: the state exercise led by the guarantor body of Oaxaca, whose STL (installed on 7 April 2015, with
 * the facilitator designated in the act) seated two civil-society organisations, two government transparency units
 * and the guarantor body; a forum on 4 July 2015 and a citizen consultation in July fed four thematic tables on 18
 * August 2015 and a fifth on 25 August (review of Prospera); the PAL of five regular commitments and one proactive
 * was published on 19 May 2016 (methodology section 5).
 *
 * <pre>{@code
 * LocalExercise oaxaca = Oaxaca2016.exercise();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Oaxaca2016 {

  /** The exercise's identifier. */
  public static final String ID = "mx-oax-2016";
  /** The date the example's data is cut: nothing recorded happens after it. */
  public static final LocalDate AS_OF = LocalDate.of(2017, 7, 31);

  private static final String WEB = "https://oaxaca.cocrea.example";
  private static final LocalDate DECLARED = LocalDate.of(2015, 3, 9);
  private static final LocalDate INSTALLED = LocalDate.of(2015, 4, 7);
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 5, 19);
  private static final LocalDate PERIOD_START = LocalDate.of(2016, 6, 1);
  private static final LocalDate PERIOD_END = LocalDate.of(2017, 5, 31);

  private static final String IAIP = "org-iaip-oax";
  private static final String SUBSECRETARIA = "org-oax-subsecretaria-transparencia";
  private static final String MUNICIPAL = "org-oax-coordinacion-transparencia";
  private static final String AYTO = "org-oax-ayuntamiento";
  private static final String EDUCACION = "org-oax-ieepo";
  private static final String DIF = "org-oax-dif";
  private static final String PLANEACION = "org-oax-planeacion";
  private static final String KANDA = "org-oax-kanda";
  private static final String CONSEJO = "org-oax-consejo-colaboracion";
  private static final String COMUNITARIAS = "org-oax-organizaciones-comunitarias";

  private Oaxaca2016() {}

  /**
   * The Oaxaca 2016 exercise.
   *
   * @return the exercise, never null; equal on every call
   */
  public static LocalExercise exercise() {
    List<Person> people = List.of(
        Kit.officer("p-oax-ejecutivo", SUBSECRETARIA, "Titular de la Secretaría de la Contraloría y Transparencia "
            + "Gubernamental", true, Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-oax-kanda", KANDA, "Dirección de Solidaridad Internacional Kanda", false, null),
        Kit.officer("p-oax-iaip", IAIP, "Comisionada o comisionado presidente del organismo garante", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-oax-subsecretaria", SUBSECRETARIA, "Titular de la Subsecretaría de Transparencia", true,
            Seniority.SENIOR),
        Kit.officer("p-oax-municipal", MUNICIPAL, "Titular de la Coordinación de Transparencia municipal", true,
            Seniority.SENIOR),
        Kit.officer("p-oax-consejo", CONSEJO, "Presidencia del Consejo de Colaboración Municipal", false, null),
        Person.builder().id("p-oax-sanchez").name("Arantxa Sánchez López").position("Facilitadora del STL")
            .publicServant(false).build());

    Secretariat secretariat = new Secretariat("oax", WEB, INSTALLED)
        .seat(IAIP, "p-oax-iaip", Sector.GUARANTOR_BODY, StlRole.TECHNICAL_SECRETARIAT)
        .seat(SUBSECRETARIA, "p-oax-subsecretaria", Sector.GOVERNMENT, StlRole.CHAIR)
        .seat(MUNICIPAL, "p-oax-municipal", Sector.GOVERNMENT, StlRole.MEMBER)
        .seat(KANDA, "p-oax-kanda", Sector.CIVIL_SOCIETY, StlRole.CO_CHAIR)
        .seat(CONSEJO, "p-oax-consejo", Sector.CIVIL_SOCIETY, StlRole.MEMBER)
        .facilitator("p-oax-sanchez", INSTALLED)
        .installation(List.of("Instalación del Secretariado Técnico Local", "Designación de la facilitadora"),
            agreement("r-oax-00", ResolutionKind.OTHER, "Se instala el STL y se designa a la facilitadora en el acta "
                + "de instalación."))
        .ordinary(LocalDate.of(2015, 5, 15), List.of("Lineamientos de operación", "Ruta de consulta y mesas"),
            agreement("r-oax-01", ResolutionKind.RULES_APPROVAL, "Se aprueban los lineamientos de operación."))
        .followUps(LocalDate.of(2015, 8, 7), LocalDate.of(2015, 11, 13), LocalDate.of(2016, 2, 12))
        .extraordinary(LocalDate.of(2016, 5, 6), List.of("Aprobación del Plan de Acción Local"),
            agreement("r-oax-02", ResolutionKind.PAL_APPROVAL, "Se aprueba el Plan de Acción Local de Oaxaca."))
        .followUps(LocalDate.of(2016, 8, 12), LocalDate.of(2016, 11, 11), LocalDate.of(2017, 2, 10),
            LocalDate.of(2017, 5, 12), LocalDate.of(2017, 7, 14))
        .quorum(3)
        .model(RepresentationModel.TRIPARTITE)
        .act("Oaxaca de Juárez, Oax.", Kit.signatory(people.get(2), Sector.GUARANTOR_BODY),
            Kit.signatory(people.get(3), Sector.GOVERNMENT), Kit.signatory(people.get(4), Sector.GOVERNMENT),
            Kit.signatory(people.get(1), Sector.CIVIL_SOCIETY), Kit.signatory(people.get(5), Sector.CIVIL_SOCIETY));
    LocalTechnicalSecretariat stl = secretariat.build();

    LocalDate first = LocalDate.of(2015, 8, 18);
    CoCreation coCreation = new CoCreation("oax", WEB, secretariat.organizationIds())
        .call(LocalDate.of(2015, 7, 27), LocalDate.of(2015, 8, 14), "convocatoria.pdf", "Abierta a la ciudadanía, "
                + "organizaciones sociales y comunitarias de Oaxaca.", Channel.WEB, Channel.SOCIAL_MEDIA,
            Channel.IN_PERSON)
        .responses(PUBLISHED, "respuestas-razonadas.pdf")
        .diagnostic(DiagnosticInput.builder().id("d-oax-1").kind(DiagnosticKind.CITIZEN_CONSULTATION)
            .technique(Technique.SURVEY).date(LocalDate.of(2015, 7, 20))
            .description("Consulta ciudadana sobre problemas públicos prioritarios.").participants(600)
            .reportUrl(WEB + "/consulta-ciudadana.pdf").build())
        .table("t-oax-1", TableKind.THEMATIC, "Salud", first, "Oaxaca de Juárez", "Auditorio del IAIP",
            Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IAIP, SUBSECRETARIA, KANDA, CONSEJO, COMUNITARIAS)
        .table("t-oax-2", TableKind.THEMATIC, "Desarrollo social", first, "Oaxaca de Juárez", "Auditorio del IAIP",
            Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IAIP, DIF, KANDA, CONSEJO, COMUNITARIAS)
        .table("t-oax-3", TableKind.THEMATIC, "Educación", first, "Oaxaca de Juárez", "Auditorio del IAIP",
            Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IAIP, EDUCACION, KANDA, CONSEJO)
        .table("t-oax-4", TableKind.THEMATIC, "Servicios públicos", first, "Oaxaca de Juárez", "Auditorio del IAIP",
            Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IAIP, MUNICIPAL, AYTO, CONSEJO, PLANEACION)
        .table("t-oax-5", TableKind.THEMATIC, "Revisión del programa Prospera", LocalDate.of(2015, 8, 25),
            "Oaxaca de Juárez", "Auditorio del IAIP", Iap2Level.CONSULT, Technique.FOCUS_GROUP, IAIP, SUBSECRETARIA,
            DIF, KANDA)
        .adopted("pr-oax-01", "t-oax-3", CONSEJO, Sector.CIVIL_SOCIETY, "No se sabe cuántos uniformes y útiles "
                + "gratuitos llegan a cada escuela.", "Seguir los recursos del programa de uniformes y útiles.")
        .adopted("pr-oax-02", "t-oax-4", KANDA, Sector.CIVIL_SOCIETY, "El espacio público no es accesible para "
                + "personas con discapacidad.", "Diagnóstico y obras de accesibilidad con participación de las "
                + "personas usuarias.")
        .adopted("pr-oax-03", "t-oax-2", KANDA, Sector.CIVIL_SOCIETY, "Las comunidades no participan en los comedores "
                + "comunitarios del DIF.", "Comités comunitarios en los comedores.")
        .adopted("pr-oax-04", "t-oax-4", PLANEACION, Sector.GOVERNMENT, "La información geográfica del estado está "
                + "dispersa.", "Un banco de información geográfica abierto.")
        .adopted("pr-oax-05", "t-oax-2", CONSEJO, Sector.CIVIL_SOCIETY, "Los comités de contraloría social no "
                + "registran ni publican su información.", "Un sistema de gestión de información de los comités.")
        .proposal("pr-oax-06", "t-oax-5", KANDA, Sector.CIVIL_SOCIETY, "Las reglas del programa Prospera no se conocen "
                + "en las comunidades.", "Difundir reglas y padrones de Prospera.", Disposition.MERGED,
            "Se integra al compromiso proactivo de cultura de gobierno abierto; Prospera es un programa federal.")
        .proposal("pr-oax-07", "t-oax-1", CONSEJO, Sector.CIVIL_SOCIETY, "Faltan médicos en clínicas rurales.",
            "Publicar plantillas de personal médico por clínica.", Disposition.DEFERRED, "Los Servicios de Salud no "
                + "integraron el STL en este ciclo; se propondrá para el siguiente plan.");

    ActionPlan pal = new ActionPlan("oax", 2016, WEB, PERIOD_START, PERIOD_END, AS_OF);
    List<Commitment> commitments = List.of(
        pal.regular(1, "Sigue los recursos del programa de uniformes y útiles escolares gratuitos", "pr-oax-01",
            EDUCACION, CONSEJO, "4.1", "No se sabe cuántos uniformes y útiles llegan a cada escuela ni cuánto cuestan.",
            "Publicar padrones, entregas y montos del programa para su seguimiento ciudadano.", 3,
            row("Publicar el padrón de escuelas beneficiarias.", "Padrón publicado", "Conjunto de datos"),
            row("Publicar entregas por escuela.", "Entregas publicadas", "Conjunto de datos"),
            row("Informe de seguimiento ciudadano.", "Informe publicado", "Informe en el portal")),
        pal.regular(2, "Accesibilidad del espacio público para personas con discapacidad", "pr-oax-02", AYTO, KANDA,
            "11.7", "El espacio público de la capital no es accesible para personas con discapacidad.",
            "Diagnosticar y mejorar la accesibilidad del espacio público con las personas usuarias.", 2,
            row("Diagnóstico participativo de accesibilidad.", "Diagnóstico publicado", "Documento en el portal"),
            row("Programa de adecuaciones priorizadas.", "Programa publicado", "Documento en el portal"),
            row("Informe de adecuaciones realizadas.", "Informe publicado", "Informe en el portal")),
        pal.regular(3, "Participación comunitaria en los comedores comunitarios del DIF", "pr-oax-03", DIF, KANDA,
            "2.1", "Las comunidades no participan en la operación de los comedores comunitarios.",
            "Instalar comités comunitarios y publicar la información de los comedores.", 3,
            row("Publicar la ubicación y padrón de comedores.", "Datos publicados", "Conjunto de datos"),
            row("Instalar comités comunitarios.", "Actas de los comités", "Actas publicadas"),
            row("Informe de los comités.", "Informe publicado", "Informe en el portal")),
        pal.regular(4, "Banco de Información Geográfica de Oaxaca (BIG-Oax)", "pr-oax-04", PLANEACION, CONSEJO, "17.18",
            "La información geográfica del estado está dispersa y no es abierta.",
            "Integrar y abrir un banco de información geográfica del estado.", 3,
            row("Inventario de capas de información geográfica.", "Inventario publicado", "Documento publicado"),
            row("Plataforma BIG-Oax en línea.", "Plataforma en línea", "Dirección de la plataforma"),
            row("Capacitación a usuarios de la plataforma.", "Memoria de capacitación", "Listas de asistencia")),
        pal.regular(5, "Gestión de la información de los comités de Contraloría Social", "pr-oax-05", SUBSECRETARIA,
            CONSEJO, "16.7", "Los comités de contraloría social no registran ni publican su información.",
            "Crear un sistema de gestión de la información de los comités.", 3,
            row("Lineamientos de registro de comités.", "Lineamientos publicados", "Documento publicado"),
            row("Sistema de registro en línea.", "Sistema en línea", "Dirección del sistema"),
            row("Publicación de informes de los comités.", "Informes publicados", "Portal de la Secretaría")),
        pal.proactive(6, "Cultura local de gobierno abierto", "pr-oax-06", SUBSECRETARIA, KANDA, "16.10",
            "La cultura de gobierno abierto es incipiente en el estado.",
            "Difundir el gobierno abierto y sus herramientas en municipios y comunidades.", 3,
            row("Campaña de difusión.", "Materiales de la campaña", "Materiales publicados"),
            row("Talleres regionales.", "Memoria de talleres", "Listas de asistencia"),
            row("Informe de la campaña.", "Informe publicado", "Informe en el portal")));

    pal.reportsBy(IAIP, ReportAuthorRole.STL)
        .report(LocalDate.of(2016, 10, 31), LocalDate.of(2016, 11, 15), "2016-2")
        .report(LocalDate.of(2017, 4, 30), LocalDate.of(2017, 5, 12), "2017-1")
        .report(PERIOD_END, LocalDate.of(2017, 6, 15), "2017-2");
    LocalActionPlan plan = pal.plan("Plan de Acción Local de Gobierno Abierto de Oaxaca 2016-2017", stl, PUBLISHED,
        "pal-2016.pdf", commitments)
        .sections(Kit.sections("Oaxaca, estado pluricultural, busca acercar la información pública a sus "
                + "comunidades.", "Participan el organismo garante, la Subsecretaría de Transparencia, la "
                + "Coordinación de Transparencia de Oaxaca de Juárez, organizaciones de la sociedad civil y el INAI.",
            List.of(IAIP, SUBSECRETARIA, MUNICIPAL, KANDA, CONSEJO, INAI),
            "Dos asientos de gobierno, dos de sociedad civil y uno del organismo garante, con una facilitadora.",
            "Foro del 4 de julio de 2015, consulta ciudadana de julio y cinco mesas temáticas en agosto de 2015."))
        .crossCuttingReview(EnumSet.of(CrossCuttingTheme.GENDER, CrossCuttingTheme.AGENDA_2030))
        .coCreation(coCreation.build())
        .build();

    JointDeclaration declaration = Kit.declaration("oax", WEB, DECLARED,
        "Implementar acciones de gobierno abierto en Oaxaca.", Kit.signatory(people.get(0), Sector.GOVERNMENT),
        Kit.signatory(people.get(1), Sector.CIVIL_SOCIETY), Kit.signatory(people.get(2), Sector.GUARANTOR_BODY));
    return Kit.exercise(ID, "Oaxaca 2016", WEB, AS_OF)
        .description("Ejemplo construido con datos públicos (INAI): fecha de la Declaración Conjunta, integración "
            + "del STL, facilitadora designada en la instalación y fecha de instalación, foro del 4 de julio de "
            + "2015, consulta ciudadana de julio de 2015, cuatro mesas del 18 de agosto y la quinta del 25 de "
            + "agosto de 2015 con sus temas, fecha de publicación del PAL y títulos de sus cinco compromisos y uno "
            + "proactivo. Son ilustrativos: personas (salvo la facilitadora), firmantes, forma de selección de los "
            + "asientos, suplentes, reglas y sesiones del STL, propuestas, instituciones responsables, hitos, "
            + "indicadores, presupuestos, reportes de avance, periodo del plan y direcciones web. / Example built "
            + "from public data (INAI): the date of the Joint Declaration, the STL's composition, the facilitator "
            + "designated at installation and the installation date, the forum of 4 July 2015, the citizen "
            + "consultation of July 2015, the four tables of 18 August and the fifth of 25 August 2015 with their "
            + "themes, the PAL's publication date and the titles of its five regular and one proactive "
            + "commitments. Illustrative: people (except the facilitator), signatories, how seats were filled, "
            + "alternates, STL rules and sessions, proposals, responsible institutions, milestones, indicators, "
            + "budgets, progress reports, the plan's period and web addresses.")
        .jurisdiction(Kit.state("MX-OAX", "Oaxaca", "20"))
        .guarantorBodyId(IAIP)
        .organizations(List.of(
            Kit.guarantor(IAIP, "Instituto de Acceso a la Información Pública y Protección de Datos Personales de "
                + "Oaxaca", "IAIP"),
            Kit.inai(),
            Kit.government(SUBSECRETARIA, "Subsecretaría de Transparencia de la Secretaría de la Contraloría y "
                + "Transparencia Gubernamental de Oaxaca", GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(MUNICIPAL, "Coordinación de Transparencia del H. Ayuntamiento de Oaxaca de Juárez",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.MUNICIPAL),
            Kit.government(AYTO, "H. Ayuntamiento de Oaxaca de Juárez", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.MUNICIPAL),
            Kit.government(EDUCACION, "Instituto Estatal de Educación Pública de Oaxaca", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(DIF, "Sistema para el Desarrollo Integral de la Familia del Estado de Oaxaca",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(PLANEACION, "Coordinación General del Comité Estatal de Planeación para el Desarrollo de "
                + "Oaxaca", GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.cso(KANDA, "Solidaridad Internacional Kanda A.C.", null, CsoType.ADVOCACY),
            Kit.cso(CONSEJO, "Consejo de Colaboración Municipal de Oaxaca de Juárez", null, CsoType.COMMUNITY),
            Kit.cso(COMUNITARIAS, "Organizaciones comunitarias de Oaxaca (participación colectiva en las mesas)",
                null, CsoType.COMMUNITY)))
        .people(people)
        .addPublicCall(coCreation.call())
        .addDeclaration(declaration)
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.WITNESS, DECLARED,
            "El INAI atestigua la firma de la Declaración Conjunta."))
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.ADVISORY, LocalDate.of(2015, 8, 18),
            "Acompañamiento de las mesas temáticas."))
        .addAwarenessEvent(Kit.event("ev-oax-1", "Presentación del ejercicio a organizaciones",
            LocalDate.of(2015, 3, 24), "Oaxaca de Juárez", EventFormat.FORUM,
            EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC), 90, IAIP))
        .addAwarenessEvent(Kit.event("ev-oax-2", "Taller para enlaces de transparencia", LocalDate.of(2015, 3, 31),
            "Oaxaca de Juárez", EventFormat.WORKSHOP, EnumSet.of(Audience.PUBLIC_SERVANTS, Audience.MUNICIPALITIES), 55,
            IAIP, INAI))
        .addAwarenessEvent(Kit.event("ev-oax-3", "Foro de gobierno abierto", LocalDate.of(2015, 7, 4),
            "Oaxaca de Juárez", EventFormat.FORUM,
            EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC, Audience.PUBLIC_SERVANTS), null, IAIP))
        .addStl(stl)
        .addPlan(plan)
        .status(ExerciseStatus.PAL_CLOSING)
        .repository(Kit.repository(WEB, declaration, stl, plan,
            coCreation.tablesReport("Relatorías de las mesas", LocalDate.of(2015, 9, 15)),
            "Plan de Acción Local 2016-2017"))
        .build();
  }
}
