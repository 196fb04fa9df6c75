package org.cocrea.testkit;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cocrea.core.Accompaniment;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Attendance;
import org.cocrea.core.Audience;
import org.cocrea.core.AwarenessEvent;
import org.cocrea.core.Budget;
import org.cocrea.core.CallPurpose;
import org.cocrea.core.Channel;
import org.cocrea.core.CitizenComment;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Commitment;
import org.cocrea.core.CommitmentAssessment;
import org.cocrea.core.CommitmentChange;
import org.cocrea.core.CommitmentType;
import org.cocrea.core.Completion;
import org.cocrea.core.ConceptEntry;
import org.cocrea.core.CrossCuttingTheme;
import org.cocrea.core.CsoType;
import org.cocrea.core.DecisionRule;
import org.cocrea.core.DeclarationKind;
import org.cocrea.core.DiagnosticInput;
import org.cocrea.core.DiagnosticKind;
import org.cocrea.core.DidItOpenGovernment;
import org.cocrea.core.Disposition;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.DocumentRepository;
import org.cocrea.core.Evaluation;
import org.cocrea.core.EvaluationType;
import org.cocrea.core.EventFormat;
import org.cocrea.core.ExerciseStatus;
import org.cocrea.core.ForumType;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.Iap2Level;
import org.cocrea.core.Indicator;
import org.cocrea.core.IndicatorType;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.Introduction;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.Framework;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Measurement;
import org.cocrea.core.Milestone;
import org.cocrea.core.MilestonePeriod;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.MilestoneUpdate;
import org.cocrea.core.OgpValue;
import org.cocrea.core.OpenGovComponent;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.PalSections;
import org.cocrea.core.PartialDate;
import org.cocrea.core.Participation;
import org.cocrea.core.ParticipatoryTable;
import org.cocrea.core.Person;
import org.cocrea.core.PlanStatus;
import org.cocrea.core.PotentialForResults;
import org.cocrea.core.PotentialImpact;
import org.cocrea.core.ProcessAssessment;
import org.cocrea.core.ProgressReport;
import org.cocrea.core.PromoterGroup;
import org.cocrea.core.Proposal;
import org.cocrea.core.PublicCall;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.ReasonedResponse;
import org.cocrea.core.RepositoryDocument;
import org.cocrea.core.RepresentationModel;
import org.cocrea.core.Resolution;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.ReportAuthorRole;
import org.cocrea.core.Responsible;
import org.cocrea.core.ResponsibleSide;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.Seniority;
import org.cocrea.core.SessionType;
import org.cocrea.core.Signatory;
import org.cocrea.core.Specificity;
import org.cocrea.core.Step;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.cocrea.core.TableKind;
import org.cocrea.core.Technique;
import org.cocrea.core.meta.Attribute;
import org.cocrea.core.meta.ModelTypes;
import org.cocrea.core.meta.ModelWalker;

/**
 * A seeded generator of random, complete and referentially consistent local exercises, for tests of every module.
 *
 * <p>Every exercise runs the whole six-step cycle: a joint declaration with signatories of the three sectors, INAI
 * accompaniment, awareness events, a public call, an STL with titular and alternate seats, a facilitator, operating
 * rules with quorum, sessions with attendance and resolutions, then one or more plans, each with its co-creation
 * (diagnostic inputs, participatory tables with participants, proposals with dispositions and reasoned responses),
 * sections, commitments (milestones, indicators with measurements, budget, changes approved by STL resolutions),
 * progress reports (milestone updates, citizen comments) and evaluations (process and commitment assessments), and a
 * document repository. Across a few seeds every model type and every attribute appears.
 *
 * <p>Guarantees: the same seed, size and defect rate give an equal exercise; every {@code @Ref} attribute resolves and
 * identifiers are unique per type ({@code References.check(e).isEmpty()}); every value respects the model's
 * field-level constraints ({@link FieldConstraints#violations(Object)} is empty); nothing recorded happens after
 * {@link #asOf(LocalExercise)}, and with a defect rate of 0 no milestone is late as of that date. Dates follow the lifecycle (declaration, awareness, STL installation, tables, approval,
 * publication, implementation period, reports, evaluations; milestones within their commitment's period) except where
 * a deliberate defect says otherwise.
 *
 * <p>Defects: with the default rate a seeded share of realistic methodology defects is planted so that rules have
 * something to find: a milestone without deliverable or means of verification, late milestones, a commitment without
 * problem statement or co-responsible CSO, a CSO-less STL, parity broken, missing alternates, CSO seats filled by
 * invitation only, a gap of more than six months between sessions, a plan published before its approval, a proposal
 * rejected without reasoned response, a website not updated, a missing results evaluation, and so on. Defects leave
 * things out or put them at the wrong date; they never break references or field constraints. A defect rate of
 * {@code 0} plants none.
 *
 * <pre>{@code
 * LocalExercise small = RandomExercises.generate(42);                       // 1 plan, 5 commitments
 * LocalExercise medium = RandomExercises.generate(42, RandomExercises.Size.M);
 * LocalExercise clean = RandomExercises.generate(42, RandomExercises.Size.S, 0.0);
 * LocalDate asOf = RandomExercises.asOf(small).orElseThrow();               // the date the data was cut
 * RandomExercises.stream(1000, 200).forEach(e -> assertThat(References.check(e)).isEmpty());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RandomExercises {

  /** The default defect rate: each planted defect occurs with its nominal probability. */
  public static final double DEFAULT_DEFECT_RATE = 1.0;

  /** How big a generated exercise is. */
  public enum Size {
    /** One plan of 5 commitments, 2 to 6 milestones each, about 15 organisations. */
    S(1, 5, 2, 6, 5, 5, 3, 3, 6, new int[] {1, 3}, new int[] {1, 2}, new int[] {2, 4}),
    /** Two plans, 50 commitments, about 300 milestones and 100 organisations. */
    M(2, 50, 4, 8, 40, 45, 13, 6, 10, new int[] {2, 5}, new int[] {1, 2}, new int[] {4, 8}),
    /** Four plans, 2,000 commitments, about 12,000 milestones and 400 organisations. */
    L(4, 2000, 4, 8, 150, 200, 48, 20, 30, new int[] {4, 8}, new int[] {1, 3}, new int[] {10, 16});

    private final int plans;
    private final int commitments;
    private final int minMilestones;
    private final int maxMilestones;
    private final int governments;
    private final int civilSociety;
    private final int others;
    private final int minTables;
    private final int maxTables;
    private final int[] governmentSeats;
    private final int[] guarantorSeats;
    private final int[] events;

    Size(int plans, int commitments, int minMilestones, int maxMilestones, int governments, int civilSociety,
        int others, int minTables, int maxTables, int[] governmentSeats, int[] guarantorSeats, int[] events) {
      this.plans = plans;
      this.commitments = commitments;
      this.minMilestones = minMilestones;
      this.maxMilestones = maxMilestones;
      this.governments = governments;
      this.civilSociety = civilSociety;
      this.others = others;
      this.minTables = minTables;
      this.maxTables = maxTables;
      this.governmentSeats = governmentSeats;
      this.guarantorSeats = guarantorSeats;
      this.events = events;
    }

    /**
     * The number of plans an exercise of this size has.
     *
     * @return the number of plans
     */
    public int plans() {
      return plans;
    }

    /**
     * The number of commitments an exercise of this size has, across all its plans.
     *
     * @return the number of commitments
     */
    public int commitments() {
      return commitments;
    }
  }

  private RandomExercises() {}

  /**
   * A small exercise ({@link Size#S}) with the default defect rate.
   *
   * @param seed the seed; equal seeds give equal exercises
   * @return the exercise, never null
   */
  public static LocalExercise generate(long seed) {
    return generate(seed, Size.S);
  }

  /**
   * An exercise of a size with the default defect rate.
   *
   * @param seed the seed; equal seeds give equal exercises
   * @param size the size, must not be null
   * @return the exercise, never null
   */
  public static LocalExercise generate(long seed, Size size) {
    return generate(seed, size, DEFAULT_DEFECT_RATE);
  }

  /**
   * An exercise of a size with a chosen defect rate.
   *
   * @param seed the seed; equal arguments give equal exercises
   * @param size the size, must not be null
   * @param defectRate multiplier of every planted defect's probability: {@code 0} plants none, {@code 1} is the
   *     default; must be between 0 and 10
   * @return the exercise, never null
   * @throws IllegalArgumentException if the rate is out of range
   */
  public static LocalExercise generate(long seed, Size size, double defectRate) {
    Objects.requireNonNull(size, "size");
    if (!(defectRate >= 0 && defectRate <= 10)) {
      throw new IllegalArgumentException("defect rate must be between 0 and 10: " + defectRate);
    }
    return new Generator(seed, size, defectRate).exercise();
  }

  /**
   * Small exercises for seeds {@code seed, seed + 1, …}; the i-th element equals {@code generate(seed + i)}, so a
   * failing element can be reproduced from its seed (which its id also ends with, in base 36).
   *
   * @param seed the first seed
   * @param count how many exercises, not negative
   * @return a sequential stream of {@code count} exercises, generated lazily
   * @throws IllegalArgumentException if count is negative
   */
  public static Stream<LocalExercise> stream(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return LongStream.range(0, count).mapToObj(i -> generate(seed + i));
  }

  /**
   * The date an exercise's data was cut: the latest date on which it records that something happened (a session, a
   * publication, a completion, a measurement, a comment, an evaluation, a website update, …), leaving out planned
   * dates ({@code periodStart}, {@code periodEnd}, {@code startDate}, {@code endDate}, {@code dueDate},
   * {@code targetDate}, {@code from}, {@code to}, {@code closesOn}); a month or year date counts as its last day. For a generated exercise it is the date the
   * generator observed it on, the natural "as of" date for time-aware checks: nothing recorded happens after it.
   *
   * @param exercise any exercise, must not be null
   * @return the date, or empty when the exercise records no such date
   */
  public static Optional<LocalDate> asOf(LocalExercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    LocalDate[] latest = {null};
    ModelWalker.walk(exercise, (pointer, value) -> {
      for (Attribute a : ModelTypes.attributes(ModelTypes.typeOf(value))) {
        if (a.elementType() == PartialDate.class && !PLANNED.contains(a.name())
            && a.read(value) instanceof Optional<?> o && o.isPresent()) {
          LocalDate d = ((PartialDate) o.get()).latest();
          if (latest[0] == null || d.isAfter(latest[0])) {
            latest[0] = d;
          }
        }
      }
    });
    return Optional.ofNullable(latest[0]);
  }

  /** The day of a date this generator wrote (it writes days; a month or year stands for its first day). */
  private static Optional<LocalDate> day(Optional<PartialDate> date) {
    return date.map(PartialDate::earliest);
  }

  private static final Set<String> PLANNED = Set.of("periodStart", "periodEnd", "startDate", "endDate", "dueDate",
      "targetDate", "from", "to", "closesOn");

  // ------------------------------------------------------------------------------------------------ word lists

  private record State(String name, String iso, String inegi, String abbr, String guarantor, String guarantorAcronym,
      String[] municipalities) {}

  private record Theme(String name, String topic, String area, String sdg, String office) {}

  private static final State[] STATES = {
    new State("Durango", "MX-DUR", "10", "Dgo.",
        "Instituto Duranguense de Acceso a la Información Pública y de Protección de Datos Personales", "IDAIP",
        new String[] {"Durango", "Gómez Palacio", "Lerdo"}),
    new State("Morelos", "MX-MOR", "17", "Mor.", "Instituto Morelense de Información Pública y Estadística", "IMIPE",
        new String[] {"Cuernavaca", "Cuautla", "Jiutepec"}),
    new State("Oaxaca", "MX-OAX", "20", "Oax.",
        "Instituto de Acceso a la Información Pública y Protección de Datos Personales de Oaxaca", "IAIP",
        new String[] {"Oaxaca de Juárez", "Juchitán de Zaragoza", "Salina Cruz"}),
    new State("Veracruz", "MX-VER", "30", "Ver.",
        "Instituto Veracruzano de Acceso a la Información y Protección de Datos Personales", "IVAI",
        new String[] {"Xalapa", "Veracruz", "Coatzacoalcos"}),
    new State("Tlaxcala", "MX-TLA", "29", "Tlax.",
        "Instituto de Acceso a la Información Pública y Protección de Datos Personales del Estado de Tlaxcala", "IAIPT",
        new String[] {"Tlaxcala", "Apizaco", "Ixtacuixtla de Mariano Matamoros"}),
    new State("Coahuila", "MX-COA", "05", "Coah.", "Instituto Coahuilense de Acceso a la Información Pública", "ICAI",
        new String[] {"Saltillo", "Torreón", "Monclova", "Piedras Negras", "Sabinas"}),
    new State("San Luis Potosí", "MX-SLP", "24", "S.L.P.",
        "Comisión Estatal de Garantía de Acceso a la Información Pública", "CEGAIP",
        new String[] {"San Luis Potosí", "Soledad de Graciano Sánchez", "Ciudad Valles"}),
    new State("Campeche", "MX-CAM", "04", "Camp.",
        "Comisión de Transparencia y Acceso a la Información Pública del Estado de Campeche", "COTAIPEC",
        new String[] {"Campeche", "Carmen", "Champotón"}),
    new State("Nuevo León", "MX-NLE", "19", "N.L.",
        "Comisión de Transparencia y Acceso a la Información del Estado de Nuevo León", "CTAINL",
        new String[] {"Monterrey", "San Pedro Garza García", "Guadalupe"}),
    new State("Sonora", "MX-SON", "26", "Son.",
        "Instituto Sonorense de Transparencia, Acceso a la Información Pública y Protección de Datos Personales",
        "ISTAI", new String[] {"Hermosillo", "Cajeme", "Nogales"}),
    new State("Sinaloa", "MX-SIN", "25", "Sin.", "Comisión Estatal para el Acceso a la Información Pública", "CEAIP",
        new String[] {"Culiacán", "Mazatlán", "Ahome"}),
    new State("Tabasco", "MX-TAB", "27", "Tab.",
        "Instituto Tabasqueño de Transparencia y Acceso a la Información Pública", "ITAIP",
        new String[] {"Centro", "Cárdenas", "Comalcalco"}),
    new State("Chihuahua", "MX-CHH", "08", "Chih.",
        "Instituto Chihuahuense para la Transparencia y Acceso a la Información Pública", "ICHITAIP",
        new String[] {"Chihuahua", "Juárez", "Delicias"}),
    new State("Jalisco", "MX-JAL", "14", "Jal.",
        "Instituto de Transparencia, Información Pública y Protección de Datos Personales del Estado de Jalisco",
        "ITEI", new String[] {"Guadalajara", "Zapopan", "San Pedro Tlaquepaque"}),
    new State("Zacatecas", "MX-ZAC", "32", "Zac.",
        "Instituto Zacatecano de Transparencia, Acceso a la Información y Protección de Datos Personales", "IZAI",
        new String[] {"Zacatecas", "Fresnillo", "Guadalupe"}),
    new State("Yucatán", "MX-YUC", "31", "Yuc.",
        "Instituto Estatal de Transparencia, Acceso a la Información Pública y Protección de Datos Personales",
        "INAIP", new String[] {"Mérida", "Valladolid", "Progreso"}),
    new State("Ciudad de México", "MX-CMX", "09", "CDMX",
        "Instituto de Transparencia, Acceso a la Información Pública, Protección de Datos Personales y Rendición de "
            + "Cuentas de la Ciudad de México", "INFO CDMX",
        new String[] {"Tlalpan", "Coyoacán", "Iztapalapa", "Cuauhtémoc"}),
  };

  private static final Theme[] THEMES = {
    new Theme("Salud", "el abasto de medicamentos en los centros de salud", "Salud", "3.8", "Secretaría de Salud"),
    new Theme("Educación", "la entrega de uniformes y útiles escolares gratuitos", "Educación", "4.1",
        "Secretaría de Educación"),
    new Theme("Seguridad pública", "la confianza ciudadana en las policías estatal y municipales", "Seguridad", "16.1",
        "Secretaría de Seguridad Pública"),
    new Theme("Medio ambiente", "la contaminación que generan las ladrilleras artesanales", "Medio ambiente", "11.6",
        "Secretaría de Recursos Naturales y Medio Ambiente"),
    new Theme("Agua", "los recursos del programa estatal Agua Limpia", "Agua y saneamiento", "6.1",
        "Comisión Estatal del Agua"),
    new Theme("Servicios públicos", "el manejo integral de los residuos sólidos urbanos", "Servicios públicos", "11.6",
        "Dirección de Servicios Públicos"),
    new Theme("Transparencia y rendición de cuentas", "la deuda pública y su destino", "Finanzas públicas", "16.6",
        "Secretaría de Finanzas"),
    new Theme("Contraloría social", "el trabajo de los comités de contraloría social", "Control interno", "16.7",
        "Secretaría de la Contraloría"),
    new Theme("Desarrollo social", "los comedores comunitarios del programa alimentario", "Desarrollo social", "2.1",
        "Sistema para el Desarrollo Integral de la Familia"),
    new Theme("Empleo", "la capacitación para el empleo según las vocaciones industriales locales", "Trabajo", "8.6",
        "Secretaría del Trabajo y Previsión Social"),
    new Theme("Obra pública", "el gasto y el avance de la obra pública", "Infraestructura", "9.1",
        "Secretaría de Obras Públicas"),
    new Theme("Justicia", "el registro público de personas detenidas", "Justicia", "16.3",
        "Fiscalía General del Estado"),
    new Theme("Igualdad de género", "la brecha salarial entre mujeres y hombres", "Igualdad de género", "5.1",
        "Instituto Estatal de las Mujeres"),
    new Theme("Movilidad", "la calidad y las tarifas del transporte público", "Movilidad", "11.2",
        "Secretaría de Movilidad y Transporte"),
    new Theme("Ingresos públicos", "el destino de la recaudación de impuestos estatales", "Hacienda", "16.6",
        "Secretaría de Hacienda"),
    new Theme("Inclusión", "la accesibilidad del espacio público para personas con discapacidad", "Inclusión", "11.7",
        "Instituto para la Inclusión de las Personas con Discapacidad"),
    new Theme("Anticorrupción", "las declaraciones patrimoniales y de intereses de las personas servidoras públicas",
        "Anticorrupción", "16.5", "Secretaría Ejecutiva del Sistema Estatal Anticorrupción"),
    new Theme("Datos abiertos", "los datos abiertos de los programas sociales", "Gobierno digital", "16.10",
        "Coordinación de Gobierno Digital"),
  };

  private static final String[] FEMALE = {"María", "Lorena", "Guadalupe", "Ana", "Luz Stella", "Arantxa", "Gabriela",
    "Erika", "Verónica", "Adriana", "Patricia", "Rosa", "Alejandra", "Claudia", "Mariana", "Fernanda", "Itzel",
    "Citlali", "Beatriz", "Sofía"};
  private static final String[] MALE = {"José", "Jesús", "Felipe", "Javier", "Andrés", "Carmelo", "Víctor",
    "Melecio", "Juan Carlos", "Luis", "Miguel Ángel", "Francisco", "Roberto", "Alejandro", "Ricardo", "Eduardo",
    "Héctor", "Raúl", "Emilio", "Santiago"};
  private static final String[] SURNAMES = {"Hernández", "García", "Martínez", "López", "González", "Pérez",
    "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres",
    "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Chávez",
    "Rivera", "Juárez", "Domínguez", "Cázarez", "Pimentel", "Contreras", "Hevia", "Vallejo", "Montoya", "Peña",
    "Gallegos", "Hofmann"};
  private static final String[] CSO_PREFIX = {"Consejo Ciudadano para", "Observatorio Ciudadano de", "Red por",
    "Colectivo por", "Fundación para", "Iniciativa Ciudadana por", "Alianza Cívica por", "Centro de Estudios para",
    "Asociación Vecinal por", "Mujeres Unidas por"};
  private static final String[] CSO_TOPIC = {"la Transparencia", "la Rendición de Cuentas", "el Desarrollo Comunitario",
    "el Medio Ambiente", "la Educación de Calidad", "la Salud Pública", "la Seguridad Ciudadana",
    "la Participación Juvenil", "los Derechos Humanos", "la Igualdad de Género", "la Inclusión", "el Agua",
    "la Movilidad Sustentable", "la Legalidad", "el Desarrollo Rural"};
  private static final String[] REGIONS = {"Norte", "Centro", "Sur", "Laguna", "Sierra", "Costa"};
  private static final String[] CAUSES = {"la información no se publica en formatos abiertos",
    "los procedimientos son poco claros", "falta coordinación entre dependencias",
    "no existen mecanismos de participación ciudadana", "los registros administrativos están incompletos"};
  private static final String[] EFFECTS = {"la participación ciudadana es baja", "el uso de los recursos es opaco",
    "las quejas ciudadanas quedan sin respuesta", "aumentan los riesgos de corrupción",
    "los servicios públicos son de baja calidad"};
  private static final String[] MECHANISMS = {"un portal de datos abiertos actualizado cada trimestre",
    "comités de contraloría social capacitados", "mesas de seguimiento con organizaciones de la sociedad civil",
    "una herramienta digital de reporte ciudadano", "informes públicos semestrales"};
  private static final String[] TITLE_FORMS = {"Seguimiento ciudadano a %s", "Datos abiertos sobre %s",
    "Transparencia proactiva de %s", "Contraloría social de %s", "Participación ciudadana en la mejora de %s"};
  private static final String[] DELIVERABLES = {"Diagnóstico publicado sobre %s",
    "Lineamientos aprobados por el STL para %s", "Base de datos en formato abierto sobre %s",
    "Portal en línea con información de %s", "Taller de capacitación a personas servidoras públicas sobre %s",
    "Minuta de la mesa de seguimiento con OSC sobre %s", "Informe semestral de avance sobre %s",
    "Evaluación final publicada sobre %s"};
  private static final String[] MEANS = {"Publicación en el portal del organismo garante",
    "Minuta firmada y lista de asistencia", "Conjunto de datos descargable en el portal de datos abiertos",
    "Informe publicado en el repositorio del ejercicio", "Memoria fotográfica y constancias de participación"};
  private static final String[] AGENDA = {"Lista de asistencia y declaración de quórum",
    "Lectura y aprobación del orden del día", "Seguimiento de los compromisos del Plan de Acción Local",
    "Informe del organismo garante", "Presentación de la relatoría de las mesas", "Asuntos generales"};
  private static final String[] OTHER_RESOLUTIONS = {"Se aprueba el calendario de sesiones ordinarias",
    "Se acuerda solicitar al INAI capacitación sobre indicadores", "Se aprueba el plan de comunicación del STL",
    "Se acuerda publicar las minutas en el micrositio del ejercicio",
    "Se acuerda invitar a nuevas organizaciones de la sociedad civil a las mesas"};
  private static final String[] LEGAL_CONTEXT = {"Constitución Política de los Estados Unidos Mexicanos, artículo 6",
    "Ley General de Transparencia y Acceso a la Información Pública",
    "Ley Federal de Transparencia y Acceso a la Información Pública", "Declaración Universal de los Derechos Humanos",
    "Declaración Conjunta de Gobierno Abierto para la Implementación de la Agenda 2030",
    "Convención de las Naciones Unidas contra la Corrupción",
    "Ley de Transparencia y Acceso a la Información Pública del Estado",
    "Declaración Conjunta para la Implementación de Acciones para un Gobierno Abierto",
    "Agenda 2030 para el Desarrollo Sostenible", "Carta Internacional de Datos Abiertos"};
  private static final String[][] CONCEPTS = {
    {"Acceso a la información", "Derecho humano de toda persona a solicitar, investigar, difundir, buscar y recibir "
        + "información en posesión de los sujetos obligados."},
    {"Acta de instalación", "Testimonio escrito que formaliza y da cuenta del acto de integración del órgano."},
    {"Gobierno abierto", "Esquema de gestión y producción de políticas públicas orientado a la atención y solución "
        + "colaborativa de problemas públicos con base en la transparencia y la participación ciudadana."},
    {"Cocreación", "Proceso en el que autoridades y sociedad civil definen juntas problemas y soluciones."},
    {"Rendición de cuentas", "Obligación de las autoridades de informar y justificar sus decisiones y resultados."}};
  private static final String[] SOURCES = {"Recursos estatales", "Recursos municipales", "Fondo federal FORTAMUN",
    "Fondo de Aportaciones para la Infraestructura Social", "Cooperación internacional"};
  private static final String[] FREQUENCIES = {"Mensual", "Trimestral", "Semestral", "Anual"};
  private static final String[] REQUIRED_DOCUMENTS = {"Carta de exposición de motivos", "Currículum vitae",
    "Acta constitutiva de la organización", "Declaración firmada de no conflicto de interés", "Identificación oficial"};
  private static final String[] VALUES = {"Transparencia", "Corresponsabilidad", "Inclusión", "Legalidad",
    "Colaboración", "Apertura"};

  // ------------------------------------------------------------------------------------------------ generator

  /** Mutable state of one generation; never escapes. */
  private static final class Generator {

    private final long seed;
    private final Size size;
    private final double rate;
    private final SplittableRandom rnd;
    private final SplittableRandom bad;

    private State state;
    private JurisdictionLevel level;
    private String place;
    private String code;
    private String web;
    private final List<Theme> themes = new ArrayList<>();

    private final Map<String, Organization> orgs = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Set<String> orgNames = new HashSet<>();
    private final List<String> government = new ArrayList<>();
    private final List<String> civilSociety = new ArrayList<>();
    private final List<String> academia = new ArrayList<>();
    private final List<String> international = new ArrayList<>();
    private final List<String> otherOrgs = new ArrayList<>();
    private final Map<Theme, String> offices = new HashMap<>();
    private String head;
    private String guarantor;
    private String inai;

    private final List<PublicCall> calls = new ArrayList<>();
    private final List<StlMembership> memberships = new ArrayList<>();
    private final Set<String> memberOrgs = new HashSet<>();
    private final TreeMap<LocalDate, SessionDraft> sessions = new TreeMap<>();
    private final List<RepositoryDocument> documents = new ArrayList<>();

    private LocalDate declared;
    private LocalDate installed;
    private LocalDate asOf;
    private DecisionRule decisionRule;
    private int noticeDays;
    private boolean inaiObserves;

    Generator(long seed, Size size, double rate) {
      this.seed = seed;
      this.size = size;
      this.rate = rate;
      this.rnd = new SplittableRandom(seed);
      this.bad = new SplittableRandom(seed ^ 0x5DEECE66DL);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private boolean chance(double p) {
      return rnd.nextDouble() < p;
    }

    /** A planted defect: its own random stream, so that a rate of 0 changes only what it must. */
    private boolean defect(double p) {
      return bad.nextDouble() < p * rate;
    }

    private int between(int lo, int hi) {
      return lo + rnd.nextInt(hi - lo + 1);
    }

    private <T> T pick(T[] values) {
      return values[rnd.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
      return values.get(rnd.nextInt(values.size()));
    }

    private LocalDate dateBetween(LocalDate from, LocalDate to) {
      long days = ChronoUnit.DAYS.between(from, to);
      return days <= 0 ? from : from.plusDays(rnd.nextLong(days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
      return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
      return a.isAfter(b) ? a : b;
    }

    private String next(String prefix) {
      int n = counters.merge(prefix, 1, Integer::sum);
      return prefix + n;
    }

    private static <T> Optional<T> when(boolean present, T value) {
      return present ? Optional.of(value) : Optional.empty();
    }

    private static String ascii(String s) {
      String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
      return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Spanish contractions: "de el" is "del", "a el" is "al". */
    private static String es(String text) {
      return text.replace(" de el ", " del ").replace(" a el ", " al ").replace("de el ", "del ");
    }

    private String url(String path) {
      return web + "/" + path;
    }

    private <E extends Enum<E>> Set<E> someOf(Class<E> type, int min, int max) {
      E[] all = type.getEnumConstants();
      int n = between(min, Math.min(max, all.length));
      EnumSet<E> set = EnumSet.noneOf(type);
      while (set.size() < n) {
        set.add(all[rnd.nextInt(all.length)]);
      }
      return set;
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
          .id("mx-" + state.iso.substring(3).toLowerCase(Locale.ROOT) + "-" + declared.getYear() + "-"
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

    // ---------------------------------------------------------------------------------------------- place

    private void jurisdiction() {
      state = pick(STATES);
      boolean cdmx = state.iso.equals("MX-CMX");
      double r = rnd.nextDouble();
      if (cdmx) {
        level = r < 0.5 ? JurisdictionLevel.STATE : JurisdictionLevel.ALCALDIA;
      } else {
        level = r < 0.75 ? JurisdictionLevel.STATE : JurisdictionLevel.MUNICIPALITY;
      }
      place = level == JurisdictionLevel.STATE ? state.name : state.municipalities[rnd.nextInt(
          state.municipalities.length)];
      code = state.iso.substring(3);
      web = "https://www." + ascii(state.guarantorAcronym).replace("-", "") + ".org.mx/gobierno-abierto/"
          + ascii(place);
      List<Theme> all = new ArrayList<>(List.of(THEMES));
      for (int i = all.size() - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        Theme t = all.get(i);
        all.set(i, all.get(j));
        all.set(j, t);
      }
      themes.addAll(all);
    }

    private Jurisdiction jurisdictionValue() {
      Jurisdiction.Builder j = Jurisdiction.builder().name(place).level(level);
      if (level == JurisdictionLevel.STATE) {
        j.code(state.iso).inegiCode(state.inegi);
      } else {
        String municipal = String.format(Locale.ROOT, "%03d", between(1, 120));
        j.code(state.iso + "-" + municipal).inegiCode(state.inegi + municipal).parentName(state.name);
      }
      return j.build();
    }

    // ---------------------------------------------------------------------------------------------- organisations

    private String uniqueName(String base) {
      String name = base;
      for (int i = 0; !orgNames.add(name); i++) {
        name = i < state.municipalities.length ? base + " (" + state.municipalities[i] + ")"
            : base + " (" + REGIONS[i % REGIONS.length] + " " + (i / REGIONS.length) + ")";
      }
      return name;
    }

    private String organization(String idPrefix, String name, String acronym, Sector sector,
        Consumer<Organization.Builder> more) {
      String id = next(idPrefix);
      Organization.Builder b = Organization.builder().id(id).name(uniqueName(es(name))).sector(sector);
      if (acronym != null) {
        b.acronym(acronym);
      }
      more.accept(b);
      orgs.put(id, b.build());
      return id;
    }

    private void registry() {
      boolean municipal = level != JurisdictionLevel.STATE;
      OrderOfGovernment order = municipal ? OrderOfGovernment.MUNICIPAL : OrderOfGovernment.STATE;
      guarantor = organization("org-gar-", state.guarantor, state.guarantorAcronym, Sector.GUARANTOR_BODY,
          b -> b.branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.STATE).obligatedSubject(true)
              .websiteUrl("https://www." + ascii(state.guarantorAcronym).replace("-", "") + ".org.mx"));
      inai = organization("org-inai-", "Instituto Nacional de Transparencia, Acceso a la Información y Protección de "
          + "Datos Personales", "INAI", Sector.NATIONAL_GUARANTOR, b -> b.branch(GovernmentBranch.AUTONOMOUS)
          .order(OrderOfGovernment.FEDERAL).obligatedSubject(true).websiteUrl("https://home.inai.org.mx"));
      head = organization("org-gov-", municipal ? "H. Ayuntamiento de " + place : "Gobierno del Estado de " + place,
          null, Sector.GOVERNMENT, b -> b.branch(GovernmentBranch.EXECUTIVE).order(order).obligatedSubject(true));
      government.add(head);
      List<String> candidates = new ArrayList<>();
      for (Theme t : themes) {
        candidates.add("office:" + t.name);
      }
      if (!municipal) {
        candidates.add("Congreso del Estado de " + state.name);
        candidates.add("Tribunal Superior de Justicia del Estado de " + state.name);
        for (String m : state.municipalities) {
          candidates.add("H. Ayuntamiento de " + m);
        }
      }
      for (String region : REGIONS) {
        for (Theme t : themes) {
          candidates.add("Delegación Regional " + region + ", " + t.office);
        }
      }
      for (int i = 0; government.size() < size.governments; i++) {
        String c = candidates.get(i % candidates.size());
        if (c.startsWith("office:")) {
          Theme t = themes.stream().filter(x -> c.equals("office:" + x.name)).findFirst().orElseThrow();
          String name = municipal ? t.office.replace("Secretaría", "Dirección") + " del H. Ayuntamiento de " + place
              : t.office + " de " + state.name;
          String id = organization("org-gov-", name, null, Sector.GOVERNMENT, b -> b
              .branch(t.office.startsWith("Fiscalía") ? GovernmentBranch.AUTONOMOUS : GovernmentBranch.EXECUTIVE)
              .order(order).obligatedSubject(true));
          offices.put(t, id);
          government.add(id);
        } else {
          GovernmentBranch branch = c.startsWith("Congreso") ? GovernmentBranch.LEGISLATIVE
              : c.startsWith("Tribunal") ? GovernmentBranch.JUDICIAL : GovernmentBranch.EXECUTIVE;
          OrderOfGovernment o = c.startsWith("H. Ayuntamiento") ? OrderOfGovernment.MUNICIPAL : order;
          government.add(organization("org-gov-", c, null, Sector.GOVERNMENT,
              b -> b.branch(branch).order(o).obligatedSubject(true).region(c.startsWith("Delegación")
                  ? Optional.of(c.substring("Delegación Regional ".length(), c.indexOf(','))) : Optional.empty())));
        }
      }
      for (int i = 0; i < size.civilSociety; i++) {
        civilSociety.add(cso());
      }
      Sector[] cycle = {Sector.ACADEMIA, Sector.INTERNATIONAL, Sector.MEDIA, Sector.AUTONOMOUS_BODY, Sector.ACADEMIA,
        Sector.PRIVATE_SECTOR, Sector.MEDIA, Sector.RELIGIOUS};
      for (int i = 0; i < size.others; i++) {
        Sector s = cycle[i % cycle.length];
        if (s == Sector.INTERNATIONAL && international.size() >= 3) {
          s = Sector.ACADEMIA;
        }
        String id = other(s);
        (s == Sector.ACADEMIA ? academia : s == Sector.INTERNATIONAL ? international : otherOrgs).add(id);
      }
    }

    private String cso() {
      String municipality = pick(state.municipalities);
      double r = rnd.nextDouble();
      String name;
      String acronym = null;
      CsoType type;
      if (r < 0.6) {
        name = pick(CSO_PREFIX) + " " + pick(CSO_TOPIC) + (chance(0.4) ? " de " + municipality : "");
        type = chance(0.5) ? CsoType.ADVOCACY : CsoType.COMMUNITY;
      } else if (r < 0.75) {
        String[][] chambers = {{"Consejo Coordinador Empresarial de " + state.name, "CCE"},
          {"Cámara Nacional de Comercio de " + municipality, "CANACO"},
          {"Confederación Patronal de la República Mexicana, Centro Empresarial de " + state.name, "COPARMEX"},
          {"Cámara Mexicana de la Industria de la Construcción, Delegación " + state.name, "CMIC"}};
        String[] c = pick(chambers);
        name = c[0];
        acronym = c[1];
        type = CsoType.BUSINESS;
      } else if (r < 0.87) {
        name = pick(new String[] {"Colegio de Arquitectos de ", "Colegio de Contadores Públicos de ",
          "Barra de Abogados de ", "Colegio de Ingenieros Civiles de "}) + municipality;
        type = CsoType.PROFESSIONAL_COLLEGE;
      } else {
        name = "Centro de Investigación y Estudios Sociales de " + municipality;
        type = CsoType.ACADEMIC;
      }
      String legal = type == CsoType.BUSINESS ? null : pick(new String[] {"A.C.", "A.C.", "I.A.P.", "S.C."});
      boolean funded = defect(0.03);
      String finalAcronym = acronym;
      return organization("org-osc-", legal == null ? name : name + " " + legal, finalAcronym, Sector.CIVIL_SOCIETY,
          b -> {
            b.csoType(type).obligatedSubject(false).fundingFromGovernment(funded);
            if (legal != null) {
              b.legalForm(legal);
            }
            if (chance(0.3)) {
              b.region(pick(REGIONS));
            }
            if (chance(0.6)) {
              b.websiteUrl("https://www." + ascii(name).substring(0, Math.min(24, ascii(name).length())) + ".org.mx");
            }
          });
    }

    private String other(Sector sector) {
      String m = pick(state.municipalities);
      String prefix = "org-" + sector.name().toLowerCase(Locale.ROOT).replace('_', '-').substring(0, 3) + "-";
      return switch (sector) {
        case ACADEMIA -> organization(prefix, pick(new String[] {"Universidad Autónoma de " + state.name,
          "Universidad Tecnológica de " + m, "Instituto Tecnológico de " + m, "El Colegio de " + state.name,
          "Centro de Investigaciones y Estudios Superiores en Antropología Social, sede " + m}), null, sector,
            b -> b.obligatedSubject(chance(0.5)).csoType(CsoType.ACADEMIC));
        case INTERNATIONAL -> {
          String[][] names = {{"Programa de las Naciones Unidas para el Desarrollo", "PNUD"},
            {"Global Integrity", null}, {"Alianza para el Gobierno Abierto", "AGA"}};
          String[] n = names[international.size()];
          yield organization(prefix, n[0], n[1], sector, b -> b.obligatedSubject(false));
        }
        case MEDIA -> organization(prefix, pick(new String[] {"Diario de " + m, "Radio Ciudadana de " + m,
          "Noticias de " + state.name, "El Sol de " + m}), null, sector, b -> b.obligatedSubject(false));
        case AUTONOMOUS_BODY -> organization(prefix, pick(new String[] {
          "Comisión Estatal de Derechos Humanos de " + state.name, "Instituto Electoral del Estado de " + state.name,
          "Tribunal de Justicia Administrativa de " + state.name, "Auditoría Superior del Estado de " + state.name}),
            null, sector, b -> b.branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.STATE)
                .obligatedSubject(true));
        case PRIVATE_SECTOR -> organization(prefix, pick(new String[] {"Grupo Industrial de " + m,
          "Constructora del Valle de " + m, "Servicios Digitales de " + state.name}) + " S.A. de C.V.", null, sector,
            b -> b.legalForm("S.A. de C.V.").obligatedSubject(false));
        default -> organization(prefix, pick(new String[] {"Diócesis de " + m, "Cáritas de " + m}), null,
            Sector.RELIGIOUS, b -> b.obligatedSubject(false).legalForm("A.R."));
      };
    }

    // ---------------------------------------------------------------------------------------------- people

    private String person(String orgId, String female, String male, Seniority seniority) {
      boolean woman = chance(0.5);
      String first = pick(woman ? FEMALE : MALE);
      String last1 = pick(SURNAMES);
      String last2 = pick(SURNAMES);
      String id = next("p-");
      Organization org = orgs.get(orgId);
      Sector sector = org.sector().orElse(Sector.CIVIL_SOCIETY);
      boolean servant = sector == Sector.GOVERNMENT || sector == Sector.GUARANTOR_BODY
          || sector == Sector.NATIONAL_GUARANTOR || sector == Sector.AUTONOMOUS_BODY;
      Person.Builder p = Person.builder().id(id).name(first + " " + last1 + " " + last2).organizationId(orgId)
          .position(woman ? female : male).publicServant(servant);
      if (seniority != null) {
        p.seniority(seniority);
      }
      if (chance(0.5)) {
        p.email(ascii(first).replace("-", "") + "." + ascii(last1) + "@" + org.id().replace("org-", "") + ".org.mx");
      }
      if (chance(0.3)) {
        p.phone("+52 " + between(200, 999) + " " + between(100, 999) + " " + between(1000, 9999));
      }
      if (sector == Sector.CIVIL_SOCIETY) {
        if (!defect(0.05)) {
          p.conflictOfInterestStatementUrl(url("declaraciones/" + id + ".pdf"));
        }
        if (defect(0.03)) {
          p.formerPublicServantOfId(pick(government));
        }
      }
      if (chance(0.1)) {
        p.changeAgentCohort("Agentes Locales de Cambio " + between(2016, 2019));
      }
      people.add(p.build());
      return id;
    }

    private String representative(String orgId) {
      Sector s = orgs.get(orgId).sector().orElse(Sector.CIVIL_SOCIETY);
      return switch (s) {
        case GOVERNMENT -> person(orgId, "Directora de Transparencia", "Director de Transparencia", Seniority.SENIOR);
        case GUARANTOR_BODY -> person(orgId, "Comisionada", "Comisionado", Seniority.SENIOR);
        case ACADEMIA -> person(orgId, "Profesora-investigadora", "Profesor-investigador", null);
        case NATIONAL_GUARANTOR -> person(orgId, "Directora de Gobierno Abierto", "Director de Gobierno Abierto",
            Seniority.SENIOR);
        default -> person(orgId, "Coordinadora de proyectos", "Coordinador de proyectos", null);
      };
    }

    private String headOf(String orgId) {
      if (orgId.equals(head)) {
        return level == JurisdictionLevel.STATE ? person(orgId, "Gobernadora del Estado", "Gobernador del Estado",
            Seniority.HEAD_OF_INSTITUTION)
            : person(orgId, "Presidenta Municipal", "Presidente Municipal", Seniority.HEAD_OF_INSTITUTION);
      }
      Sector s = orgs.get(orgId).sector().orElse(Sector.CIVIL_SOCIETY);
      if (s == Sector.GUARANTOR_BODY) {
        return person(orgId, "Comisionada Presidenta", "Comisionado Presidente", Seniority.HEAD_OF_INSTITUTION);
      }
      if (s == Sector.GOVERNMENT) {
        return person(orgId, "Titular de la dependencia", "Titular de la dependencia", Seniority.HEAD_OF_INSTITUTION);
      }
      return person(orgId, "Presidenta", "Presidente", null);
    }

    // ---------------------------------------------------------------------------------------------- timeline

    private static final class PlanDates {
      int ordinal;
      LocalDate firstTable;
      LocalDate lastTable;
      LocalDate approvedOn;
      LocalDate publishedOn;
      LocalDate periodStart;
      LocalDate periodEnd;
    }

    private List<PlanDates> timeline() {
      declared = chance(0.1) ? LocalDate.of(2015, 3, 9)
          : LocalDate.of(between(2015, 2019), 1, 1).plusDays(rnd.nextInt(365));
      installed = defect(0.05) ? declared.minusDays(between(5, 40)) : declared.plusDays(between(25, 240));
      List<PlanDates> plans = new ArrayList<>();
      LocalDate previousEnd = null;
      for (int k = 1; k <= size.plans; k++) {
        PlanDates d = new PlanDates();
        d.ordinal = k;
        d.firstTable = previousEnd == null ? installed.plusDays(between(20, 120))
            : previousEnd.minusDays(between(30, 90));
        d.lastTable = d.firstTable.plusDays(between(0, 60));
        d.approvedOn = d.lastTable.plusDays(between(10, 45));
        d.publishedOn = d.approvedOn.plusDays(between(3, 30));
        if (defect(0.05)) {
          d.approvedOn = d.publishedOn.plusDays(between(5, 20));
        }
        d.periodStart = d.publishedOn.plusDays(between(0, 30));
        if (previousEnd != null && !d.periodStart.isAfter(previousEnd)) {
          d.periodStart = previousEnd.plusDays(1);
        }
        double r = rnd.nextDouble();
        int months = defect(0.03) ? 30 : r < 0.7 ? 12 : r < 0.9 ? 18 : 24;
        d.periodEnd = d.periodStart.plusMonths(months).minusDays(1);
        plans.add(d);
        previousEnd = d.periodEnd;
      }
      PlanDates last = plans.get(plans.size() - 1);
      if (chance(0.7)) {
        asOf = last.periodEnd.plusDays(between(45, 240));
      } else {
        long duration = ChronoUnit.DAYS.between(last.periodStart, last.periodEnd);
        asOf = last.periodStart.plusDays(between(215, (int) Math.max(216, duration - 20)));
      }
      decisionRule = pick(DecisionRule.values());
      noticeDays = between(3, 7);
      return plans;
    }

    // ---------------------------------------------------------------------------------------------- sessions

    private static final class SessionDraft {
      final LocalDate date;
      SessionType type;
      final List<String[]> resolutions = new ArrayList<>();

      SessionDraft(LocalDate date, SessionType type) {
        this.date = date;
        this.type = type;
      }
    }

    private void scheduleSessions() {
      sessions.put(installed, new SessionDraft(installed, SessionType.INSTALLATION));
      int months = between(2, 4);
      LocalDate d = installed.plusDays(between(10, 40));
      boolean gap = defect(0.08);
      int gapAt = between(2, 5);
      for (int i = 0; !d.isAfter(asOf); i++) {
        sessions.putIfAbsent(d, new SessionDraft(d, SessionType.ORDINARY));
        d = d.plusMonths(months).plusDays(between(-10, 10));
        if (gap && i == gapAt) {
          d = d.plusMonths(between(5, 7));
        }
      }
      SessionDraft rules = sessions.higherEntry(installed).getValue();
      rules.resolutions.add(new String[] {next("res-"), ResolutionKind.RULES_APPROVAL.name(),
        "Se aprueban los lineamientos de operación del Secretariado Técnico Local"});
    }

    /** Adds a resolution to the session held on a date, creating an extraordinary session when there is none. */
    private String resolution(LocalDate date, ResolutionKind kind, String text) {
      SessionDraft s = sessions.computeIfAbsent(date, d -> new SessionDraft(d, SessionType.EXTRAORDINARY));
      String id = next("res-");
      s.resolutions.add(new String[] {id, kind.name(), text});
      return id;
    }

    private List<StlSession> buildSessions() {
      List<StlSession> result = new ArrayList<>();
      String chair = memberships.stream().filter(m -> m.role().orElse(null) == StlRole.CHAIR).map(StlMembership::id)
          .findFirst().orElse(memberships.get(0).id());
      int number = 0;
      for (SessionDraft draft : sessions.values()) {
        number++;
        LocalDate date = draft.date;
        StlSession.Builder s = StlSession.builder().id(next("s-")).number(number).type(draft.type).date(date);
        int present = 0;
        Map<String, String> alternates = new HashMap<>();
        for (StlMembership m : memberships) {
          m.alternateOfId().ifPresent(t -> alternates.put(t, m.id()));
        }
        boolean chairPresent = false;
        for (StlMembership m : memberships) {
          boolean active = !day(m.startDate()).orElse(installed).isAfter(date) && day(m.endDate()).map(date::isBefore).orElse(true);
          if (!active || !m.titular().orElse(true)) {
            continue;
          }
          boolean here = chance(0.85);
          if (here) {
            present++;
            chairPresent |= m.id().equals(chair);
            s.addAttendance(Attendance.builder().membershipId(m.id()).present(true).asAlternate(false).build());
          } else if (alternates.containsKey(m.id()) && chance(0.7)) {
            present++;
            s.addAttendance(Attendance.builder().membershipId(alternates.get(m.id())).present(true).asAlternate(true)
                .build());
          } else {
            s.addAttendance(Attendance.builder().membershipId(m.id()).present(false).build());
          }
        }
        if (chairPresent || chance(0.5)) {
          s.chairMembershipId(chair);
        }
        if (draft.type != SessionType.INSTALLATION) {
          s.agendaSentOn(defect(0.05) ? date.minusDays(between(0, noticeDays - 1))
              : date.minusDays(noticeDays + between(0, 3)));
        }
        List<String> agenda = new ArrayList<>(List.of(AGENDA[0], AGENDA[1]));
        agenda.add(AGENDA[between(2, AGENDA.length - 2)]);
        agenda.add(AGENDA[AGENDA.length - 1]);
        s.agenda(agenda);
        List<String[]> resolutions = new ArrayList<>(draft.resolutions);
        if (draft.type == SessionType.ORDINARY && chance(0.5)) {
          resolutions.add(new String[] {next("res-"), ResolutionKind.OTHER.name(), pick(OTHER_RESOLUTIONS)});
        }
        for (String[] r : resolutions) {
          int against = decisionRule == DecisionRule.CONSENSUS ? 0 : between(0, Math.min(1, present));
          int abstentions = decisionRule == DecisionRule.CONSENSUS ? 0 : between(0, Math.min(1, present - against));
          s.addResolution(Resolution.builder().id(r[0]).kind(ResolutionKind.valueOf(r[1])).text(r[2])
              .decisionRule(decisionRule).votesFor(present - against - abstentions).votesAgainst(against)
              .abstentions(abstentions).build());
        }
        if (!defect(0.05)) {
          s.minutesUrl(url("sesiones/" + number + "/minuta.pdf"));
          if (chance(0.3)) {
            documents.add(document(DocumentKind.MINUTES, "Minuta de la sesión " + number, "sesiones/" + number
                + "/minuta.pdf", date.plusDays(between(1, 15))));
          }
        }
        if (chance(0.3)) {
          s.videoUrl("https://www.youtube.com/watch?v=" + Long.toUnsignedString(rnd.nextLong(), 36));
        }
        result.add(s.build());
      }
      return result;
    }

    // ---------------------------------------------------------------------------------------------- STL

    private LocalTechnicalSecretariat.Builder stl() {
      RepresentationModel model = pick(RepresentationModel.values());
      int gov = between(size.governmentSeats[0], size.governmentSeats[1]);
      int cso = gov + between(0, 2);
      if (defect(0.2)) {
        cso = Math.max(1, gov - between(1, 2));
      }
      if (defect(0.05)) {
        cso = 0;
      }
      if (rate == 0) {
        cso = Math.max(2, cso);
      }
      int gar = between(size.guarantorSeats[0], size.guarantorSeats[1]);
      boolean invitationOnly = defect(0.07);
      boolean sloppyAlternates = defect(0.15);
      PublicCall call = PublicCall.builder().id(next("call-")).purpose(CallPurpose.STL_SEAT)
          .publishedOn(installed.minusDays(between(30, 60))).closesOn(installed.minusDays(between(7, 20)))
          .channels(someOf(Channel.class, 1, 3)).url(url("convocatoria-stl.pdf"))
          .eligibility("Organizaciones de la sociedad civil legalmente constituidas, colectivos y personas con "
              + "trayectoria en " + place + " en transparencia, participación o rendición de cuentas.")
          .requiredDocuments(List.of(REQUIRED_DOCUMENTS).subList(0, between(2, REQUIRED_DOCUMENTS.length)))
          .build();
      calls.add(call);
      List<String> govSeats = new ArrayList<>();
      List<String> pool = new ArrayList<>(government);
      if (model == RepresentationModel.MULTI_BRANCH) {
        List<String> branches = new ArrayList<>();
        for (String g : government) {
          GovernmentBranch branch = orgs.get(g).branch().orElse(GovernmentBranch.EXECUTIVE);
          if (branch == GovernmentBranch.LEGISLATIVE || branch == GovernmentBranch.JUDICIAL) {
            branches.add(g);
          }
        }
        pool.removeAll(branches);
        pool.addAll(1, branches);
      }
      for (int i = 0; i < gov && i < pool.size(); i++) {
        govSeats.add(pool.get(i));
      }
      List<String> csoSeats = new ArrayList<>();
      List<String> csoPool = new ArrayList<>(civilSociety);
      for (int i = 0; i < cso; i++) {
        csoSeats.add(csoPool.remove(rnd.nextInt(csoPool.size())));
      }
      boolean chairIsGuarantor = chance(0.5);
      LocalDate rotation = chance(0.15) && installed.plusDays(200).isBefore(asOf)
          ? dateBetween(installed.plusDays(100), asOf.minusDays(60)) : null;
      List<Signatory> signatories = new ArrayList<>();
      for (int i = 0; i < gar; i++) {
        StlRole role = i == 0 ? (chairIsGuarantor ? StlRole.CHAIR : StlRole.TECHNICAL_SECRETARIAT) : StlRole.MEMBER;
        seat(guarantor, Sector.GUARANTOR_BODY, role, SelectionMethod.EX_OFFICIO, null, null, sloppyAlternates,
            signatories, null);
      }
      for (int i = 0; i < govSeats.size(); i++) {
        StlRole role = i == 0 && !chairIsGuarantor ? StlRole.CHAIR
            : model == RepresentationModel.WITH_VOCALIAS ? StlRole.VOCAL : StlRole.MEMBER;
        seat(govSeats.get(i), Sector.GOVERNMENT, role, chance(0.7) ? SelectionMethod.EX_OFFICIO
            : SelectionMethod.INVITATION, null, null, sloppyAlternates, signatories, null);
      }
      for (int i = 0; i < csoSeats.size(); i++) {
        boolean regional = model == RepresentationModel.REGIONAL_LINKS && i > 0;
        StlRole role = i == 0 ? StlRole.CO_CHAIR : regional ? StlRole.REGIONAL_LINK
            : model == RepresentationModel.WITH_VOCALIAS ? StlRole.VOCAL : StlRole.MEMBER;
        SelectionMethod selection = invitationOnly ? SelectionMethod.INVITATION
            : regional ? SelectionMethod.DESIGNATED_BY_CSO_NUCLEUS : SelectionMethod.PUBLIC_CALL;
        String region = regional ? state.municipalities[i % state.municipalities.length] : null;
        LocalDate to = i == csoSeats.size() - 1 ? rotation : null;
        seat(csoSeats.get(i), Sector.CIVIL_SOCIETY, role, selection,
            selection == SelectionMethod.PUBLIC_CALL ? call.id() : null, region, sloppyAlternates, signatories, to);
        if (to != null && !csoPool.isEmpty()) {
          String replacement = csoPool.remove(rnd.nextInt(csoPool.size()));
          String titular = seatFrom(replacement, Sector.CIVIL_SOCIETY, role, selection,
              selection == SelectionMethod.PUBLIC_CALL ? call.id() : null, region, to, null);
          memberships.add(alternate(memberships.get(memberships.size() - 1), titular, to, null));
        }
      }
      boolean facilitator = !defect(0.08);
      if (facilitator) {
        String academy = academia.isEmpty() ? civilSociety.get(civilSociety.size() - 1) : academia.get(0);
        memberships.add(StlMembership.builder().id(next("m-")).organizationId(academy)
            .personId(representative(academy)).seatSector(orgs.get(academy).sector().orElseThrow())
            .role(StlRole.FACILITATOR).titular(true).startDate(installed).selection(SelectionMethod.INVITATION).build());
        memberOrgs.add(academy);
      }
      inaiObserves = chance(0.3);
      if (inaiObserves) {
        memberships.add(StlMembership.builder().id(next("m-")).organizationId(inai).personId(representative(inai))
            .seatSector(Sector.NATIONAL_GUARANTOR).role(StlRole.OBSERVER).titular(true).startDate(installed)
            .selection(SelectionMethod.EX_OFFICIO).build());
        memberOrgs.add(inai);
      }
      int titulars = (int) memberships.stream().filter(m -> m.titular().orElse(false)).count();
      OperatingRules.Builder rules = OperatingRules.builder()
          .approvedOn(sessions.higherKey(installed))
          .quorum(quorum(titulars))
          .agendaNoticeDays(noticeDays).decisionRule(decisionRule).meetingFrequencyMonths(between(1, 6))
          .alternatesPolicy(true).rotationPolicy(chance(0.5));
      if (!defect(0.1)) {
        rules.successionPlan(true).crisisContinuityAgreement(chance(0.8));
      } else {
        rules.successionPlan(false);
      }
      if (!defect(0.08)) {
        rules.publishedUrl(url("lineamientos-stl.pdf"));
      }
      documents.add(document(DocumentKind.INSTALLATION_ACT, "Acta de instalación del STL", "acta-instalacion.pdf",
          installed));
      documents.add(document(DocumentKind.OPERATING_RULES, "Lineamientos de operación del STL",
          "lineamientos-stl.pdf", sessions.higherKey(installed)));
      return LocalTechnicalSecretariat.builder().id(next("stl-")).installedOn(installed)
          .installationAct(InstallationAct.builder().date(installed).place(place + ", " + state.abbr)
              .signatories(signatories).documentUrl(url("acta-instalacion.pdf")).facilitatorDesignated(facilitator)
              .build())
          .memberships(memberships).representationModel(model)
          .forumType(chance(0.85) ? ForumType.DECISION_MAKING : ForumType.CONSULTATIVE)
          .rules(rules.build())
          .vision("Ser el espacio de referencia en " + place + " para el diálogo entre sociedad y gobierno.")
          .mission("Cocrear, implementar y dar seguimiento a planes de acción local de gobierno abierto.")
          .values(List.of(VALUES).subList(0, between(2, VALUES.length)))
          .communicationPlanUrl(url("plan-de-comunicacion.pdf"))
          .status(StlStatus.ACTIVE);
    }

    private QuorumRule quorum(int titulars) {
      QuorumRule.Builder q = QuorumRule.builder().minMembers(Math.max(1, titulars / 2 + 1))
          .putMinPerSector(Sector.GOVERNMENT, 1).putMinPerSector(Sector.CIVIL_SOCIETY, 1);
      if (chance(0.5)) {
        q.putMinPerSector(Sector.GUARANTOR_BODY, 1);
      }
      return q.build();
    }

    private void seat(String orgId, Sector sector, StlRole role, SelectionMethod selection, String callId,
        String region, boolean sloppyAlternates, List<Signatory> signatories, LocalDate to) {
      String titular = seatFrom(orgId, sector, role, selection, callId, region, installed, to);
      StlMembership t = memberships.get(memberships.size() - 1);
      signatories.add(Signatory.builder().organizationId(orgId).personId(t.personId()).sector(sector)
          .position(people.stream().filter(p -> p.id().equals(t.personId().orElse(""))).findFirst()
              .flatMap(Person::position).orElse("Integrante"))
          .build());
      if (!(sloppyAlternates && chance(0.5))) {
        memberships.add(alternate(t, titular, installed, to));
      }
    }

    private String seatFrom(String orgId, Sector sector, StlRole role, SelectionMethod selection, String callId,
        String region, LocalDate from, LocalDate to) {
      StlMembership.Builder m = StlMembership.builder().id(next("m-")).organizationId(orgId)
          .personId(representative(orgId)).seatSector(sector).role(role).titular(true).startDate(from)
          .selection(selection);
      if (callId != null) {
        m.publicCallId(callId);
      }
      if (region != null) {
        m.region(region);
      }
      if (to != null) {
        m.endDate(to);
      }
      StlMembership built = m.build();
      memberships.add(built);
      memberOrgs.add(orgId);
      return built.id();
    }

    private StlMembership alternate(StlMembership titular, String titularId, LocalDate from, LocalDate to) {
      String orgId = titular.organizationId().orElseThrow();
      StlMembership.Builder m = StlMembership.builder().id(next("m-")).organizationId(orgId)
          .personId(representative(orgId)).seatSector(titular.seatSector().orElseThrow())
          .role(switch (titular.role().orElse(StlRole.MEMBER)) {
            case CHAIR, CO_CHAIR, TECHNICAL_SECRETARIAT -> StlRole.MEMBER;
            default -> titular.role().orElse(StlRole.MEMBER);
          }).titular(false).alternateOfId(titularId).startDate(from)
          .selection(titular.selection().orElse(SelectionMethod.INVITATION));
      titular.publicCallId().ifPresent(m::publicCallId);
      titular.region().ifPresent(m::region);
      if (to != null) {
        m.endDate(to);
      }
      return m.build();
    }

    // ---------------------------------------------------------------------------------------------- step 1 and 2

    private List<JointDeclaration> declarations() {
      List<JointDeclaration> result = new ArrayList<>();
      result.add(declaration(declared, DeclarationKind.ORIGINAL));
      if (chance(0.2) && installed.plusDays(200).isBefore(asOf)) {
        result.add(declaration(dateBetween(max(installed, declared).plusDays(100), asOf.minusDays(30)),
            DeclarationKind.REAFFIRMATION));
      }
      return result;
    }

    private JointDeclaration declaration(LocalDate date, DeclarationKind kind) {
      List<Signatory> signatories = new ArrayList<>();
      boolean headSigns = !defect(0.06);
      String govOrg = headSigns ? head : government.get(Math.min(1, government.size() - 1));
      String govPerson = headSigns ? headOf(govOrg) : representative(govOrg);
      signatories.add(Signatory.builder().organizationId(govOrg).personId(govPerson).sector(Sector.GOVERNMENT)
          .position(positionOf(govPerson)).build());
      if (chance(0.4) && government.size() > 2) {
        signatories.add(Signatory.builder().organizationId(government.get(2)).sector(Sector.GOVERNMENT).build());
      }
      if (!defect(0.05)) {
        String c = civilSociety.get(0);
        String p = headOf(c);
        signatories.add(Signatory.builder().organizationId(c).personId(p).position(positionOf(p)).build());
      }
      String g = headOf(guarantor);
      signatories.add(Signatory.builder().organizationId(guarantor).personId(g).sector(Sector.GUARANTOR_BODY)
          .position(positionOf(g)).build());
      JointDeclaration.Builder d = JointDeclaration.builder().id(next("decl-")).signedOn(date).kind(kind)
          .signatories(signatories).documentUrl(url("documentos/" + kind.name().toLowerCase(Locale.ROOT) + ".pdf"))
          .declaredAims("Impulsar en " + place + " un ejercicio de gobierno abierto que transparente la gestión "
              + "pública y abra espacios permanentes de cocreación entre sociedad y gobierno.");
      if (chance(0.7)) {
        d.addWitnessId(inai);
      }
      return d.build();
    }

    private String positionOf(String personId) {
      return people.stream().filter(p -> p.id().equals(personId)).findFirst().flatMap(Person::position)
          .orElse("Integrante");
    }

    private PromoterGroup promoterGroup() {
      LocalDate formed = dateBetween(declared.plusDays(3), max(declared.plusDays(3), installed.minusDays(10)));
      return PromoterGroup.builder().formedOn(formed).addMemberId(guarantor).addMemberId(head)
          .addMemberId(civilSociety.get(0)).workPlanUrl(url("grupo-promotor/plan-de-trabajo.pdf")).build();
    }

    private List<Accompaniment> accompaniments(List<PlanDates> plans) {
      List<Accompaniment> result = new ArrayList<>();
      if (!defect(0.06)) {
        result.add(Accompaniment.builder().organizationId(inai).kind(AccompanimentKind.WITNESS).date(declared)
            .description("El INAI atestigua la firma de la Declaración Conjunta.").build());
        result.add(Accompaniment.builder().organizationId(inai).kind(AccompanimentKind.TRAINING)
            .date(dateBetween(declared, max(declared, installed)))
            .description("Taller de gobierno abierto para personas servidoras públicas y OSC.").build());
        result.add(Accompaniment.builder().organizationId(inai).kind(AccompanimentKind.ADVISORY)
            .date(plans.get(0).firstTable).description("Asesoría metodológica para las mesas participativas.")
            .build());
      }
      if (!international.isEmpty() && chance(0.4)) {
        result.add(Accompaniment.builder().organizationId(international.get(0)).kind(AccompanimentKind.FUNDING)
            .date(plans.get(0).periodStart).description("Apoyo financiero para la alineación con la Agenda 2030.")
            .build());
      }
      return result;
    }

    private List<AwarenessEvent> awarenessEvents() {
      int n = between(size.events[0], size.events[1]);
      boolean noServants = defect(0.08);
      LocalDate from = declared.plusDays(3);
      LocalDate to = max(from, installed.minusDays(3));
      List<AwarenessEvent> result = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Set<Audience> audiences;
        if (i == 0) {
          audiences = EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC);
        } else if (i == 1) {
          audiences = noServants ? EnumSet.of(Audience.ACADEMIA, Audience.JOURNALISTS)
              : EnumSet.of(Audience.PUBLIC_SERVANTS, Audience.SENIOR_OFFICIALS);
        } else {
          audiences = someOf(Audience.class, 1, 3);
          if (noServants) {
            audiences.remove(Audience.PUBLIC_SERVANTS);
            audiences.remove(Audience.SENIOR_OFFICIALS);
            if (audiences.isEmpty()) {
              audiences.add(Audience.MUNICIPALITIES);
            }
          }
        }
        LocalDate date = i > 1 && chance(0.2) ? dateBetween(installed, min(asOf, installed.plusDays(120)))
            : dateBetween(from, to);
        EventFormat format = pick(EventFormat.values());
        String label = switch (format) {
          case FORUM -> "Foro";
          case WORKSHOP -> "Taller";
          case SEMINAR -> "Seminario";
          case JOURNEY -> "Jornada";
          case TRAINING -> "Capacitación";
        };
        AwarenessEvent.Builder e = AwarenessEvent.builder().id(next("ev-"))
            .title(label + " de gobierno abierto en " + place).date(date).city(pick(state.municipalities))
            .format(format).audiences(audiences).addOrganizerId(guarantor);
        if (chance(0.6)) {
          e.addOrganizerId(inai);
        }
        if (chance(0.85)) {
          e.attendees(between(20, 600));
        }
        result.add(e.build());
      }
      result.sort((a, b) -> a.date().orElseThrow().earliest().compareTo(b.date().orElseThrow().earliest()));
      return result;
    }

    // ---------------------------------------------------------------------------------------------- plans

    private LocalActionPlan plan(PlanDates d) {
      int k = d.ordinal;
      int commitments = size.commitments / size.plans;
      int tableCount = between(size.minTables, size.maxTables);
      CoCreationProcess.Builder co = CoCreationProcess.builder();
      PublicCall call = PublicCall.builder().id(next("call-")).purpose(CallPurpose.TABLES)
          .publishedOn(d.firstTable.minusDays(between(20, 45))).closesOn(d.firstTable.minusDays(between(1, 7)))
          .channels(someOf(Channel.class, 1, 4)).url(url("plan-" + k + "/convocatoria-mesas.pdf"))
          .eligibility("Abierta a toda persona, colectivo u organización interesada.").build();
      calls.add(call);
      co.publicCallId(call.id());
      co.timelinePublishedOn(defect(0.08) ? d.firstTable.minusDays(between(1, 10))
          : d.firstTable.minusDays(between(14, 40)));
      if (!defect(0.08)) {
        int inputs = between(1, 3);
        for (int i = 0; i < inputs; i++) {
          DiagnosticKind kind = pick(DiagnosticKind.values());
          co.addDiagnosticInput(DiagnosticInput.builder().id(next("d-")).kind(kind).technique(pick(Technique.values()))
              .date(dateBetween(d.firstTable.minusDays(90), d.firstTable.minusDays(5)))
              .description("Insumo de diagnóstico para las mesas: " + kind.labelEs().toLowerCase(Locale.ROOT) + ".")
              .participants(between(15, 2500)).reportUrl(url("plan-" + k + "/diagnostico-" + (i + 1) + ".pdf"))
              .build());
        }
      }
      // tables
      double style = rnd.nextDouble();
      List<ParticipatoryTable> tables = new ArrayList<>();
      List<Theme> tableThemes = new ArrayList<>();
      List<List<String>> tableOrgs = new ArrayList<>();
      for (int i = 0; i < tableCount; i++) {
        Theme theme = themes.get((i + (k - 1) * 3) % themes.size());
        TableKind kind = style < 0.5 ? TableKind.THEMATIC
            : style < 0.75 ? (i == tableCount - 1 ? TableKind.SUPPLY : TableKind.DEMAND) : TableKind.REGIONAL;
        if (i == tableCount - 1 && chance(0.2)) {
          kind = TableKind.TECHNOLOGY;
        }
        LocalDate date = i == 0 ? d.firstTable : i == tableCount - 1 ? d.lastTable
            : dateBetween(d.firstTable, d.lastTable);
        String city = kind == TableKind.REGIONAL ? state.municipalities[i % state.municipalities.length]
            : pick(state.municipalities);
        List<Participation> participants = new ArrayList<>();
        List<String> present = new ArrayList<>();
        boolean onlyGovernment = defect(0.04);
        String office = offices.getOrDefault(theme, head);
        present.add(office);
        if (!onlyGovernment) {
          present.add(guarantor);
          int csos = between(2, 6);
          for (int j = 0; j < csos; j++) {
            String c = pick(civilSociety);
            if (!present.contains(c)) {
              present.add(c);
            }
          }
          if (!academia.isEmpty() && chance(0.4)) {
            present.add(pick(academia));
          }
          if (!otherOrgs.isEmpty() && chance(0.3)) {
            present.add(pick(otherOrgs));
          }
        } else if (government.size() > 1) {
          present.add(pick(government));
        }
        for (String o : new LinkedHashSet<>(present)) {
          Participation.Builder p = Participation.builder().organizationId(o).stlMember(memberOrgs.contains(o));
          if (chance(0.8)) {
            p.sector(orgs.get(o).sector().orElseThrow());
          }
          if (chance(0.3)) {
            p.personId(representative(o));
          }
          participants.add(p.build());
        }
        Iap2Level levelOfParticipation = defect(0.06) ? pick(new Iap2Level[] {Iap2Level.INFORM, Iap2Level.CONSULT})
            : pick(new Iap2Level[] {Iap2Level.INVOLVE, Iap2Level.COLLABORATE, Iap2Level.EMPOWER});
        String id = next("t-");
        tables.add(ParticipatoryTable.builder().id(id).kind(kind).theme(theme.name).date(date).city(city)
            .venue(pick(new String[] {"Auditorio del organismo garante", "Casa de la Cultura", "Palacio Municipal",
              "Biblioteca Pública Central", "Universidad"}) + " de " + city)
            .participationLevel(levelOfParticipation).technique(pick(Technique.values())).participants(participants)
            .reportUrl(url("plan-" + k + "/mesas/" + id + ".pdf")).build());
        tableThemes.add(theme);
        tableOrgs.add(new ArrayList<>(new LinkedHashSet<>(present)));
        documents.add(document(DocumentKind.TABLE_REPORT, "Relatoría de la mesa " + theme.name,
            "plan-" + k + "/mesas/" + id + ".pdf", date.plusDays(between(1, 20))));
      }
      co.tables(tables);
      // proposals: the first `commitments` become commitments
      int proposalCount = commitments + Math.max(tableCount, commitments / 4) + between(0, 3);
      List<Proposal> proposals = new ArrayList<>();
      List<Theme> proposalThemes = new ArrayList<>();
      List<String> proposers = new ArrayList<>();
      for (int i = 0; i < proposalCount; i++) {
        int t = i % tableCount;
        Theme theme = tableThemes.get(t);
        List<String> at = tableOrgs.get(t);
        String by = at.get(rnd.nextInt(at.size()));
        Disposition disposition;
        if (i < commitments) {
          disposition = chance(0.8) ? Disposition.ADOPTED : Disposition.MERGED;
        } else {
          double r = rnd.nextDouble();
          disposition = r < 0.25 ? Disposition.ADOPTED : r < 0.45 ? Disposition.MERGED
              : r < 0.7 ? Disposition.DEFERRED : Disposition.REJECTED;
        }
        Proposal.Builder p = Proposal.builder().id(next("pr-")).tableId(tables.get(t).id()).submittedById(by)
            .sector(orgs.get(by).sector().orElseThrow())
            .problem(es("En " + place + " " + pick(CAUSES) + " en lo que toca a " + theme.topic + "."))
            .proposedSolution(es("Crear " + pick(MECHANISMS) + " para " + theme.topic + ".")).disposition(disposition);
        boolean needsResponse = disposition != Disposition.ADOPTED;
        if ((needsResponse && !defect(0.08)) || (!needsResponse && chance(0.3))) {
          p.response(ReasonedResponse.builder()
              .text(switch (disposition) {
                case ADOPTED -> "La propuesta se incorpora como compromiso del plan.";
                case MERGED -> "La propuesta se integra con otra afín en un solo compromiso.";
                case DEFERRED -> "La propuesta se considerará en el siguiente plan por falta de suficiencia "
                    + "presupuestal en el ejercicio actual.";
                case REJECTED -> "La propuesta excede las atribuciones de las instituciones participantes.";
              })
              .publishedOn(dateBetween(d.lastTable, d.publishedOn))
              .url(url("plan-" + k + "/respuestas-razonadas.pdf")).build());
        }
        proposals.add(p.build());
        proposalThemes.add(theme);
        proposers.add(by);
      }
      co.proposals(proposals);
      // approval
      boolean resolved = !defect(0.05);
      String approval = resolved ? resolution(d.approvedOn, ResolutionKind.PAL_APPROVAL,
          "Se aprueba el Plan de Acción Local " + k + " de " + place) : null;
      // commitments
      List<Commitment> list = new ArrayList<>();
      for (int i = 0; i < commitments; i++) {
        list.add(commitment(d, i + 1, proposalThemes.get(i), proposals, i, proposers.get(i)));
      }
      boolean ended = asOf.isAfter(d.periodEnd);
      String hash = Long.toHexString(rnd.nextLong()) + Long.toHexString(rnd.nextLong());
      LocalActionPlan.Builder plan = LocalActionPlan.builder().id(next("pal-")).ordinal(k)
          .title("Plan de Acción Local " + d.periodStart.getYear() + "-" + d.periodEnd.getYear() + " de " + place)
          .periodStart(d.periodStart).periodEnd(d.periodEnd).approvedOn(d.approvedOn)
          .launchEventOn(d.publishedOn.plusDays(between(0, 10)))
          .approvedTextHash("sha256:" + hash)
          .publishedTextHash(defect(0.03) ? "sha256:" + hash + "0" : "sha256:" + hash)
          .status(ended ? PlanStatus.CLOSED : PlanStatus.IN_IMPLEMENTATION)
          .sections(sections(k))
          .crossCuttingReview(defect(0.1) ? EnumSet.noneOf(CrossCuttingTheme.class)
              : someOf(CrossCuttingTheme.class, 2, 4))
          .trackingDashboardUrl(url("plan-" + k + "/tablero"))
          .coCreation(co.build())
          .commitments(list);
      if (approval != null) {
        plan.approvedByResolutionId(approval);
      }
      if (!defect(0.04)) {
        plan.publishedOn(d.publishedOn).documentUrl(url("plan-" + k + "/pal.pdf"));
        documents.add(document(DocumentKind.PAL, "Plan de Acción Local " + k, "plan-" + k + "/pal.pdf",
            d.publishedOn));
      }
      plan.progressReports(progressReports(d, list));
      plan.evaluations(evaluations(d, list));
      return plan.build();
    }

    private PalSections sections(int k) {
      List<ConceptEntry> concepts = new ArrayList<>();
      for (String[] c : CONCEPTS) {
        concepts.add(ConceptEntry.builder().term(c[0]).definition(c[1]).build());
      }
      Introduction.Builder intro = Introduction.builder()
          .context(place + " enfrenta retos de confianza institucional, acceso a servicios y uso transparente de "
              + "los recursos públicos.")
          .importance("El ejercicio permite que sociedad y gobierno definan juntos problemas y soluciones.")
          .actors("Participan el organismo garante local, el gobierno, organizaciones de la sociedad civil y el "
              + "INAI, cuya colaboración da legitimidad y continuidad a los compromisos.")
          .expectedOutcomes("Mejores servicios de salud, educación y seguridad, y un uso más transparente de los "
              + "recursos.")
          .addActorId(guarantor).addActorId(head).addActorId(civilSociety.get(0));
      if (!defect(0.05)) {
        intro.addActorId(inai);
      }
      PalSections.Builder s = PalSections.builder().introduction(intro.build())
          .legalContext(List.of(LEGAL_CONTEXT).subList(0, defect(0.05) ? 0 : between(6, LEGAL_CONTEXT.length)))
          .stlComposition("El STL se integra por representantes del gobierno, de la sociedad civil y del organismo "
              + "garante.")
          .coCreationMethodology("Mesas participativas temáticas con la técnica de grupo nominal.")
          .followUpMechanism("Reportes semestrales de avance publicados en el tablero de seguimiento.");
      if (!defect(0.05)) {
        s.conceptMap(concepts);
      }
      return s.build();
    }

    private Commitment commitment(PlanDates d, int number, Theme theme, List<Proposal> proposals, int proposal,
        String proposer) {
      String id = code + "-" + d.periodStart.getYear() + "-P" + d.ordinal + "-C" + number;
      LocalDate start = d.periodStart.plusDays(between(0, 30));
      LocalDate end = d.periodEnd.minusDays(between(0, 30));
      boolean outside = defect(0.03);
      if (outside) {
        if (chance(0.5)) {
          start = d.periodStart.minusDays(between(10, 60));
        } else {
          end = d.periodEnd.plusDays(between(10, 60));
        }
      }
      String office = offices.getOrDefault(theme, head);
      Commitment.Builder c = Commitment.builder().id(id).number(number)
          .title(es(String.format(Locale.ROOT, pick(TITLE_FORMS), theme.topic)))
          .type(number > 1 && chance(0.12) ? CommitmentType.PROACTIVE : CommitmentType.REGULAR)
          .specificObjectives(List.of("Publicar información completa y oportuna sobre " + theme.topic + ".",
              "Crear un espacio de seguimiento con organizaciones de la sociedad civil.").subList(0, between(1, 2)))
          .description("El compromiso pone a disposición de la ciudadanía información sobre " + theme.topic
              + " y establece " + pick(MECHANISMS) + ".")
          .expectedResults("Información útil y verificable, y una ciudadanía que vigila " + theme.topic + ".")
          .relevanceJustification("Abre información antes reservada y crea un canal de participación y rendición "
              + "de cuentas.")
          .policyArea(theme.area)
          .startDate(start);
      if (!defect(0.03)) {
        c.problem("En " + place + ", " + pick(CAUSES) + " respecto " + es("de " + theme.topic) + "; en consecuencia, "
            + pick(EFFECTS) + ".");
      }
      if (!defect(0.06)) {
        c.statusQuo("Hoy la información sobre " + theme.topic + " se publica de forma parcial y sin periodicidad.");
      }
      if (!defect(0.03)) {
        c.objective("Transparentar y someter al escrutinio ciudadano " + theme.topic + " mediante "
            + pick(MECHANISMS) + ".");
      }
      if (!defect(0.06)) {
        c.contributionToProblem("Al publicar la información y abrir su seguimiento, la ciudadanía puede detectar y "
            + "reportar irregularidades, lo que reduce la opacidad.");
      }
      if (!(outside && chance(0.3))) {
        c.endDate(end);
      } else {
        end = d.periodEnd;
      }
      c.components(defect(0.5) ? someOf(OpenGovComponent.class, 1, 4) : EnumSet.allOf(OpenGovComponent.class));
      Set<OgpValue> values = EnumSet.noneOf(OgpValue.class);
      if (defect(0.03)) {
        values.add(OgpValue.TECHNOLOGY_AND_INNOVATION);
      } else {
        OgpValue[] core = {OgpValue.ACCESS_TO_INFORMATION, OgpValue.CIVIC_PARTICIPATION,
          OgpValue.PUBLIC_ACCOUNTABILITY};
        int n = between(1, 3);
        while (values.size() < n) {
          values.add(pick(core));
        }
        if (chance(0.3)) {
          values.add(OgpValue.TECHNOLOGY_AND_INNOVATION);
        }
      }
      c.ogpValues(values);
      List<String> responsible = new ArrayList<>();
      if (!defect(0.03)) {
        responsible.add(office);
        if (chance(0.3) && government.size() > 1) {
          String other = pick(government);
          if (!other.equals(office)) {
            responsible.add(other);
          }
        }
      }
      c.responsibleInstitutionIds(responsible);
      List<String> csos = new ArrayList<>();
      if (!defect(0.1)) {
        csos.add(orgs.get(proposer).sector().orElse(null) == Sector.CIVIL_SOCIETY ? proposer : pick(civilSociety));
        if (chance(0.3)) {
          String other = pick(civilSociety);
          if (!csos.contains(other)) {
            csos.add(other);
          }
        }
      }
      c.coResponsibleCsoIds(csos);
      if (chance(0.4) && !academia.isEmpty()) {
        c.addOtherActorId(pick(academia));
      }
      if (chance(0.2) && !international.isEmpty()) {
        c.addOtherActorId(pick(international));
      }
      // milestones
      int n = between(size.minMilestones, size.maxMilestones);
      long days = Math.max(n, ChronoUnit.DAYS.between(start, end) + 1);
      if (rate == 0) {
        n = (int) Math.max(n, days / 170 + 1);
      }
      boolean weighted = chance(0.5);
      int[] weights = weights(n);
      if (weighted && defect(0.05)) {
        weights[n - 1] = Math.min(100, weights[n - 1] + 15);
      }
      List<Milestone> milestones = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        LocalDate mStart = start.plusDays(days * i / n);
        LocalDate due = i == n - 1 ? end : start.plusDays(days * (i + 1) / n - 1);
        milestones.add(milestone(id, i + 1, n, theme, mStart, due, d, weighted ? weights[i] : -1, office, csos));
      }
      c.milestones(milestones);
      // indicators
      int indicators = defect(0.05) ? 0 : between(rate == 0 ? 2 : 1, 3);
      for (int i = 0; i < indicators; i++) {
        c.addIndicator(indicator(id, i + 1, theme, start, end, office));
      }
      if (!defect(0.05)) {
        if (chance(0.72)) {
          c.budget(Budget.builder().amount(BigDecimal.valueOf(between(50, 5000) * 1000L)).currency("MXN")
              .source(pick(SOURCES)).noSpecificBudget(false).build());
        } else {
          c.budget(Budget.builder().noSpecificBudget(true).build());
        }
      }
      if (!defect(0.1)) {
        c.addSdgTarget(theme.sdg);
        if (chance(0.3) && !theme.sdg.equals("16.10")) {
          c.addSdgTarget("16.10");
        }
      }
      c.addLinkedProgram("Plan " + (level == JurisdictionLevel.STATE ? "Estatal" : "Municipal") + " de Desarrollo, "
          + "eje " + theme.area);
      if (chance(0.3)) {
        c.addLinkedProgram("Programa Sectorial de " + theme.area);
      }
      c.crossCutting(someOf(CrossCuttingTheme.class, 0, 2));
      if (!defect(0.06)) {
        c.addOriginProposalId(proposals.get(proposal).id());
        if (chance(0.25)) {
          for (int j = proposals.size() - 1; j >= 0; j--) {
            if (proposals.get(j).disposition().orElse(null) == Disposition.MERGED && j != proposal) {
              c.addOriginProposalId(proposals.get(j).id());
              break;
            }
          }
        }
      }
      c.continuesExistingPractice(defect(0.06));
      if (chance(0.8)) {
        c.contactPersonId(person(office, "Enlace de gobierno abierto", "Enlace de gobierno abierto",
            Seniority.OPERATIONAL));
      }
      LocalDate changeFrom = start.plusDays(60);
      LocalDate changeTo = min(min(end, asOf), d.periodEnd);
      if (chance(0.12) && changeFrom.isBefore(changeTo)) {
        LocalDate when = dateBetween(changeFrom, changeTo);
        CommitmentChange.Builder change = CommitmentChange.builder().date(when)
            .description("Se recorre la fecha de término del hito " + between(1, n) + " y se precisa su entregable.");
        if (!defect(0.2)) {
          change.reason("La información requerida depende de un sistema que la dependencia aún no libera.");
          change.approvedByResolutionId(resolution(when, ResolutionKind.COMMITMENT_CHANGE,
              "Se aprueba la modificación del compromiso " + id));
        }
        c.addModification(change.build());
      }
      return c.build();
    }

    private int[] weights(int n) {
      int[] parts = new int[n];
      int sum = 0;
      for (int i = 0; i < n; i++) {
        parts[i] = between(1, 4);
        sum += parts[i];
      }
      int[] w = new int[n];
      int total = 0;
      for (int i = 0; i < n; i++) {
        w[i] = 100 * parts[i] / sum;
        total += w[i];
      }
      w[n - 1] += 100 - total;
      return w;
    }

    private Milestone milestone(String commitmentId, int number, int count, Theme theme, LocalDate start,
        LocalDate due, PlanDates plan, int weight, String office, List<String> csos) {
      int stage = Math.min(DELIVERABLES.length - 1, number == count ? DELIVERABLES.length - 1
          : (number - 1) * (DELIVERABLES.length - 1) / Math.max(1, count - 1));
      String deliverable = es(String.format(Locale.ROOT, DELIVERABLES[stage], theme.topic));
      Milestone.Builder m = Milestone.builder().id(commitmentId + "-M" + number).number(number)
          .description("Actividad " + number + " de " + count + ": " + deliverable.toLowerCase(Locale.ROOT) + ".")
          .startDate(start);
      if (!defect(0.04)) {
        m.deliverable(deliverable);
      }
      if (!defect(0.04)) {
        m.verificationMeans(pick(MEANS));
      }
      if (chance(0.5)) {
        m.indicatorText("Porcentaje de avance del entregable: " + deliverable.toLowerCase(Locale.ROOT));
      }
      if (!defect(0.04)) {
        m.addResponsible(Responsible.builder().organizationId(office).side(ResponsibleSide.GOVERNMENT).build());
        if (!csos.isEmpty() && chance(0.7)) {
          m.addResponsible(Responsible.builder().organizationId(csos.get(0)).side(ResponsibleSide.CIVIL_SOCIETY)
              .build());
        }
      }
      LocalDate dueDate = due;
      if (defect(0.03)) {
        if (chance(0.7)) {
          dueDate = due.plusDays(between(10, 60));
          m.dueDate(dueDate);
        } else {
          dueDate = null;
        }
      } else {
        m.dueDate(due);
      }
      long months = ChronoUnit.MONTHS.between(plan.periodStart, due);
      m.period(number == count ? MilestonePeriod.FINAL
          : months < 6 ? MilestonePeriod.SEMESTER_1 : months < 12 ? MilestonePeriod.SEMESTER_2
          : MilestonePeriod.SEMESTER_3);
      if (weight >= 0) {
        m.weight(BigDecimal.valueOf(weight));
      }
      LocalDate limit = dueDate == null ? due : dueDate;
      if (limit.isBefore(asOf)) {
        double r = rnd.nextDouble();
        if (defect(0.12)) {
          MilestoneStatus recorded = pick(new MilestoneStatus[] {MilestoneStatus.NOT_STARTED,
            MilestoneStatus.IN_PROGRESS, MilestoneStatus.LATE});
          m.status(recorded);
          if (recorded != MilestoneStatus.NOT_STARTED) {
            m.progressNarrative("El avance se retrasó por cambios administrativos en la dependencia.");
          }
        } else {
          LocalDate done = r < 0.9 ? dateBetween(max(start, limit.minusDays(30)), limit)
              : dateBetween(limit.plusDays(1), min(asOf, limit.plusDays(40)));
          complete(m, min(done, asOf), theme);
        }
      } else if (!start.isAfter(asOf)) {
        if (chance(0.1)) {
          complete(m, dateBetween(start, asOf), theme);
        } else {
          m.status(MilestoneStatus.IN_PROGRESS)
              .progressNarrative(es("Se trabaja con las organizaciones en el contenido de " + theme.topic + "."));
        }
      } else {
        m.status(MilestoneStatus.NOT_STARTED);
      }
      return m.build();
    }

    private void complete(Milestone.Builder m, LocalDate on, Theme theme) {
      m.status(MilestoneStatus.COMPLETED).completedOn(on)
          .progressNarrative(es("Se integró la información de " + theme.topic + " con apoyo de las organizaciones."))
          .completionNarrative("El entregable se publicó y fue revisado en la mesa de seguimiento.")
          .addEvidenceUrl(url("evidencias/" + Long.toUnsignedString(rnd.nextLong(), 36) + ".pdf"));
      if (chance(0.3)) {
        m.addEvidenceUrl(url("evidencias/" + Long.toUnsignedString(rnd.nextLong(), 36) + ".pdf"));
      }
    }

    private Indicator indicator(String commitmentId, int number, Theme theme, LocalDate start, LocalDate end,
        String office) {
      IndicatorType type = number == 1 ? pick(new IndicatorType[] {IndicatorType.INPUT, IndicatorType.OUTPUT,
        IndicatorType.PROCESS}) : number == 2 ? pick(new IndicatorType[] {IndicatorType.INTERMEDIATE_RESULT,
          IndicatorType.IMPACT}) : pick(IndicatorType.values());
      String[] shape = switch (type) {
        case INPUT -> new String[] {"Personas servidoras públicas capacitadas", "personas"};
        case OUTPUT -> new String[] {"Registros publicados en formato abierto", "registros"};
        case PROCESS -> new String[] {"Sesiones de seguimiento realizadas", "sesiones"};
        case INTERMEDIATE_RESULT -> new String[] {"Consultas ciudadanas a la información publicada", "visitas"};
        case IMPACT -> new String[] {"Quejas ciudadanas atendidas", "por ciento"};
      };
      int target = type == IndicatorType.IMPACT ? between(50, 95) : type == IndicatorType.PROCESS ? between(4, 12)
          : between(20, 5000);
      Indicator.Builder b = Indicator.builder().id(commitmentId + "-I" + number)
          .name(es(shape[0] + " sobre " + theme.topic)).variable(shape[0]).unitOfMeasure(shape[1])
          .targetDate(end).period(start.getYear() == end.getYear() ? "Año " + end.getYear()
              : start.getYear() + "-" + end.getYear())
          .frequency(pick(FREQUENCIES)).type(type);
      if (!defect(0.04)) {
        b.target(BigDecimal.valueOf(target));
      }
      if (chance(0.5)) {
        b.baseline(BigDecimal.valueOf(target / between(3, 10)));
      }
      LocalDate last = min(end, asOf);
      if (start.isBefore(last)) {
        int count = between(0, 3);
        for (int i = 0; i < count; i++) {
          b.addMeasurement(Measurement.builder().date(dateBetween(start, last))
              .value(BigDecimal.valueOf(between(0, target))).source("Registros administrativos de "
                  + orgs.get(office).name().orElseThrow()).build());
        }
      }
      return b.build();
    }

    // ---------------------------------------------------------------------------------------------- step 6

    private List<ProgressReport> progressReports(PlanDates d, List<Commitment> commitments) {
      List<ProgressReport> result = new ArrayList<>();
      if (defect(0.04)) {
        return result;
      }
      boolean skipOne = defect(0.1);
      int months = chance(0.3) ? 4 : 6;
      LocalDate from = d.periodStart;
      for (int i = 0; !from.isAfter(d.periodEnd); i++) {
        LocalDate to = min(from.plusMonths(months).minusDays(1), d.periodEnd);
        LocalDate published = to.plusDays(between(5, 30));
        if (published.isAfter(asOf)) {
          break;
        }
        if (!(skipOne && i == 1)) {
          result.add(progressReport(d, commitments, from, to, published));
        }
        from = to.plusDays(1);
      }
      return result;
    }

    private ProgressReport progressReport(PlanDates d, List<Commitment> commitments, LocalDate from, LocalDate to,
        LocalDate published) {
      String id = next("rep-");
      double r = rnd.nextDouble();
      ReportAuthorRole role = r < 0.4 ? ReportAuthorRole.GUARANTOR : r < 0.7 ? ReportAuthorRole.STL
          : r < 0.9 ? ReportAuthorRole.GOVERNMENT : ReportAuthorRole.CIVIL_SOCIETY;
      String author = switch (role) {
        case GUARANTOR, STL -> guarantor;
        case GOVERNMENT -> head;
        case CIVIL_SOCIETY -> civilSociety.get(0);
      };
      ProgressReport.Builder b = ProgressReport.builder().id(id).periodFrom(from).periodTo(to).publishedOn(published)
          .authorId(author).authorRole(role).url(url("plan-" + d.ordinal + "/reportes/" + id + ".pdf"));
      for (Commitment c : commitments) {
        for (Milestone m : c.milestones()) {
          MilestoneStatus status = null;
          if (day(m.completedOn()).map(x -> !x.isBefore(from) && !x.isAfter(to)).orElse(false)) {
            status = MilestoneStatus.COMPLETED;
          } else if (day(m.completedOn()).map(x -> x.isBefore(from)).orElse(false)) {
            continue;
          } else if (day(m.dueDate()).map(x -> !x.isBefore(from) && !x.isAfter(to)).orElse(false)) {
            status = MilestoneStatus.LATE;
          } else if (day(m.startDate()).map(x -> !x.isBefore(from) && !x.isAfter(to)).orElse(false)) {
            status = MilestoneStatus.IN_PROGRESS;
          }
          if (status == null) {
            continue;
          }
          MilestoneUpdate.Builder u = MilestoneUpdate.builder().milestoneId(m.id()).status(status);
          if (!defect(0.05)) {
            u.narrative(switch (status) {
              case COMPLETED -> "Se concluyó el hito y se publicó su evidencia.";
              case LATE -> "El hito se retrasó por falta de información de la dependencia responsable.";
              default -> "El hito avanza conforme al calendario acordado.";
            });
          }
          if (!defect(0.05)) {
            u.addEvidenceUrl(m.evidenceUrls().isEmpty() ? url("plan-" + d.ordinal + "/evidencias/" + m.id() + ".pdf")
                : m.evidenceUrls().get(0));
          }
          b.addMilestoneUpdate(u.build());
        }
      }
      int comments = published.isBefore(asOf) ? between(0, 3) : 0;
      for (int i = 0; i < comments; i++) {
        CitizenComment.Builder cc = CitizenComment.builder().date(dateBetween(published, asOf))
            .text(pick(new String[] {"¿Cuándo se publicarán los datos completos?",
              "Felicito a las organizaciones por el seguimiento.", "La liga de la evidencia no abre.",
              "Solicito que se incluya a mi colonia en las mesas."}));
        if (chance(0.8)) {
          cc.reply("Gracias por su comentario; la dependencia responsable dará respuesta en la siguiente sesión.");
        }
        b.addCitizenComment(cc.build());
      }
      documents.add(document(DocumentKind.PROGRESS_REPORT, "Reporte de avance " + id,
          "plan-" + d.ordinal + "/reportes/" + id + ".pdf", published));
      return b.build();
    }

    private List<Evaluation> evaluations(PlanDates d, List<Commitment> commitments) {
      List<Evaluation> result = new ArrayList<>();
      boolean ogp = chance(0.15);
      String evaluator = independentEvaluator();
      if (defect(0.05)) {
        evaluator = memberships.get(0).organizationId().orElseThrow();
      }
      LocalDate design = d.publishedOn.plusDays(defect(0.08) ? between(80, 150) : between(20, 55));
      if (!design.isAfter(asOf)) {
        result.add(evaluation(d, ogp ? EvaluationType.INCEPTION : EvaluationType.DESIGN, evaluator,
            design, commitments));
      }
      if (ogp) {
        List<Commitment> done = commitments.stream().filter(c -> c.milestones().stream()
            .allMatch(m -> m.completedOn().isPresent())).limit(2).toList();
        for (Commitment c : done) {
          LocalDate finished = c.milestones().stream().map(m -> m.completedOn().orElseThrow().latest())
              .max(LocalDate::compareTo).orElseThrow();
          LocalDate on = finished.plusDays(between(10, 30));
          if (!on.isAfter(asOf)) {
            result.add(evaluation(d, EvaluationType.END_OF_COMMITMENT, evaluator, on, List.of(c)));
          }
        }
      }
      LocalDate results = d.periodEnd.plusDays(between(30, 120));
      if (!results.isAfter(asOf) && !defect(0.06)) {
        result.add(evaluation(d, EvaluationType.RESULTS, evaluator, results, commitments));
      }
      return result;
    }

    private String independentEvaluator() {
      if (!inaiObserves) {
        return inai;
      }
      List<String> candidates = new ArrayList<>(international);
      candidates.addAll(academia);
      candidates.addAll(civilSociety);
      return candidates.stream().filter(o -> !memberOrgs.contains(o)).findFirst().orElse(inai);
    }

    private Evaluation evaluation(PlanDates d, EvaluationType type, String evaluator,
        LocalDate date, List<Commitment> assessed) {
      String id = next("eva-");
      boolean results = type.isResultsEvaluation();
      Evaluation.Builder e = Evaluation.builder().id(id).type(type).evaluatorId(evaluator)
          .independentOfStl(!memberOrgs.contains(evaluator)).date(date)
          .summary(results ? "La mayoría de los compromisos alcanzó un cumplimiento sustancial o completo."
              : "Los compromisos son relevantes y verificables; algunos requieren precisar sus indicadores.")
          .processAssessment(ProcessAssessment.builder().forumExists(true).forumMultiStakeholder(true)
              .nonGovEndorsedPlan(chance(0.9)).websiteUpdatedEvery4Months(chance(0.7))
              .infoSharedBeforeMeetings(chance(0.8)).reasonedResponseGiven(chance(0.8)).build());
      if (!defect(0.08)) {
        e.reportUrl(url("plan-" + d.ordinal + "/evaluaciones/" + id + ".pdf"));
        documents.add(document(DocumentKind.EVALUATION, "Evaluación " + type.labelEs(),
            "plan-" + d.ordinal + "/evaluaciones/" + id + ".pdf", date));
      }
      for (Commitment c : assessed) {
        CommitmentAssessment.Builder a = CommitmentAssessment.builder().commitmentId(c.id()).date(date)
            .verifiable(c.milestones().stream().anyMatch(m -> m.deliverable().isPresent()))
            .openGovLens(!c.ogpValues().equals(EnumSet.of(OgpValue.TECHNOLOGY_AND_INNOVATION)))
            .potentialForResults(c.continuesExistingPractice().orElse(false) ? PotentialForResults.UNCLEAR
                : pick(new PotentialForResults[] {PotentialForResults.MODEST, PotentialForResults.SUBSTANTIAL}))
            .specificity(pick(Specificity.values())).potentialImpact(pick(PotentialImpact.values()))
            .promising(chance(0.3));
        if (results) {
          BigDecimal progress = c.progress().orElse(BigDecimal.ZERO);
          Completion completion = progress.compareTo(BigDecimal.valueOf(100)) >= 0 ? Completion.COMPLETE
              : progress.compareTo(BigDecimal.valueOf(60)) >= 0 ? Completion.SUBSTANTIAL
              : progress.signum() > 0 ? Completion.LIMITED : Completion.NOT_STARTED;
          double r = rnd.nextDouble();
          if (r < 0.03) {
            completion = Completion.WITHDRAWN;
          } else if (r < 0.06) {
            completion = Completion.NO_EVIDENCE_AVAILABLE;
          }
          a.completion(completion).didItOpenGovernment(pick(DidItOpenGovernment.values()));
        }
        e.addCommitmentAssessment(a.build());
      }
      return e.build();
    }

    // ---------------------------------------------------------------------------------------------- repository

    private RepositoryDocument document(DocumentKind kind, String title, String path, LocalDate published) {
      return RepositoryDocument.builder().kind(kind).title(title).url(url(path)).publishedOn(min(published, asOf))
          .build();
    }

    private DocumentRepository repository() {
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
}
