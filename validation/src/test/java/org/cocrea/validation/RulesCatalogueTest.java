package org.cocrea.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The definition of done of the rule catalogue: exactly the 87 rules of methodology.md section 4, the 3 of the 2025
 * reform (reform-2025.md §2, issue 13: EXE-06, STL-12, EVA-08) and the 3 that real records call for (real-records.md
 * §5, §7, issue 12: PAL-09, COM-15, EVA-09), in catalogue order,
 * with the catalogue's severities and Source cells, messages in both languages, and the two profiles.
 */
class RulesCatalogueTest {

  /**
   * One line of the catalogue: id, severity and Source cell, which the rule's source equals verbatim. The SIM table
   * has no Source column: its rules cite their "Default threshold [P]" cell, which the source must contain.
   */
  record Row(String id, Severity severity, String source, boolean verbatim) {}

  private static Row row(String id, Severity severity, String source) {
    return new Row(id, severity, source, true);
  }

  private static Row sim(String id, String thresholdCell) {
    return new Row(id, Severity.WARNING, thresholdCell, false);
  }

  /**
   * methodology.md section 4, in order, with the reform's and real records' rules in their families. Severity: the 27
   * errors listed after the tables, EVA-06 derived, W else; EXE-06 (reform-2025.md §2.1) is the 28th error; EVA-09
   * (disagreements with independent assessments) is information.
   */
  static final List<Row> CATALOGUE = List.of(
      row("EXE-01", Severity.ERROR, "[S:PAS step 1][S:APT]"),
      row("EXE-02", Severity.ERROR, "[S:APT all states]"),
      row("EXE-03", Severity.WARNING, "[S:SRC \"el INAI acompaña\"]"),
      row("EXE-04", Severity.WARNING, "[S:APT][S:SRC step 2]"),
      row("EXE-05", Severity.WARNING, "[S:SRC lesson b][S:APT Sonora Governor signed]"),
      row("EXE-06", Severity.ERROR, "[S:REFORM §2.1][S:DOF 2024-12-20][S:LGTAIP 2025-03-21]"),
      row("STL-01", Severity.ERROR, "[S:SRC][S:KIT3][S:APT \"tres sectores\"][S:MOD comité minimum]"),
      row("STL-02", Severity.ERROR, "[S:F16][S:APT]"),
      row("STL-03", Severity.WARNING, "[P]; parity practice 2–2 in Campeche, Durango, Oaxaca, SLP [S:APT]; OGP Steering Committee equal numbers [S:MISC]"),
      row("STL-04", Severity.WARNING, "[S:CIMTRA crit. 31, for municipal councils]"),
      row("STL-05", Severity.ERROR, "[S:OGP-STD MR 1][S:KIT5]"),
      row("STL-06", Severity.ERROR, "[S:OGP-STD MR 1 \"at least every six months\"]"),
      row("STL-07", Severity.WARNING, "[S:KIT4][S:SIN]"),
      row("STL-08", Severity.WARNING, "[S:APT all STL pages]"),
      row("STL-09", Severity.WARNING, "[S:APT NL, Coahuila][S:YUC][S:CIMTRA crit. 30]"),
      row("STL-10", Severity.WARNING, "[S:KIT4][S:KIT3]"),
      row("STL-11", Severity.WARNING, "[P]; risk visible in 1-CSO STLs (Sonora, Tabasco, Tlaxcala, Morelos) [S:APT]"),
      row("STL-12", Severity.WARNING, "[S:REFORM §2.3][P]"),
      row("SES-01", Severity.WARNING, "[P]; practice [S:SIN]"),
      row("SES-02", Severity.WARNING, "[S:KIT5 quorum balances gov/society]; per-sector minimum [P]"),
      row("SES-03", Severity.WARNING, "[S:KIT5 agenda notice][S:OGP-LOC \"shared relevant information prior to the meeting(s)\"]; 5 days [P]"),
      row("TRN-01", Severity.ERROR, "[S:OGP-STD MR 2][S:OGP-LOC tip \"at least every four months\"]"),
      row("TRN-02", Severity.ERROR, "[S:OGP-STD MR 2 repository]"),
      row("TRN-03", Severity.ERROR, "[S:APT \"se publicara el PAL\"]"),
      row("CO-01", Severity.ERROR, "[S:SRC step 4][S:APT]"),
      row("CO-02", Severity.ERROR, "[S:APT \"intervinieron… sociedad civil, autoridades y el propio Organismo Garante\"]"),
      row("CO-03", Severity.WARNING, "[S:OGP-LOC multi-stakeholder tip][P per table]"),
      row("CO-04", Severity.WARNING, "[S:SRC \"mesas… con actores públicos, privados y sociales\"][S:APT Morelos: colegios, medios, público]"),
      row("CO-05", Severity.WARNING, "[S:OGP-ART \"details… and timeline available (online at minimum) prior to the consultation\"; \"sufficient forewarning\"]; 14 days [P]"),
      row("CO-06", Severity.ERROR, "[S:OGP-STD Standard 4][S:OGP-GL reasoned response][S:APT Morelos supply table answered demands]"),
      row("CO-07", Severity.ERROR, "[S:SRC STL = órgano máximo de decisión][S:CHIH][S:OGP-LOC endorsement tip]"),
      row("CO-08", Severity.WARNING, "[S:OGP-ART IRM Involve guidance][S:KIT2]"),
      row("CO-09", Severity.WARNING, "[S:APT Oaxaca, SLP][S:SIN][S:KIT6 lección 3]"),
      row("PAL-01", Severity.ERROR, "[S:KIT5 PAL holds commitments][S:APT]"),
      row("PAL-02", Severity.WARNING, "[P]; observed 5–8 [S:APT][S:JAL]; OGP older guidance 5–15 [S:OGP-TPL]"),
      row("PAL-03", Severity.ERROR, "[S:APT one year][S:JAL 2016-18][S:OGP-GL] ; 24 months [P]"),
      row("PAL-04", Severity.WARNING, "[S:F16]"),
      row("PAL-05", Severity.WARNING, "[S:F16 1.III]"),
      row("PAL-06", Severity.WARNING, "[S:KIT8]"),
      row("PAL-07", Severity.WARNING, "[S:KIT8][S:F16 legal context lists Agenda 2030][S:SRC PNUD alliance]"),
      row("PAL-08", Severity.WARNING, "[P]"),
      row("PAL-09", Severity.WARNING, "[S:REAL §2, §7]"),
      row("COM-01", Severity.ERROR, "[S:KIT5 Específicos][S:KIT3][S:OGP-TPL]"),
      row("COM-02", Severity.ERROR, "[S:KIT5][S:KIT3]"),
      row("COM-03", Severity.ERROR, "[S:KIT5 Imputables][S:OGP-TPL lead agency]"),
      row("COM-04", Severity.WARNING, "[S:KIT3][S:TAB]"),
      row("COM-05", Severity.ERROR, "[S:KIT5 Relevantes][S:OGP-GL relevance][S:IRM-STAR]"),
      row("COM-06", Severity.WARNING, "[S:KIT5 \"incorporando simultáneamente\"]"),
      row("COM-07", Severity.ERROR, "[S:OGP-GL verifiability][S:KIT5 Medible]"),
      row("COM-08", Severity.ERROR, "[S:KIT5 Acotados en el tiempo][S:OGP-TPL]"),
      row("COM-09", Severity.WARNING, "[S:OGP-TPL][S:OGP-MX]"),
      row("COM-10", Severity.WARNING, "[S:OGP-TPL][S:OGP-MX]"),
      row("COM-11", Severity.WARNING, "[S:OGP-TPL optional \"commitment budget\"]"),
      row("COM-12", Severity.WARNING, "[S:OGP-GL ambition \"Unclear\"]"),
      row("COM-13", Severity.WARNING, "[S:KIT5 commitments must embody citizen preferences][S:JAL Milenio \"surgieron de parte de la sociedad\"]"),
      row("COM-14", Severity.WARNING, "[S:OGP-LOC §3.2.1.3 heading][P]"),
      row("COM-15", Severity.WARNING, "[S:REAL §7]; 4 words [P]"),
      row("MIL-01", Severity.ERROR, "[S:TAB][S:OGP-GL]"),
      row("MIL-02", Severity.ERROR, "[S:TAB step \"ends\"][S:OGP-TPL]"),
      row("MIL-03", Severity.WARNING, "[S:TAB]"),
      row("MIL-04", Severity.WARNING, "[S:TAB semestral goals]; generalisation [P]"),
      row("MIL-05", Severity.WARNING, "[S:TAB ponderador][P]"),
      row("IND-01", Severity.WARNING, "[S:KIT8]"),
      row("IND-02", Severity.WARNING, "[S:KIT8]"),
      row("IND-03", Severity.WARNING, "[S:KIT8 step 4]"),
      row("TRK-01", Severity.ERROR, "[S:SRC step 6]"),
      row("TRK-02", Severity.WARNING, "[S:TAB semestral goals]; [P]"),
      row("TRK-03", Severity.WARNING, "[S:TAB]"),
      row("TRK-04", Severity.WARNING, "[S:TAB legend \"Tarde\"][P derivation]"),
      row("TRK-05", Severity.WARNING, "[S:TAB]"),
      row("TRK-06", Severity.ERROR, "[S:OGP-STD Standard 5 (title)][S:SRC step 6]; exact MR text [U]"),
      row("EVA-01", Severity.ERROR, "[S:SRC evaluations][S:KIT3 Veracruz][S:KIT8]"),
      row("EVA-02", Severity.WARNING, "[S:KIT3][S:OGP-LOC \"within two (2) months\"]"),
      row("EVA-03", Severity.WARNING, "[S:OGP-LOC end-of-commitment form]"),
      row("EVA-04", Severity.WARNING, "[S:MISC IRM-in-a-Box §1.1 Independence]"),
      row("EVA-05", Severity.ERROR, "[S:OGP-GL completion]"),
      row("EVA-06", Severity.INFO, "[S:IRM-STAR]"),
      row("EVA-07", Severity.WARNING, "[S:OGP-STD MR 2][P]"),
      row("EVA-08", Severity.WARNING, "[S:REFORM §2.3][S:MISC IRM-in-a-Box §1.1 Independence]"),
      row("EVA-09", Severity.INFO, "[S:REAL §5][S:OGP-LOC inception and end-of-commitment forms]"),
      sim("SIM-01", "40% / 30%"),
      sim("SIM-02", "any"),
      sim("SIM-03", "100%"),
      sim("SIM-04", "50% ([S:SRC] weak appropriation)"),
      sim("SIM-05", "50%"),
      sim("SIM-06", "50%"),
      sim("SIM-07", "2 sessions ([S:SRC lesson b \"presencia permanente del gobierno\"])"),
      sim("SIM-08", "18 / 12 months (observed max to PAL ≈ 14.5 months, SLP [S:APT])"),
      sim("SIM-09", "50% [S:OGP-GL]"),
      sim("SIM-10", "1 type ([S:SRC] four CSO kinds)"),
      sim("SIM-11", "any"),
      sim("SIM-12", "any"),
      sim("SIM-13", "≥5 proposals"));

  /** Rules whose every source is OGP or IRM material: left out of INAI_CORE. */
  static final Set<String> OGP_ONLY = Set.of(
      "STL-06", "TRN-01", "TRN-02", "CO-03", "CO-05", "COM-09", "COM-10", "COM-11", "COM-12", "COM-14",
      "EVA-03", "EVA-05", "EVA-06", "EVA-07");

  /**
   * Rules with at least one OGP or IRM source: errors in OGP_LOCAL, except EVA-06 (information) and SIM-09 (whose
   * threshold cites [S:OGP-GL] but whose family is "all warnings").
   */
  static final Set<String> OGP_SOURCED = Set.of(
      "STL-05", "STL-06", "SES-03", "TRN-01", "TRN-02", "CO-03", "CO-05", "CO-06", "CO-07", "CO-08", "PAL-02",
      "PAL-03", "COM-01", "COM-03", "COM-05", "COM-07", "COM-08", "COM-09", "COM-10", "COM-11", "COM-12", "COM-14",
      "MIL-01", "MIL-02", "TRK-06", "EVA-02", "EVA-03", "EVA-05", "EVA-07");

  private static Map<String, Rule> byId() {
    return Rules.catalogue().stream().collect(Collectors.toMap(Rule::id, Function.identity(), (a, b) -> a));
  }

  @Test
  void catalogueHasExactlyTheMethodologysRulesInOrder() {
    assertThat(CATALOGUE).hasSize(93);
    assertThat(Rules.catalogue()).extracting(Rule::id).containsExactlyElementsOf(CATALOGUE.stream().map(Row::id).toList());
  }

  @Test
  void idsAreUniqueAcrossCatalogueAndEngine() {
    List<String> ids = Stream.concat(Rules.catalogue().stream(), Rules.engineRules().stream()).map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(Rules.engineRules()).extracting(Rule::id).containsExactly("REF-01", "REF-02", "FLD-01");
  }

  @Test
  void severitiesAreTheCataloguesTwentyEightErrorsOneInfoAndWarnings() {
    Map<String, Rule> rules = byId();
    List<String> wrong = new ArrayList<>();
    for (Row row : CATALOGUE) {
      Rule rule = rules.get(row.id());
      if (rule != null && rule.severity() != row.severity()) {
        wrong.add(row.id() + " is " + rule.severity() + ", catalogue says " + row.severity());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(CATALOGUE.stream().filter(r -> r.severity() == Severity.ERROR)).hasSize(28);
    assertThat(Rules.catalogue().stream().filter(r -> r.severity() == Severity.ERROR)).hasSize(28);
    assertThat(Rules.catalogue().stream().filter(r -> r.severity() == Severity.INFO)).extracting(Rule::id)
        .containsExactly("EVA-06", "EVA-09");
  }

  @Test
  void sourcesAreTheCataloguesSourceCellsVerbatim() {
    Map<String, Rule> rules = byId();
    List<String> wrong = new ArrayList<>();
    for (Row row : CATALOGUE) {
      Rule rule = rules.get(row.id());
      if (rule == null) {
        continue;
      }
      if (row.verbatim() ? !rule.source().equals(row.source()) : !rule.source().contains(row.source())) {
        wrong.add(row.id() + ": " + rule.source());
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyRuleHasStatementAndMessageInSpanishAndEnglish() {
    List<String> missing = new ArrayList<>();
    for (Rule rule : Stream.concat(Rules.engineRules().stream(), Rules.catalogue().stream()).toList()) {
      List<String> keys = rule.id().equals(FieldConstraints.RULE_ID)
          ? List.of(".statement") // FLD-01 findings carry Hibernate Validator's messages
          : List.of(".statement", ".message");
      for (String suffix : keys) {
        for (Locale locale : List.of(Locale.forLanguageTag("es-MX"), Locale.ENGLISH)) {
          if (!Messages.has(rule.id() + suffix, locale)) {
            missing.add(rule.id() + suffix + " (" + locale + ")");
          }
        }
      }
      assertThat(rule.statement(Locale.ENGLISH)).isNotEqualTo(rule.statement(Locale.forLanguageTag("es-MX")));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void inaiCoreLeavesOutExactlyTheOgpOnlyRules() {
    List<String> left = Rules.catalogue().stream().filter(r -> !r.isIn(Profile.INAI_CORE)).map(Rule::id).toList();
    List<String> expected = CATALOGUE.stream().map(Row::id).filter(OGP_ONLY::contains)
        .filter(byId()::containsKey).toList();

    assertThat(left).containsExactlyElementsOf(expected);
    assertThat(Rules.catalogue()).allMatch(r -> r.isIn(Profile.OGP_LOCAL));
    assertThat(Rules.engineRules()).allMatch(r -> r.isIn(Profile.INAI_CORE));
  }

  @Test
  void everyRuleDeclaresItsFrameworksAndTheProgrammesOwnRulesAreThoseOfRealRecords4() {
    assertThat(Rules.catalogue()).allMatch(Rule::declaresFrameworks);
    assertThat(Rules.engineRules()).allMatch(Rule::isFrameworkNeutral);
    // not to be demanded of OGP Local (real-records.md §4): INAI's components, its 2016 PAL sections, its
    // accompaniment, the guarantor body's seat; and INAI's own instruments (Joint Declaration, STL, kits, tables)
    List<String> inai = Rules.catalogue().stream()
        .filter(r -> r.frameworks().equals(Set.of(org.cocrea.core.Framework.INAI_LOCAL))).map(Rule::id).toList();
    assertThat(inai).containsExactly("EXE-01", "EXE-02", "EXE-03", "EXE-04", "EXE-05", "EXE-06", "STL-01", "STL-02",
        "STL-07", "STL-08", "STL-10", "STL-12", "CO-02", "CO-07", "PAL-02", "PAL-04", "PAL-05", "PAL-06", "PAL-07",
        "COM-06", "COM-13", "IND-01", "IND-02", "IND-03", "SIM-06", "SIM-12");
    // OGP Local's own: exactly the rules sourced only from OGP/IRM material, so INAI_CORE is unchanged from 1.0
    List<String> ogp = Rules.catalogue().stream()
        .filter(r -> r.frameworks().equals(Set.of(org.cocrea.core.Framework.OGP_LOCAL))).map(Rule::id).toList();
    assertThat(ogp).containsExactlyElementsOf(
        Rules.catalogue().stream().filter(Rule::isOgpOnly).map(Rule::id).toList());
    assertThat(Rules.catalogue()).allMatch(r -> r.isFrameworkNeutral() || r.frameworks().size() == 1);
    assertThat(Rules.byId("COM-05").orElseThrow().isFrameworkNeutral()).isTrue();
    assertThat(Rules.byId("COM-07").orElseThrow().isFrameworkNeutral()).isTrue();
  }

  @Test
  void ogpLocalRaisesOgpSourcedRulesToErrors() {
    for (Rule rule : Rules.catalogue()) {
      Severity expected = OGP_SOURCED.contains(rule.id()) ? Severity.ERROR : rule.severity();
      assertThat(rule.severityIn(Profile.OGP_LOCAL)).as(rule.id()).isEqualTo(expected);
      assertThat(rule.severityIn(Profile.INAI_CORE)).as(rule.id()).isEqualTo(rule.severity());
    }
    Rule co08 = Rules.byId("CO-08").orElseThrow();
    assertThat(co08.severity()).isEqualTo(Severity.WARNING);
    assertThat(co08.severityIn(Profile.OGP_LOCAL)).isEqualTo(Severity.ERROR);
    assertThat(Rules.byId("EVA-06").orElseThrow().severityIn(Profile.OGP_LOCAL)).isEqualTo(Severity.INFO);
  }

  @Test
  void simulationSignalsAreWarningsInEveryProfile() {
    List<Rule> sim = Rules.catalogue().stream().filter(r -> r.family() == RuleFamily.SIM).toList();

    assertThat(sim).hasSize(13);
    assertThat(sim).allSatisfy(r -> {
      assertThat(r.severity()).isEqualTo(Severity.WARNING);
      assertThat(r.isIn(Profile.INAI_CORE)).isTrue();
      assertThat(r.severityIn(Profile.OGP_LOCAL)).as(r.id()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void everyIdResolvesAndFamiliesFollowThePrefix() {
    for (Rule rule : Rules.catalogue()) {
      assertThat(Rules.byId(rule.id())).containsSame(rule);
      assertThat(rule.id()).startsWith(rule.family().name() + "-");
      assertThat(rule.family().isCatalogue()).isTrue();
    }
    assertThat(Rules.byId("XYZ-01")).isEmpty();
  }
}
