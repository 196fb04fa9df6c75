package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.core.Commitment;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.i18n.Texts;
import org.cocrea.testkit.RandomExercises;
import org.junit.jupiter.api.Test;

/**
 * Messages an official can act on (real-records.md §6): every message of every rule, in both languages, for one
 * subject and for several, and every finding the engine writes on generated exercises, has no internal tag, no empty
 * quote, no zero-based position, no element named by its bare identifier and agrees in number; every rule's source
 * reads as a citation, and reports name the profile in words.
 */
class MessagesForPeopleTest {

  private static final Locale ES = Locale.forLanguageTag("es-MX");
  private static final List<Locale> LANGUAGES = List.of(ES, Locale.ENGLISH);
  private static final Pattern TAG = Pattern.compile("\\[(S:|P\\]|P |U\\])");
  private static final Pattern EMPTY_QUOTE = Pattern.compile("«\\s*[-?]?\\s*»|\"\\s*[-?]?\\s*\"|\\(\\s*[-?]\\s*\\)");
  /** A JSON Pointer with a list index: a person would read the index as a position counted from 0. */
  private static final Pattern ZERO_BASED = Pattern.compile("/[A-Za-z]+/[0-9]+");
  private static final Pattern ONE_WITH_PLURAL = Pattern.compile("\\b(?:1|los 1|las 1|the 1) (días|meses|acuerdos|hitos"
      + "|compromisos|votos|asientos|organizaciones|indicadores|sesiones|participantes|firmantes|propuestas|ventanas"
      + "|reportes|days|months|resolutions|milestones|commitments|votes|seats|organisations|indicators|sessions"
      + "|participants|signatories|proposals|windows|reports)\\b");
  private static final Pattern SEVERAL_WITH_SINGULAR = Pattern.compile("\\b3 (día|mes|acuerdo|hito|compromiso|voto"
      + "|asiento|organización|indicador|sesión|participante|firmante|propuesta|ventana|day|month|resolution"
      + "|milestone|commitment|vote|seat|organisation|indicator|session|participant|signatory|proposal|window)\\b");
  /** A quoted text: «…» in Spanish, "…" in English. */
  private static final Pattern QUOTED = Pattern.compile("«([^«»]*)»|\"([^\"]*)\"");
  private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Z]+-[0-9]{2}\\.(?!statement)[A-Za-z.]+");

  /** Every message key of the rules' bundles (statements excluded), in Spanish. */
  private static List<String> messageKeys() {
    List<String> keys = new ArrayList<>();
    for (String bundle : Messages.BUNDLES) {
      ResourceBundle b = ResourceBundle.getBundle(bundle, Texts.bundleLocale(ES));
      Collections.list(b.getKeys()).stream().filter(k -> MESSAGE_KEY.matcher(k).matches()).forEach(keys::add);
    }
    keys.add("findings.omitted");
    assertThat(keys).hasSizeGreaterThan(150);
    return keys;
  }

  private static List<String> problems(String message) {
    List<String> problems = new ArrayList<>();
    if (TAG.matcher(message).find()) {
      problems.add("internal tag");
    }
    if (EMPTY_QUOTE.matcher(message).find()) {
      problems.add("empty quote");
    }
    if (ZERO_BASED.matcher(message).find()) {
      problems.add("zero-based position");
    }
    if (ONE_WITH_PLURAL.matcher(message).find()) {
      problems.add("one with a plural");
    }
    if (SEVERAL_WITH_SINGULAR.matcher(message).find()) {
      problems.add("several with a singular");
    }
    if (message.startsWith("[") && message.endsWith("]")) {
      problems.add("missing key");
    }
    return problems;
  }

  @Test
  void everyMessageOfEveryRuleReadsWellForOneSubjectAndForSeveral() {
    List<String> bad = new ArrayList<>();
    for (String key : messageKeys()) {
      for (Locale locale : LANGUAGES) {
        for (String n : List.of("1", "3")) {
          String message = Messages.render(key, Collections.nCopies(8, n), locale);
          List<String> problems = problems(message);
          if (!problems.isEmpty()) {
            bad.add(key + " " + locale + " n=" + n + " " + problems + ": " + message);
          }
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void theProblemsTheTestLooksForAreFound() {
    assertThat(problems("Ver [S:KIT5].")).containsExactly("internal tag");
    assertThat(problems("La organización «-» no cumple.")).containsExactly("empty quote");
    assertThat(problems("Ya se declaró en /organizations/0.")).containsExactly("zero-based position");
    assertThat(problems("Ninguno de los 1 hitos.")).containsExactly("one with a plural");
    assertThat(problems("Adoptó 3 acuerdo sin quórum.")).containsExactly("several with a singular");
    assertThat(problems("El compromiso «c3» no plantea su objetivo.", Set.of("c3")))
        .containsExactly("bare identifier «c3»");
    assertThat(problems("\"c3\" does not state its objective.", Set.of("c3"))).containsExactly("bare identifier «c3»");
    assertThat(problems("«Compromiso 3 (c3)» no plantea su objetivo.", Set.of("c3"))).isEmpty();
    assertThat(problems("La valoración de «?» usa otra escala.")).containsExactly("empty quote");
  }

  @Test
  void elementsAreNamedByKindPositionAndTitleWithTheirIdentifier() {
    assertThat(Messages.element("/plans/0/commitments/2", "c3", Optional.empty(), ES)).isEqualTo("Compromiso 3 (c3)");
    assertThat(Messages.element("/plans/0/commitments/2", "c3", Optional.empty(), Locale.ENGLISH))
        .isEqualTo("Commitment 3 (c3)");
    assertThat(Messages.element("/plans/0/commitments/2", "MX-COA-2016-C3",
        Optional.of("Datos abiertos de obra pública"), ES))
        .isEqualTo("Compromiso 3: Datos abiertos de obra pública (MX-COA-2016-C3)");
    assertThat(Messages.element("/stls/0", "stl", Optional.of("stl"), ES)).as("a title that is the id").isEqualTo("STL 1 (stl)");
    assertThat(Messages.element("/plans/0/evaluations/0/assessors/1", "", Optional.empty(), ES)).isEqualTo("Evaluador 2");
  }

  @Test
  void reportsNameTheProfileInWordsNotByItsConstant() {
    for (Profile profile : Profile.values()) {
      for (Locale locale : LANGUAGES) {
        assertThat(profile.label(locale)).as(profile + " " + locale).isNotBlank().isNotEqualTo(profile.name())
            .doesNotContain("_");
      }
    }
  }

  /**
   * The identifiers of the elements messages name by kind and position (real-records.md §6): commitments, milestones,
   * STLs and evaluations. A message that quotes one of them bare («c3») names it as a person cannot find it.
   */
  private static Set<String> namedElementIds(LocalExercise x) {
    Set<String> ids = new HashSet<>();
    x.stls().forEach(stl -> ids.add(stl.id()));
    for (LocalActionPlan plan : x.plans()) {
      plan.evaluations().forEach(e -> ids.add(e.id()));
      for (Commitment c : plan.commitments()) {
        ids.add(c.id());
        c.milestones().forEach(m -> ids.add(m.id()));
      }
    }
    return ids;
  }

  private static List<String> problems(String message, Set<String> bareIds) {
    List<String> problems = problems(message);
    Matcher quoted = QUOTED.matcher(message);
    while (quoted.find()) {
      String text = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
      if (bareIds.contains(text)) {
        problems.add("bare identifier «" + text + "»");
      }
    }
    return problems;
  }

  @Test
  void everyFindingOnGeneratedExercisesReadsWell() {
    List<String> bad = new ArrayList<>();
    for (Locale locale : LANGUAGES) {
      for (long seed = 1; seed <= 60; seed++) {
        LocalExercise exercise = RandomExercises.generate(seed);
        Set<String> ids = namedElementIds(exercise);
        LocalDate asOf = RandomExercises.asOf(exercise).orElse(LocalDate.of(2030, 1, 1));
        ValidationReport report = CocreaValidator.create(ValidatorOptions.builder().locale(locale)
            .profile(seed % 2 == 0 ? Profile.OGP_LOCAL : Profile.INAI_CORE).asOf(asOf).build()).validate(exercise);
        for (Finding f : report.findings()) {
          List<String> problems = problems(f.message(), ids);
          if (!problems.isEmpty()) {
            bad.add(f.ruleId() + " seed " + seed + " " + problems + ": " + f.message());
          }
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void placesInMessagesCountFromOne() {
    assertThat(Messages.place("/stls/0/memberships/2", ES)).isEqualTo("STL 1, asiento 3");
    assertThat(Messages.place("/plans/0/coCreation/tables/1/participants/0", Locale.ENGLISH))
        .isEqualTo("plan 1, coCreation, table 2, participant 1");
    assertThat(Messages.place("", ES)).isEqualTo("el ejercicio");
  }

  @Test
  void everyRuleSourceReadsAsACitationWithoutInternalTags() {
    for (Rule rule : Rules.catalogue()) {
      for (Locale locale : LANGUAGES) {
        String citation = Citation.of(rule, locale);
        assertThat(citation).as(rule.id() + " " + locale).isNotBlank().doesNotContain("[S:").doesNotContain("[P")
            .doesNotContain("[U]").doesNotContainPattern("\\b(KIT|OGP-[A-Z]+|IRM-STAR|SRC|APT|TAB)\\b(?![ -]?[0-9])");
      }
    }
    assertThat(Citation.of(Rules.byId("STL-03").orElseThrow(), ES)).startsWith("umbral propuesto por Cocrea, configurable; ");
    assertThat(Citation.of(Rules.byId("PAL-08").orElseThrow(), Locale.ENGLISH)).isEqualTo("criterion proposed by Cocrea");
    assertThat(Citation.of(Rules.byId("COM-07").orElseThrow(), ES)).isEqualTo(
        "Alianza para el Gobierno Abierto (s.f.), glosario de OGP: verifiability; PNUD México, INAI, GESOC, ProSociedad "
        + "y Gobierno Fácil (2018), «Caja de herramientas para el Gobierno Abierto», Kit 5: Medible");
  }
}
