package org.cocrea.testkit;

import static org.cocrea.testkit.WordLists.AGENDA;
import static org.cocrea.testkit.WordLists.CAUSES;
import static org.cocrea.testkit.WordLists.CONCEPTS;
import static org.cocrea.testkit.WordLists.CSO_PREFIX;
import static org.cocrea.testkit.WordLists.CSO_TOPIC;
import static org.cocrea.testkit.WordLists.DELIVERABLES;
import static org.cocrea.testkit.WordLists.EFFECTS;
import static org.cocrea.testkit.WordLists.FEMALE;
import static org.cocrea.testkit.WordLists.FREQUENCIES;
import static org.cocrea.testkit.WordLists.LEGAL_CONTEXT;
import static org.cocrea.testkit.WordLists.MALE;
import static org.cocrea.testkit.WordLists.MEANS;
import static org.cocrea.testkit.WordLists.MECHANISMS;
import static org.cocrea.testkit.WordLists.OTHER_RESOLUTIONS;
import static org.cocrea.testkit.WordLists.REGIONS;
import static org.cocrea.testkit.WordLists.REQUIRED_DOCUMENTS;
import static org.cocrea.testkit.WordLists.SOURCES;
import static org.cocrea.testkit.WordLists.STATES;
import static org.cocrea.testkit.WordLists.SURNAMES;
import static org.cocrea.testkit.WordLists.THEMES;
import static org.cocrea.testkit.WordLists.TITLE_FORMS;
import static org.cocrea.testkit.WordLists.VALUES;

import org.cocrea.testkit.WordLists.State;
import org.cocrea.testkit.WordLists.Theme;

/** The word lists of {@link RandomExercises}: states, themes, names and the texts the generator draws from. */
final class WordLists {

  private WordLists() {}

  record State(String name, String iso, String inegi, String abbr, String guarantor, String guarantorAcronym,
      String[] municipalities) {}

  record Theme(String name, String topic, String area, String sdg, String office) {}

  static final State[] STATES = {
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

  static final Theme[] THEMES = {
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

  static final String[] FEMALE = {"María", "Lorena", "Guadalupe", "Ana", "Luz Stella", "Arantxa", "Gabriela",
    "Erika", "Verónica", "Adriana", "Patricia", "Rosa", "Alejandra", "Claudia", "Mariana", "Fernanda", "Itzel",
    "Citlali", "Beatriz", "Sofía"};
  static final String[] MALE = {"José", "Jesús", "Felipe", "Javier", "Andrés", "Carmelo", "Víctor",
    "Melecio", "Juan Carlos", "Luis", "Miguel Ángel", "Francisco", "Roberto", "Alejandro", "Ricardo", "Eduardo",
    "Héctor", "Raúl", "Emilio", "Santiago"};
  static final String[] SURNAMES = {"Hernández", "García", "Martínez", "López", "González", "Pérez",
    "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes", "Jiménez", "Torres",
    "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo", "Romero", "Álvarez", "Chávez",
    "Rivera", "Juárez", "Domínguez", "Cázarez", "Pimentel", "Contreras", "Hevia", "Vallejo", "Montoya", "Peña",
    "Gallegos", "Hofmann"};
  static final String[] CSO_PREFIX = {"Consejo Ciudadano para", "Observatorio Ciudadano de", "Red por",
    "Colectivo por", "Fundación para", "Iniciativa Ciudadana por", "Alianza Cívica por", "Centro de Estudios para",
    "Asociación Vecinal por", "Mujeres Unidas por"};
  static final String[] CSO_TOPIC = {"la Transparencia", "la Rendición de Cuentas", "el Desarrollo Comunitario",
    "el Medio Ambiente", "la Educación de Calidad", "la Salud Pública", "la Seguridad Ciudadana",
    "la Participación Juvenil", "los Derechos Humanos", "la Igualdad de Género", "la Inclusión", "el Agua",
    "la Movilidad Sustentable", "la Legalidad", "el Desarrollo Rural"};
  static final String[] REGIONS = {"Norte", "Centro", "Sur", "Laguna", "Sierra", "Costa"};
  static final String[] CAUSES = {"la información no se publica en formatos abiertos",
    "los procedimientos son poco claros", "falta coordinación entre dependencias",
    "no existen mecanismos de participación ciudadana", "los registros administrativos están incompletos"};
  static final String[] EFFECTS = {"la participación ciudadana es baja", "el uso de los recursos es opaco",
    "las quejas ciudadanas quedan sin respuesta", "aumentan los riesgos de corrupción",
    "los servicios públicos son de baja calidad"};
  static final String[] MECHANISMS = {"un portal de datos abiertos actualizado cada trimestre",
    "comités de contraloría social capacitados", "mesas de seguimiento con organizaciones de la sociedad civil",
    "una herramienta digital de reporte ciudadano", "informes públicos semestrales"};
  static final String[] TITLE_FORMS = {"Seguimiento ciudadano a %s", "Datos abiertos sobre %s",
    "Transparencia proactiva de %s", "Contraloría social de %s", "Participación ciudadana en la mejora de %s"};
  static final String[] DELIVERABLES = {"Diagnóstico publicado sobre %s",
    "Lineamientos aprobados por el STL para %s", "Base de datos en formato abierto sobre %s",
    "Portal en línea con información de %s", "Taller de capacitación a personas servidoras públicas sobre %s",
    "Minuta de la mesa de seguimiento con OSC sobre %s", "Informe semestral de avance sobre %s",
    "Evaluación final publicada sobre %s"};
  static final String[] MEANS = {"Publicación en el portal del organismo garante",
    "Minuta firmada y lista de asistencia", "Conjunto de datos descargable en el portal de datos abiertos",
    "Informe publicado en el repositorio del ejercicio", "Memoria fotográfica y constancias de participación"};
  static final String[] AGENDA = {"Lista de asistencia y declaración de quórum",
    "Lectura y aprobación del orden del día", "Seguimiento de los compromisos del Plan de Acción Local",
    "Informe del organismo garante", "Presentación de la relatoría de las mesas", "Asuntos generales"};
  static final String[] OTHER_RESOLUTIONS = {"Se aprueba el calendario de sesiones ordinarias",
    "Se acuerda solicitar al INAI capacitación sobre indicadores", "Se aprueba el plan de comunicación del STL",
    "Se acuerda publicar las minutas en el micrositio del ejercicio",
    "Se acuerda invitar a nuevas organizaciones de la sociedad civil a las mesas"};
  static final String[] LEGAL_CONTEXT = {"Constitución Política de los Estados Unidos Mexicanos, artículo 6",
    "Ley General de Transparencia y Acceso a la Información Pública",
    "Ley Federal de Transparencia y Acceso a la Información Pública", "Declaración Universal de los Derechos Humanos",
    "Declaración Conjunta de Gobierno Abierto para la Implementación de la Agenda 2030",
    "Convención de las Naciones Unidas contra la Corrupción",
    "Ley de Transparencia y Acceso a la Información Pública del Estado",
    "Declaración Conjunta para la Implementación de Acciones para un Gobierno Abierto",
    "Agenda 2030 para el Desarrollo Sostenible", "Carta Internacional de Datos Abiertos"};
  static final String[][] CONCEPTS = {
    {"Acceso a la información", "Derecho humano de toda persona a solicitar, investigar, difundir, buscar y recibir "
        + "información en posesión de los sujetos obligados."},
    {"Acta de instalación", "Testimonio escrito que formaliza y da cuenta del acto de integración del órgano."},
    {"Gobierno abierto", "Esquema de gestión y producción de políticas públicas orientado a la atención y solución "
        + "colaborativa de problemas públicos con base en la transparencia y la participación ciudadana."},
    {"Cocreación", "Proceso en el que autoridades y sociedad civil definen juntas problemas y soluciones."},
    {"Rendición de cuentas", "Obligación de las autoridades de informar y justificar sus decisiones y resultados."}};
  static final String[] SOURCES = {"Recursos estatales", "Recursos municipales", "Fondo federal FORTAMUN",
    "Fondo de Aportaciones para la Infraestructura Social", "Cooperación internacional"};
  static final String[] FREQUENCIES = {"Mensual", "Trimestral", "Semestral", "Anual"};
  static final String[] REQUIRED_DOCUMENTS = {"Carta de exposición de motivos", "Currículum vitae",
    "Acta constitutiva de la organización", "Declaración firmada de no conflicto de interés", "Identificación oficial"};
  static final String[] VALUES = {"Transparencia", "Corresponsabilidad", "Inclusión", "Legalidad",
    "Colaboración", "Apertura"};

}
