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
 * Durango 2015-2016: the state exercise led by the IDAIP, with its STL of two government, two civil-society and two
 * guarantor-body seats (installed on 10 April 2015), eight thematic tables in May 2015 and the six commitments of the
 * PAL published on 25 August 2015 (methodology section 5).
 *
 * <pre>{@code
 * LocalExercise durango = Durango2015.exercise();
 * durango.plans().get(0).commitments().size();   // 6
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Durango2015 {

  /** The exercise's identifier. */
  public static final String ID = "mx-dur-2015";
  /** The date the example's data is cut: nothing recorded happens after it. */
  public static final LocalDate AS_OF = LocalDate.of(2016, 11, 30);

  private static final String WEB = "https://durango.cocrea.example";
  private static final LocalDate DECLARED = LocalDate.of(2015, 3, 9);
  private static final LocalDate INSTALLED = LocalDate.of(2015, 4, 10);
  private static final LocalDate PUBLISHED = LocalDate.of(2015, 8, 25);
  private static final LocalDate PERIOD_START = LocalDate.of(2015, 9, 1);
  private static final LocalDate PERIOD_END = LocalDate.of(2016, 8, 31);

  private static final String IDAIP = "org-idaip";
  private static final String AYTO = "org-dgo-ayuntamiento";
  private static final String CONTRALORIA = "org-dgo-contraloria";
  private static final String AGUA = "org-dgo-caed";
  private static final String AMBIENTE = "org-dgo-srnma";
  private static final String EDUCACION = "org-dgo-seed";
  private static final String TRABAJO = "org-dgo-stps";
  private static final String CONSEJO = "org-dgo-consejo-ciudadano";
  private static final String CCE = "org-dgo-cce";
  private static final String ARQUITECTOS = "org-dgo-cavg";
  private static final String UJED = "org-dgo-ujed";

  private Durango2015() {}

  /**
   * The Durango 2015-2016 exercise.
   *
   * @return the exercise, never null; equal on every call
   */
  public static LocalExercise exercise() {
    List<Person> people = List.of(
        Kit.officer("p-dgo-presidencia-municipal", AYTO, "Presidencia Municipal de Durango", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-dgo-consejo-presidencia", CONSEJO, "Presidencia del Consejo Ciudadano", false, null),
        Kit.officer("p-dgo-idaip-presidencia", IDAIP, "Comisionada o comisionado presidente del IDAIP", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-dgo-contralor", CONTRALORIA, "Titular de la Secretaría de Contraloría", true,
            Seniority.HEAD_OF_INSTITUTION),
        Kit.officer("p-dgo-cce-presidencia", CCE, "Presidencia del Consejo Coordinador Empresarial", false, null),
        Kit.named("p-dgo-cazarez", "Lorena Cázarez", ARQUITECTOS, "Arquitecta; facilitadora del STL", false));

    Secretariat secretariat = new Secretariat("dgo", WEB, INSTALLED)
        .seat(IDAIP, "p-dgo-idaip-presidencia", Sector.GUARANTOR_BODY, StlRole.TECHNICAL_SECRETARIAT)
        .seat(IDAIP, null, Sector.GUARANTOR_BODY, StlRole.VOCAL)
        .seat(AYTO, null, Sector.GOVERNMENT, StlRole.CHAIR)
        .seat(CONTRALORIA, "p-dgo-contralor", Sector.GOVERNMENT, StlRole.VOCAL)
        .seat(CONSEJO, "p-dgo-consejo-presidencia", Sector.CIVIL_SOCIETY, StlRole.CO_CHAIR)
        .seat(CCE, "p-dgo-cce-presidencia", Sector.CIVIL_SOCIETY, StlRole.VOCAL)
        .facilitator(ARQUITECTOS, "p-dgo-cazarez", Sector.CIVIL_SOCIETY, LocalDate.of(2015, 4, 24))
        .installation(List.of("Instalación del Secretariado Técnico Local", "Toma de protesta de sus integrantes"),
            agreement("r-dgo-00", ResolutionKind.OTHER, "Se declara instalado el Secretariado Técnico Local de "
                + "Gobierno Abierto de Durango."))
        .ordinary(LocalDate.of(2015, 4, 24), List.of("Lineamientos de operación", "Designación de la facilitadora",
                "Calendario de mesas participativas"),
            agreement("r-dgo-01", ResolutionKind.RULES_APPROVAL, "Se aprueban los lineamientos de operación del STL."),
            agreement("r-dgo-02", ResolutionKind.OTHER,
                "Se aprueba el calendario de ocho mesas temáticas para mayo de 2015."))
        .ordinary(LocalDate.of(2015, 7, 10), List.of("Relatorías de las mesas", "Propuestas de compromisos"),
            agreement("r-dgo-04", ResolutionKind.OTHER, "Se integra el proyecto de PAL con seis compromisos surgidos "
                + "de las mesas."))
        .extraordinary(LocalDate.of(2015, 8, 20), List.of("Aprobación del Plan de Acción Local 2015-2016"),
            agreement("r-dgo-03", ResolutionKind.PAL_APPROVAL,
                "Se aprueba por consenso el Plan de Acción Local de Durango 2015-2016."))
        .followUps(LocalDate.of(2015, 11, 20), LocalDate.of(2016, 2, 26), LocalDate.of(2016, 5, 27),
            LocalDate.of(2016, 9, 9), LocalDate.of(2016, 11, 25))
        .quorum(4)
        .model(RepresentationModel.WITH_VOCALIAS)
        .act("Victoria de Durango, Dgo.", Kit.signatory(people.get(2), Sector.GUARANTOR_BODY),
            Kit.signatory(people.get(0), Sector.GOVERNMENT), Kit.signatory(people.get(3), Sector.GOVERNMENT),
            Kit.signatory(people.get(1), Sector.CIVIL_SOCIETY), Kit.signatory(people.get(4), Sector.CIVIL_SOCIETY));
    LocalTechnicalSecretariat stl = secretariat.build();

    CoCreation coCreation = new CoCreation("dgo", WEB, secretariat.organizationIds())
        .call(LocalDate.of(2015, 4, 27), LocalDate.of(2015, 5, 8), "convocatoria-mesas.pdf", "Abierta a la "
                + "ciudadanía, organizaciones de la sociedad civil, academia y sector empresarial.", Channel.WEB,
            Channel.SOCIAL_MEDIA, Channel.PRESS)
        .responses(PUBLISHED, "respuestas-razonadas.pdf");
    String[][] themes = {
      {"t-dgo-1", "Seguridad pública", "2015-05-12", EDUCACION},
      {"t-dgo-2", "Servicios públicos", "2015-05-13", AYTO},
      {"t-dgo-3", "Medio ambiente", "2015-05-14", AMBIENTE},
      {"t-dgo-4", "Empleo", "2015-05-19", TRABAJO},
      {"t-dgo-5", "Transparencia y rendición de cuentas", "2015-05-20", AGUA},
      {"t-dgo-6", "Contraloría social", "2015-05-21", CONTRALORIA},
      {"t-dgo-7", "Salud", "2015-05-26", CONTRALORIA},
      {"t-dgo-8", "Educación", "2015-05-27", EDUCACION},
    };
    for (String[] t : themes) {
      coCreation.table(t[0], TableKind.THEMATIC, t[1], LocalDate.parse(t[2]), "Victoria de Durango",
          "Auditorio del IDAIP", Iap2Level.INVOLVE, Technique.NOMINAL_GROUP, IDAIP, t[3], CONSEJO, CCE, UJED);
    }
    coCreation
        .adopted("pr-dgo-01", "t-dgo-5", CONSEJO, Sector.CIVIL_SOCIETY, "La ciudadanía no puede seguir el destino de "
                + "los recursos del programa estatal Agua Limpia.", "Publicar padrones, obras y montos del programa y "
                + "acompañarlos con seguimiento ciudadano.")
        .adopted("pr-dgo-02", "t-dgo-3", UJED, Sector.ACADEMIA, "Las ladrilleras artesanales informales contaminan el "
                + "aire de la periferia de la ciudad.", "Censar las ladrilleras y acordar con los productores su "
                + "reconversión tecnológica.")
        .adopted("pr-dgo-03", "t-dgo-2", CONSEJO, Sector.CIVIL_SOCIETY, "La recolección de residuos sólidos es "
                + "irregular y no se informa a las colonias.", "Publicar rutas y horarios de recolección e impulsar la "
                + "separación de residuos.")
        .adopted("pr-dgo-04", "t-dgo-6", CONSEJO, Sector.CIVIL_SOCIETY, "Los comités de contraloría social no tienen "
                + "capacitación ni sus informes se publican.", "Capacitar a los comités y publicar sus informes.")
        .adopted("pr-dgo-05", "t-dgo-1", CCE, Sector.CIVIL_SOCIETY, "La violencia en las escuelas secundarias públicas "
                + "va en aumento.", "Un programa integral de convivencia escolar con familias y docentes.")
        .adopted("pr-dgo-06", "t-dgo-4", CCE, Sector.CIVIL_SOCIETY, "La capacitación para el empleo no responde a las "
                + "vocaciones industriales de Durango.", "Detectar necesidades de capacitación con el sector "
                + "empresarial.")
        .proposal("pr-dgo-07", "t-dgo-8", UJED, Sector.ACADEMIA, "Las escuelas no cuentan con protocolos de prevención "
                + "de la violencia.", "Protocolos de convivencia escolar en secundarias.", Disposition.MERGED,
            "Se integra al compromiso 5 (programa integral para reducir la violencia en 30 secundarias).")
        .proposal("pr-dgo-08", "t-dgo-7", CONSEJO, Sector.CIVIL_SOCIETY, "Hay desabasto de medicamentos en centros de "
                + "salud.", "Publicar el inventario de medicamentos por centro de salud.", Disposition.DEFERRED,
            "La Secretaría de Salud no integró el STL en este ciclo; la propuesta se retomará en el siguiente plan.");

    ActionPlan pal = new ActionPlan("dgo", 2015, WEB, PERIOD_START, PERIOD_END, AS_OF);
    List<Commitment> commitments = List.of(
        pal.regular(1, "Sigue los recursos del programa estatal Agua Limpia", "pr-dgo-01", AGUA, CONSEJO, "6.1",
            "La ciudadanía desconoce dónde y cómo se ejercen los recursos del programa Agua Limpia, lo que impide "
                + "vigilar la calidad del agua que recibe.",
            "Transparentar el ejercicio de los recursos del programa Agua Limpia y abrir su seguimiento ciudadano.", 3,
            row("Publicar en datos abiertos el padrón de localidades y obras del programa.",
                "Padrón de localidades y obras en formato abierto", "Conjunto de datos en el portal"),
            row("Instalar comités ciudadanos de seguimiento en localidades beneficiarias.",
                "Actas de instalación de los comités", "Actas publicadas en el repositorio"),
            row("Publicar el informe de seguimiento ciudadano del ejercicio de los recursos.",
                "Informe de seguimiento ciudadano", "Informe publicado en el portal")),
        pal.regular(2, "Reducir la contaminación de las ladrilleras artesanales informales", "pr-dgo-02", AMBIENTE, CCE,
            "11.6", "Las ladrilleras artesanales informales queman materiales contaminantes cerca de zonas habitadas.",
            "Reducir las emisiones de las ladrilleras mediante su censo, regularización y reconversión.", 2,
            row("Levantar y publicar el censo georreferenciado de ladrilleras.", "Censo georreferenciado",
                "Mapa y base de datos publicados"),
            row("Mesas de trabajo con productores para la reconversión tecnológica.",
                "Minutas de las mesas con productores", "Minutas firmadas y listas de asistencia"),
            row("Publicar mediciones de calidad del aire en zonas ladrilleras.", "Informe de calidad del aire",
                "Informe publicado en el portal")),
        pal.regular(3, "Manejo adecuado de los residuos sólidos en el municipio de Durango", "pr-dgo-03", AYTO, CONSEJO,
            "11.6", "La recolección de residuos es irregular y la población no conoce rutas ni horarios.",
            "Mejorar el manejo de los residuos sólidos con información pública y participación vecinal.", 3,
            row("Publicar rutas y horarios de recolección en formato abierto.", "Rutas y horarios publicados",
                "Conjunto de datos en el portal municipal"),
            row("Campaña de separación de residuos en colonias piloto.", "Informe de la campaña",
                "Memoria fotográfica y listas de asistencia"),
            row("Habilitar el reporte ciudadano de fallas en la recolección.", "Herramienta de reporte en línea",
                "Dirección de la herramienta y reportes recibidos")),
        pal.regular(4, "Fortalecer los mecanismos de Contraloría Social", "pr-dgo-04", CONTRALORIA, CONSEJO, "16.7",
            "Los comités de contraloría social carecen de capacitación y sus informes no se conocen.",
            "Fortalecer los comités de contraloría social y publicar sus resultados.", 3,
            row("Publicar el catálogo de programas con comités de contraloría social.", "Catálogo publicado",
                "Catálogo en el portal de la Secretaría"),
            row("Capacitar a integrantes de los comités.", "Constancias de capacitación",
                "Listas de asistencia y constancias"),
            row("Publicar los informes de los comités.", "Informes de los comités",
                "Informes publicados en el portal")),
        pal.regular(5, "Programa integral para reducir la violencia en 30 escuelas secundarias públicas", "pr-dgo-05",
            EDUCACION, CCE, "16.1",
            "La violencia escolar afecta la permanencia y el aprendizaje en secundarias públicas.",
            "Reducir la violencia en 30 secundarias públicas con un programa integral de convivencia.", 3,
            row("Diagnóstico de violencia escolar en las 30 secundarias.", "Diagnóstico publicado",
                "Documento publicado en el portal"),
            row("Talleres de convivencia con estudiantes, docentes y familias.", "Informe de talleres",
                "Listas de asistencia"),
            row("Informe final de resultados por escuela.", "Informe final", "Informe publicado")),
        pal.regular(6, "Necesidades de capacitación alineadas a las vocaciones industriales locales", "pr-dgo-06",
            TRABAJO, CCE, "8.6", "La oferta de capacitación no corresponde a las vacantes de la industria local.",
            "Alinear la capacitación para el empleo con las vocaciones industriales de Durango.", 3,
            row("Estudio de vocaciones industriales y necesidades de capacitación.", "Estudio publicado",
                "Documento publicado en el portal"),
            row("Catálogo de cursos alineados a las vocaciones detectadas.", "Catálogo de cursos",
                "Catálogo publicado"),
            row("Informe de personas capacitadas y colocadas.", "Informe de resultados", "Informe publicado")));

    pal.reportsBy(IDAIP, ReportAuthorRole.STL)
        .report(LocalDate.of(2016, 1, 31), LocalDate.of(2016, 2, 15), "2016-1")
        .report(LocalDate.of(2016, 7, 31), LocalDate.of(2016, 8, 10), "2016-2")
        .report(PERIOD_END, LocalDate.of(2016, 9, 15), "2016-3");
    LocalActionPlan plan = pal.plan("Plan de Acción Local de Gobierno Abierto Durango 2015-2016", stl, PUBLISHED,
        "pal-2015-2016.pdf", commitments)
        .sections(Kit.sections("Durango inicia su primer ejercicio local de gobierno abierto con el acompañamiento "
                + "del INAI.", "Participan el IDAIP como organismo garante, el H. Ayuntamiento de Durango, la "
                + "Secretaría de Contraloría, organizaciones de la sociedad civil y el INAI.",
            List.of(IDAIP, AYTO, CONTRALORIA, CONSEJO, CCE, INAI),
            "Dos asientos de gobierno, dos de sociedad civil y dos del IDAIP, con una facilitadora.",
            "Ocho mesas temáticas en mayo de 2015 con la técnica de grupo nominal."))
        .crossCuttingReview(EnumSet.of(CrossCuttingTheme.BUDGET_EXECUTION))
        .coCreation(coCreation.build())
        .build();

    JointDeclaration declaration = Kit.declaration("dgo", WEB, DECLARED, "Implementar acciones de gobierno abierto "
            + "en Durango con la participación de autoridades, sociedad civil y el organismo garante.",
        Kit.signatory(people.get(0), Sector.GOVERNMENT), Kit.signatory(people.get(1), Sector.CIVIL_SOCIETY),
        Kit.signatory(people.get(2), Sector.GUARANTOR_BODY));
    return Kit.exercise(ID, "Durango 2015-2016", WEB, AS_OF)
        .description("Ejemplo construido con datos públicos (INAI): fecha de la Declaración Conjunta, integración "
            + "del STL y su fecha de instalación, facilitadora, ocho mesas temáticas de mayo de 2015, fecha de "
            + "publicación del PAL y títulos de sus seis compromisos. Son ilustrativos: personas (salvo la "
            + "facilitadora), forma de selección de los asientos, suplentes, reglas y sesiones del STL, días de las "
            + "mesas, propuestas, instituciones responsables, hitos, indicadores, presupuestos, reportes de avance, "
            + "direcciones web y eventos de sensibilización. / Example built from public data (INAI): the date of the "
            + "Joint Declaration, the STL's composition, installation date and facilitator, the eight thematic tables "
            + "of May 2015, the PAL's publication date and the titles of its six commitments. Illustrative: people "
            + "(except the facilitator), how seats were filled, alternates, STL rules and sessions, the tables' days, "
            + "proposals, responsible institutions, milestones, indicators, budgets, progress reports, web addresses "
            + "and awareness events.")
        .jurisdiction(Kit.state("MX-DUR", "Durango", "10"))
        .guarantorBodyId(IDAIP)
        .organizations(List.of(
            Kit.guarantor(IDAIP, "Instituto Duranguense de Acceso a la Información Pública y de Protección de "
                + "Datos Personales", "IDAIP"),
            Kit.inai(),
            Kit.government(AYTO, "H. Ayuntamiento de Durango", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.MUNICIPAL),
            Kit.government(CONTRALORIA, "Secretaría de Contraloría del Estado de Durango",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(AGUA, "Comisión del Agua del Estado de Durango", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(AMBIENTE, "Secretaría de Recursos Naturales y Medio Ambiente del Estado de Durango",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.government(EDUCACION, "Secretaría de Educación del Estado de Durango", GovernmentBranch.EXECUTIVE,
                OrderOfGovernment.STATE),
            Kit.government(TRABAJO, "Secretaría del Trabajo y Previsión Social del Estado de Durango",
                GovernmentBranch.EXECUTIVE, OrderOfGovernment.STATE),
            Kit.cso(CONSEJO, "Consejo Ciudadano de Acceso a la Información Pública Municipal", null,
                CsoType.ADVOCACY),
            Kit.cso(CCE, "Consejo Coordinador Empresarial de Durango", "CCE", CsoType.BUSINESS),
            Kit.cso(ARQUITECTOS, "Colegio de Arquitectos del Valle de Guadiana", null, CsoType.PROFESSIONAL_COLLEGE),
            Kit.academia(UJED, "Universidad Juárez del Estado de Durango", "UJED")))
        .people(people)
        .addPublicCall(coCreation.call())
        .addDeclaration(declaration)
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.WITNESS, DECLARED,
            "El INAI atestigua la firma de la Declaración Conjunta en el lanzamiento de la iniciativa."))
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.TRAINING, LocalDate.of(2015, 3, 27),
            "Taller de gobierno abierto para personas servidoras públicas."))
        .addAccompaniment(Kit.accompaniment(AccompanimentKind.ADVISORY, LocalDate.of(2015, 5, 12),
            "Acompañamiento metodológico de las mesas temáticas."))
        .addAwarenessEvent(Kit.event("ev-dgo-1", "Foro Gobierno Abierto en Durango", LocalDate.of(2015, 3, 20),
            "Victoria de Durango", EventFormat.FORUM, EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC), 150, IDAIP))
        .addAwarenessEvent(Kit.event("ev-dgo-2", "Taller para personas servidoras públicas", LocalDate.of(2015, 3, 27),
            "Victoria de Durango", EventFormat.WORKSHOP, EnumSet.of(Audience.PUBLIC_SERVANTS), 60, IDAIP, INAI))
        .addStl(stl)
        .addPlan(plan)
        .status(ExerciseStatus.NEXT_PLAN_PREPARATION)
        .repository(Kit.repository(WEB, declaration, stl, plan,
            coCreation.tablesReport("Relatorías de las mesas temáticas", LocalDate.of(2015, 6, 15)),
            "Plan de Acción Local 2015-2016"))
        .build();
  }
}
