package org.cocrea.validation.rules.support;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a text states a verifiable output or an aim: the simple content heuristic of the rules that accept an
 * objective or a deliverable where OGP Local writes it (real-records.md §4: the objective inside the Action text, a
 * milestone's deliverable inside its description). Deliberately simple and bilingual (es, en), proposed by Cocrea
 * [P]:
 *
 * <ul>
 *   <li><b>An output</b> ({@link #statesOutput(String)}): the text names a product a person can check exists — a
 *       report, portal, platform, register, law or regulation, plan, course, tool, dataset, publication, council,
 *       campaign… (a fixed list of word stems below) — or states a quantity (a number);
 *   <li><b>An aim</b> ({@link #statesAim(String)}): an output, or the text starts with an action verb (a Spanish
 *       infinitive, or one of a list of English verbs) or holds a purpose marker ("para", "con el fin de", "in order
 *       to"…).
 * </ul>
 *
 * <p>A text that is only a topic ("Educación básica", "A commitment on an environmental issue") states neither.
 * Tested on the commitment texts of the real plans of {@code examples/real} (the corpus records no milestone texts).
 */
public final class Outputs {

  /** Stems of nouns (and verbs of publishing) that name a checkable product, Spanish and English, without accents. */
  private static final List<String> OUTPUT_STEMS = List.of(
      "informe", "reporte", "report", "portal", "plataforma", "platform", "sitio web", "website", "pagina web",
      "web page", "registro", "register", "ley ", "leyes", "law ", "laws", "reglamento", "regulation", "lineamiento",
      "guideline", "plan ", "plan.", "plan,", "curso", "course", "taller", "workshop", "capacitacion", "training",
      "aplicacion", " app ", "application", "herramienta", "tool", "sistema", "system", "base de datos", "database",
      "datos abiertos", "open data", "open-data", "dataset", "conjunto de datos", "publicar", "publicacion", "publication", "publish", "manual",
      "guia", "guide", "protocolo", "protocol", "convenio", "agreement", "consejo", "council", "comision",
      "commission", "comite", "committee", "campana", "campaign", "estudio", "study", "diagnostico", "diagnos",
      "metodologia", "methodolog", "mapa", "map ", "tablero", "dashboard", "indicador", "indicator", "encuesta",
      "survey", " acta ", "minutes", "convocatoria", "call for", "foro", "forum", "piloto", "pilot", "estrategia",
      "strategy", "mesa de", "mesas de", "tables with", "dialogue table", "work table", "incubadora", "incubator",
      "modelo", "model", "procedimiento", "procedure", "formato", "padron", "catalogo", "catalogue",
      "catalog", "ventanilla", "oficina", "office", "red de", "network");

  /** English verbs a commitment's action text starts with (Spanish ones are recognised as infinitives). */
  private static final List<String> ENGLISH_VERBS = List.of(
      "develop", "create", "strengthen", "improve", "implement", "design", "publish", "build", "promote", "reduce",
      "increase", "make", "establish", "incorporate", "territorialise", "territorialize", "follow", "monitor",
      "train", "open", "launch", "set", "spread", "change", "use", "identify", "raise", "stop", "integrate",
      "institutionalise", "institutionalize", "update", "digitise", "digitize", "standardise", "standardize",
      "consolidate", "expand", "foster", "generate", "guarantee", "ensure", "provide", "enable", "install",
      "adopt", "approve", "draft", "prepare", "carry", "hold", "conduct", "map", "measure", "report", "disclose",
      "link", "rebuild", "simplify", "prevent");

  private static final List<String> PURPOSE_MARKERS = List.of(
      " para ", "con el fin de", "con el objetivo de", "con el proposito de", "a fin de", "que permita",
      "in order to", "so that", "with the aim of", "aimed at", "aims to", "to propose", "to improve", "to make",
      "to prevent", "to strengthen", "to reduce", "to increase");

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPANISH_INFINITIVE = Pattern.compile("[a-zñ]{2,}(ar|er|ir)(se)?");

  private Outputs() {}

  /**
   * Whether the text names a checkable product or a quantity (see the class comment).
   *
   * <pre>{@code
   * Outputs.statesOutput("Reporte público sobre la deuda, descargable en formatos abiertos.");   // true
   * Outputs.statesOutput("Educación básica.");                                                  // false
   * }</pre>
   *
   * @param text the text, may be null
   * @return true when it states an output
   */
  public static boolean statesOutput(String text) {
    String t = normal(text);
    if (t.isBlank()) {
      return false;
    }
    return DIGIT.matcher(t).find() || OUTPUT_STEMS.stream().anyMatch(t::contains);
  }

  /**
   * Whether the text states an output or an aim (see the class comment).
   *
   * <pre>{@code
   * Outputs.statesAim("Territorialise the 2030 Agenda in four municipalities.");   // true
   * Outputs.statesAim("A commitment on an environmental issue.");                  // false
   * }</pre>
   *
   * @param text the text, may be null
   * @return true when it states an aim
   */
  public static boolean statesAim(String text) {
    String t = normal(text);
    if (t.isBlank()) {
      return false;
    }
    if (statesOutput(text) || PURPOSE_MARKERS.stream().anyMatch(t::contains)) {
      return true;
    }
    String first = t.strip().split("[^a-zñ-]+", 2)[0];
    return ENGLISH_VERBS.contains(first) || SPANISH_INFINITIVE.matcher(first).matches();
  }

  /** Whether an optional text is present and states an output. */
  public static boolean statesOutput(Optional<String> text) {
    return text.map(Outputs::statesOutput).orElse(false);
  }

  /** Whether an optional text is present and states an aim. */
  public static boolean statesAim(Optional<String> text) {
    return text.map(Outputs::statesAim).orElse(false);
  }

  /** Lower case without accents, padded with a space at each end so that word stems match at the edges. */
  private static String normal(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return " " + MARKS.matcher(decomposed).replaceAll("") + " ";
  }
}
