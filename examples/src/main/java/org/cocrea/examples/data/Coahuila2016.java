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
 * Coahuila 2016: the state exercise led by the ICAI, whose STL (installed on 28 September 2015, with the facilitator
 * formalised at installation) seated Alianza Cívica Coahuila and four regional links that the civil-society nucleus
 * requested, one government body and the guarantor body; five regional tables in five cities in November 2015 led to
 * the PAL of six regular commitments and one proactive, published on 4 August 2016 (methodology section 5).
 *
 * <pre>{@code
 * LocalExercise coahuila = Coahuila2016.exercise();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Coahuila2016 {

  /** The exercise's identifier. */
  public static final String ID = "mx-coa-2016";
  /** The date the example's data is cut: nothing recorded happens after it. */
  public static final LocalDate AS_OF = LocalDate.of(2017, 10, 31);

  private static final String WEB = "https://coahuila.cocrea.example";
  private static final LocalDate DECLARED = LocalDate.of(2015, 3, 9);
  private static final LocalDate INSTALLED = LocalDate.of(2015, 9, 28);
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 8, 4);
  private static final LocalDate PERIOD_START = LocalDate.of(2016, 8, 15);
  private static final LocalDate PERIOD_END = LocalDate.of(2017, 8, 14);

  private static final String ICAI = "org-icai";
  private static final String FISCALIZACION = "org-coa-sefircoah";
  private static final String GOBIERNO = "org-coa-gobierno";
  private static final String FINANZAS = "org-coa-finanzas";
  private static final String DIPETRE = "org-coa-dipetre";
  private static final String SEGURIDAD = "org-coa-seguridad";
  private static final String CEAS = "org-coa-ceas";
  private static final String AMBIENTE = "org-coa-sma";
  private static final String ALIANZA = "org-coa-alianza-civica";
  private static final String CCI = "org-coa-consejo-civico";
  private static final String CANACO = "org-coa-canaco";
  private static final String ECOLOGICO = "org-coa-consejo-ecologico";
  private static final String SAN_RODRIGO = "org-coa-amigos-san-rodrigo";
  private static final String UADEC = "org-coa-uadec";

  private Coahuila2016() {}

  /**
   * The Coahuila 2016 exercise.
   *
   * @return the exercise, never null; equal on every call
   */
  public static LocalExercise exercise() {
    List<Person> people = List.of(
        Kit.officer("p-coa-ejecutivo", GOBIERNO, "Titular del Poder Ejecutivo del Estado de Coahuila", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-coa-alianza", ALIANZA, "Coordinación de Alianza Cívica Coahuila", false, null),
        Kit.officer("p-coa-icai", ICAI, "Consejera o consejero presidente del ICAI", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-coa-sefircoah", FISCALIZACION, "Titular de la Secretaría de Fiscalización y Rendición de "
            + "Cuentas", true, Seniority.HEAD_OF_INSTITUTION),
        Kit.named("p-coa-pimentel", "Jesús Pimentel Martínez", UADEC, "Académico; facilitador del STL", false));

    LocalDate nucleus = LocalDate.of(2015, 10, 23);
    Secretariat secretariat = new Secretariat("coa", WEB, INSTALLED)
        .seat(ICAI, "p-coa-icai", Sector.GUARANTOR_BODY, StlRole.TECHNICAL_SECRETARIAT)
        .seat(FISCALIZACION, "p-coa-sefircoah", Sector.GOVERNMENT, StlRole.CHAIR)
        .seat(ALIANZA, "p-coa-alianza", Sector.CIVIL_SOCIETY, StlRole.CO_CHAIR)
        .regionalLink(CCI, "Laguna")
        .regionalLink(CANACO, "Centro")
        .regionalLink(ECOLOGICO, "Carbonífera")
        .regionalLink(SAN_RODRIGO, "Norte")
        .facilitator(UADEC, "p-coa-pimentel", Sector.ACADEMIA, INSTALLED)
        .installation(List.of("Instalación del Secretariado Técnico Local", "Designación del facilitador"),
            agreement("r-coa-00", ResolutionKind.OTHER, "Se instala el STL y se formaliza la designación del "
                + "facilitador."))
        .ordinary(nucleus, List.of("Lineamientos de operación", "Ratificación de enlaces regionales",
                "Ruta de mesas regionales"),
            agreement("r-coa-01", ResolutionKind.RULES_APPROVAL, "Se aprueban los lineamientos de operación."),
            agreement("r-coa-02", ResolutionKind.OTHER, "Se ratifican los cuatro enlaces regionales designados por "
                + "el núcleo de organizaciones de la sociedad civil."))
        .followUps(LocalDate.of(2016, 1, 22), LocalDate.of(2016, 4, 22))
        .extraordinary(LocalDate.of(2016, 7, 15), List.of("Aprobación del Plan de Acción Local"),
            agreement("r-coa-03", ResolutionKind.PAL_APPROVAL, "Se aprueba el Plan de Acción Local de Coahuila."))
        .followUps(LocalDate.of(2016, 10, 21), LocalDate.of(2017, 1, 20), LocalDate.of(2017, 4, 21),
            LocalDate.of(2017, 7, 21), LocalDate.of(2017, 10, 20))
        .quorum(4)
        .model(RepresentationModel.REGIONAL_LINKS)
        .act("Saltillo, Coah.", Kit.signatory(people.get(2), Sector.GUARANTOR_BODY),
            Kit.signatory(people.get(3), Sector.GOVERNMENT), Kit.signatory(people.get(1), Sector.CIVIL_SOCIETY));
    LocalTechnicalSecretariat stl = secretariat.build();

    CoCreation coCreation = new CoCreation("coa", WEB, secretariat.organizationIds())
        .call(LocalDate.of(2015, 10, 26), LocalDate.of(2015, 11, 6), "convocatoria.pdf", "Abierta a la ciudadanía "
                + "y organizaciones de las cinco regiones del estado.", Channel.WEB, Channel.PRESS,
            Channel.SOCIAL_MEDIA)
        .responses(PUBLISHED, "respuestas-razonadas.pdf")
        .table("t-coa-1", TableKind.REGIONAL, "Región Sureste", LocalDate.of(2015, 11, 9), "Saltillo",
            "Universidad Autónoma de Coahuila", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, ICAI, FISCALIZACION,
            ALIANZA, UADEC, FINANZAS, DIPETRE)
        .table("t-coa-2", TableKind.REGIONAL, "Región Laguna", LocalDate.of(2015, 11, 12), "Torreón",
            "Sede regional del ICAI", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, ICAI, FISCALIZACION, CCI, ALIANZA,
            SEGURIDAD)
        .table("t-coa-3", TableKind.REGIONAL, "Región Centro", LocalDate.of(2015, 11, 17), "Monclova",
            "Cámara de comercio de Monclova", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, ICAI, CANACO, ALIANZA, CEAS)
        .table("t-coa-4", TableKind.REGIONAL, "Región Carbonífera", LocalDate.of(2015, 11, 20), "Sabinas",
            "Presidencia municipal de Sabinas", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, ICAI, ECOLOGICO, ALIANZA,
            AMBIENTE)
        .table("t-coa-5", TableKind.REGIONAL, "Región Norte", LocalDate.of(2015, 11, 24), "Piedras Negras",
            "Presidencia municipal de Piedras Negras", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, ICAI, SAN_RODRIGO,
            ALIANZA, AMBIENTE)
        .adopted("pr-coa-01", "t-coa-1", ALIANZA, Sector.CIVIL_SOCIETY, "La deuda pública del estado no se conoce en "
                + "detalle.", "Un informe de la deuda en formatos abiertos.")
        .adopted("pr-coa-02", "t-coa-1", UADEC, Sector.ACADEMIA, "Los fondos de pensiones del magisterio no rinden "
                + "cuentas.", "Seguimiento público de los fondos de la DIPETRE.")
        .adopted("pr-coa-03", "t-coa-2", CCI, Sector.CIVIL_SOCIETY, "No se sabe cómo se gastan los fondos federales de "
                + "seguridad.", "Informe público de FORTASEG y SUBSEMUN.")
        .adopted("pr-coa-04", "t-coa-3", CANACO, Sector.CIVIL_SOCIETY, "Los organismos operadores de agua no informan "
                + "sobre calidad y cobertura.", "Información sobre el derecho humano al agua y al saneamiento.")
        .adopted("pr-coa-05", "t-coa-4", ECOLOGICO, Sector.CIVIL_SOCIETY, "Las descargas de aguas residuales "
                + "contaminan el río Sabinas.", "Publicar datos de las descargas al río Sabinas.")
        .adopted("pr-coa-06", "t-coa-5", SAN_RODRIGO, Sector.CIVIL_SOCIETY, "La extracción de materiales depreda el "
                + "río San Rodrigo.", "Frenar la depredación del río con información y vigilancia ciudadana.")
        .adopted("pr-coa-07", "t-coa-4", ECOLOGICO, Sector.CIVIL_SOCIETY, "No hay información sobre proyectos de gas "
                + "de lutitas en la región.", "Publicar la información de los proyectos de fracturación hidráulica.")
        .proposal("pr-coa-08", "t-coa-2", CCI, Sector.CIVIL_SOCIETY, "La calidad del aire en La Laguna no se mide de "
                + "forma continua.", "Red de monitoreo atmosférico con datos abiertos.", Disposition.DEFERRED,
            "La red de monitoreo requiere recursos no previstos en el presupuesto de 2016; se propondrá para el "
                + "siguiente plan.");

    ActionPlan pal = new ActionPlan("coa", 2016, WEB, PERIOD_START, PERIOD_END, AS_OF);
    List<Commitment> commitments = List.of(
        pal.regular(1, "Informe de la deuda pública en formatos abiertos", "pr-coa-01", FINANZAS, ALIANZA, "17.4",
            "La información de la deuda pública es escasa y no se publica en formatos abiertos.",
            "Publicar un informe periódico de la deuda pública en formatos abiertos.", 3,
            row("Publicar el saldo y las condiciones de cada crédito.", "Datos de la deuda", "Conjunto de datos"),
            row("Publicar el destino de los recursos de la deuda.", "Datos de destino", "Conjunto de datos"),
            row("Informe ciudadano de la deuda.", "Informe publicado", "Informe en el portal")),
        pal.regular(2, "Seguimiento de los fondos de pensiones de la DIPETRE", "pr-coa-02", DIPETRE, ALIANZA, "1.3",
            "Los trabajadores de la educación no conocen el estado de sus fondos de pensiones.",
            "Publicar el estado financiero de los fondos de pensiones para su seguimiento.", 2,
            row("Publicar los estados financieros de los fondos.", "Estados financieros publicados",
                "Documento en el portal"),
            row("Publicar la valuación actuarial.", "Valuación publicada", "Documento en el portal"),
            row("Mesa de seguimiento con el magisterio.", "Minuta de la mesa", "Minuta publicada")),
        pal.regular(3, "Informe de los fondos de seguridad FORTASEG y SUBSEMUN", "pr-coa-03", SEGURIDAD, CCI, "16.1",
            "No se sabe cómo se ejercen los fondos federales de seguridad en los municipios.",
            "Publicar un informe del ejercicio de FORTASEG y SUBSEMUN por municipio.", 3,
            row("Publicar las asignaciones por municipio.", "Asignaciones publicadas", "Conjunto de datos"),
            row("Publicar el ejercicio por rubro.", "Ejercicio publicado", "Conjunto de datos"),
            row("Informe anual de resultados.", "Informe publicado", "Informe en el portal")),
        pal.regular(4, "Derecho humano al agua y al saneamiento en los organismos operadores municipales", "pr-coa-04",
            CEAS, CANACO, "6.1", "Los organismos operadores no informan sobre calidad, cobertura y tarifas del agua.",
            "Publicar indicadores de calidad, cobertura y tarifas de los organismos operadores.", 3,
            row("Catálogo de indicadores acordado con la sociedad civil.", "Catálogo publicado", "Documento publicado"),
            row("Publicación trimestral de indicadores.", "Indicadores publicados", "Conjunto de datos"),
            row("Informe anual por organismo operador.", "Informe publicado", "Informe en el portal")),
        pal.regular(5, "Datos sobre las aguas residuales vertidas al río Sabinas", "pr-coa-05", AMBIENTE, ECOLOGICO,
            "6.3", "Las descargas de aguas residuales contaminan el río Sabinas sin que se conozca su origen.",
            "Publicar los datos de las descargas de aguas residuales al río Sabinas.", 3,
            row("Inventario de descargas.", "Inventario publicado", "Conjunto de datos"),
            row("Muestreo de calidad del agua.", "Resultados del muestreo", "Informe publicado"),
            row("Informe público de resultados.", "Informe publicado", "Informe en el portal")),
        pal.regular(6, "Frenar la depredación del río San Rodrigo", "pr-coa-06", AMBIENTE, SAN_RODRIGO, "6.6",
            "La extracción de materiales pétreos depreda el cauce del río San Rodrigo.",
            "Frenar la depredación del río con información pública y vigilancia ciudadana.", 2,
            row("Publicar los permisos de extracción vigentes.", "Permisos publicados", "Conjunto de datos"),
            row("Recorridos de vigilancia ciudadana.", "Informes de recorridos", "Informes publicados"),
            row("Informe de acciones de inspección.", "Informe publicado", "Informe en el portal")),
        pal.proactive(7, "Información sobre proyectos de gas de lutitas (fracturación hidráulica)", "pr-coa-07",
            AMBIENTE, ECOLOGICO, "6.3",
            "La población no tiene información sobre los proyectos de gas de lutitas y sus riesgos.",
            "Publicar de forma proactiva la información de los proyectos de gas de lutitas.", 2,
            row("Micrositio con la información disponible.", "Micrositio en línea", "Dirección del micrositio"),
            row("Foros informativos en la región Carbonífera.", "Memoria de los foros", "Listas de asistencia")));

    pal.reportsBy(ICAI, ReportAuthorRole.STL)
        .report(LocalDate.of(2017, 1, 31), LocalDate.of(2017, 2, 14), "2017-1")
        .report(PERIOD_END, LocalDate.of(2017, 8, 11), "2017-2");
    LocalActionPlan plan = pal.plan("Plan de Acción Local de Gobierno Abierto de Coahuila 2016-2017", stl, PUBLISHED,
        "pal-2016.pdf", commitments)
        .sections(Kit.sections("Coahuila organiza su ejercicio por regiones, con enlaces regionales de la sociedad "
                + "civil.", "Participan el ICAI, la Secretaría de Fiscalización y Rendición de Cuentas, Alianza "
                + "Cívica Coahuila, los enlaces regionales y el INAI.",
            List.of(ICAI, FISCALIZACION, ALIANZA, CCI, CANACO, ECOLOGICO, SAN_RODRIGO, INAI),
            "Un asiento de gobierno, cinco de sociedad civil (cuatro enlaces regionales) y uno del ICAI, con un "
                + "facilitador de la UAdeC.",
            "Cinco mesas regionales en noviembre de 2015 en Saltillo, Torreón, Monclova, Sabinas y Piedras Negras."))
        .crossCuttingReview(EnumSet.of(CrossCuttingTheme.BUDGET_EXECUTION, CrossCuttingTheme.AGENDA_2030))
        .coCreation(coCreation.build())
        .build();

    JointDeclaration declaration = Kit.declaration("coa", WEB, DECLARED,
        "Implementar acciones de gobierno abierto en Coahuila.", Kit.signatory(people.get(0), Sector.GOVERNMENT),
        Kit.signatory(people.get(1), Sector.CIVIL_SOCIETY), Kit.signatory(people.get(2), Sector.GUARANTOR_BODY));
    return Kit.exercise(ID, "Coahuila 2016", WEB, AS_OF)
        .description("Ejemplo construido con datos públicos (INAI): fecha de la Declaración Conjunta, integración "
            + "del STL con Alianza Cívica Coahuila y cuatro enlaces regionales solicitados por el núcleo de "
            + "organizaciones, facilitador formalizado en la instalación y fecha de instalación, cinco mesas "
            + "regionales de noviembre de 2015, fecha de publicación del PAL y títulos de sus seis compromisos y uno "
            + "proactivo. Son ilustrativos: personas (salvo el facilitador), firmantes, regiones de cada enlace, "
            + "días y sedes de las mesas, suplentes, reglas y sesiones del STL, propuestas, instituciones "
            + "responsables, hitos, indicadores, presupuestos, reportes de avance, periodo del plan y direcciones "
            + "web. / Example built from public data (INAI): the date of the Joint Declaration, the STL's "
            + "composition with Alianza Cívica Coahuila and four regional links requested by the civil-society "
            + "nucleus, the facilitator formalised at installation and the installation date, five regional tables "
            + "in November 2015, the PAL's publication date and the titles of its six regular and one proactive "
            + "commitments. Illustrative: people (except the facilitator), signatories, each link's region, the "
            + "tables' days and venues, alternates, STL rules and sessions, proposals, responsible institutions, "
            + "milestones, indicators, budgets, progress reports, the plan's period and web addresses.")
        .jurisdiction(Kit.state("MX-COA", "Coahuila", "05"))
        .guarantorBodyId(ICAI)
        .organizations(List.of(
            Kit.guarantor(ICAI, "Instituto Coahuilense de Acceso a la Información Pública", "ICAI"),
            Kit.inai(),
            Kit.government(GOBIERNO, "Gobierno del Estado de Coahuila de Zaragoza", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(FISCALIZACION, "Secretaría de Fiscalización y Rendición de Cuentas de Coahuila",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(FINANZAS, "Secretaría de Finanzas de Coahuila", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(DIPETRE, "Dirección de Pensiones de los Trabajadores de la Educación de Coahuila",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(SEGURIDAD, "Secretaría de Seguridad Pública de Coahuila", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(CEAS, "Comisión Estatal de Aguas y Saneamiento de Coahuila", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(AMBIENTE, "Secretaría de Medio Ambiente de Coahuila", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.cso(ALIANZA, "Alianza Cívica Coahuila", null, CsoType.ADVOCACY),
            regionalOrg(Kit.cso(CCI, "Consejo Cívico de las Instituciones", null, CsoType.ADVOCACY), "Laguna"),
            regionalOrg(Kit.cso(CANACO, "Cámara Nacional de Comercio, Servicios y Turismo", "CANACO",
                CsoType.BUSINESS), "Centro"),
            regionalOrg(Kit.cso(ECOLOGICO, "Consejo Ecológico Región Carbonífera", null, CsoType.COMMUNITY),
                "Carbonífera"),
            regionalOrg(Kit.cso(SAN_RODRIGO, "Amigos del Río San Rodrigo", null, CsoType.COMMUNITY), "Norte"),
            Kit.academia(UADEC, "Universidad Autónoma de Coahuila", "UAdeC")))
        .people(people)
        .addPublicCall(coCreation.call())
        .addDeclaration(declaration)
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.WITNESS, DECLARED,
            "El INAI atestigua la firma de la Declaración Conjunta."))
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.ADVISORY, LocalDate.of(2015, 11, 9),
            "Acompañamiento de las mesas regionales."))
        .addAwarenessEvent(Kit.event("ev-coa-1", "Foro de gobierno abierto con organizaciones",
            LocalDate.of(2015, 5, 21), "Saltillo", EventFormat.FORUM, EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC),
            110, ICAI))
        .addAwarenessEvent(Kit.event("ev-coa-2", "Capacitación a sujetos obligados", LocalDate.of(2015, 6, 18),
            "Saltillo", EventFormat.TRAINING, EnumSet.of(Audience.PUBLIC_SERVANTS, Audience.MUNICIPALITIES), 90, ICAI,
            INAI))
        .addAwarenessEvent(Kit.event("ev-coa-3", "Jornadas regionales de socialización", LocalDate.of(2015, 8, 13),
            "Torreón", EventFormat.JOURNEY, EnumSet.of(Audience.CSO, Audience.MUNICIPALITIES, Audience.JOURNALISTS),
            140, ICAI))
        .addStl(stl)
        .addPlan(plan)
        .status(ExerciseStatus.PAL_CLOSING)
        .repository(Kit.repository(WEB, declaration, stl, plan,
            coCreation.tablesReport("Relatorías de las mesas regionales", LocalDate.of(2015, 12, 11)),
            "Plan de Acción Local 2016-2017"))
        .build();
  }

  private static Organization regionalOrg(Organization organization, String region) {
    return Organization.builder().from(organization).region(region).build();
  }
}
