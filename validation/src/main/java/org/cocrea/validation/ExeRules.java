package org.cocrea.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.Accompaniment;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Audience;
import org.cocrea.core.AwarenessEvent;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.Labelled;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.core.Signatory;

/**
 * The EXE rules of the catalogue (methodology.md section 4.1): the start of the exercise (step 1) and the awareness
 * work before the STL is installed (step 2).
 */
final class ExeRules {

  /** Audiences that count as civil society or the general public (EXE-04). */
  private static final Set<Audience> PUBLIC_AUDIENCES = EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC);

  /** Audiences that count as public servants (EXE-04): officials of any level, municipalities' staff. */
  private static final Set<Audience> SERVANT_AUDIENCES =
      EnumSet.of(Audience.PUBLIC_SERVANTS, Audience.SENIOR_OFFICIALS, Audience.MUNICIPALITIES);

  /** Kinds of accompaniment EXE-03 accepts. */
  private static final Set<AccompanimentKind> ACCOMPANIMENT_KINDS =
      EnumSet.of(AccompanimentKind.WITNESS, AccompanimentKind.ADVISORY, AccompanimentKind.TRAINING);

  /**
   * EXE-01 · A signed Joint Declaration exists before any STL installation. · E · declarations.signedOn,
   * stl.installedOn · [S:PAS step 1][S:APT]. One subject per installed STL: some declaration (original or
   * re-affirmation) must be signed on or before its installation date.
   */
  static final Rule EXE_01 = Rule.define("EXE-01").error()
      .source("[S:PAS step 1][S:APT]")
      .check(ExeRules::exe01);

  /**
   * EXE-02 · Declaration signatories include ≥1 government authority, ≥1 CSO and the local guarantor body. · E ·
   * signatories.sector · [S:APT all states]. The sector of a signatory is the sector it signed for, otherwise its
   * organisation's; when the exercise names its guarantor body, that organisation must sign.
   */
  static final Rule EXE_02 = Rule.define("EXE-02").error()
      .source("[S:APT all states]")
      .check(ExeRules::exe02);

  /**
   * EXE-03 · The exercise records INAI accompaniment (witness, advisory or training). · W · accompaniments · [S:SRC
   * "el INAI acompaña"]. INAI is an organisation of sector {@link Sector#NATIONAL_GUARANTOR}; an accompaniment of kind
   * witness, advisory or training (or of unrecorded kind), or INAI as a witness of a declaration, counts.
   */
  static final Rule EXE_03 = Rule.define("EXE-03").warning()
      .source("[S:SRC \"el INAI acompaña\"]")
      .check(ExeRules::exe03);

  /**
   * EXE-04 · ≥1 awareness event for CSOs/general public and ≥1 for public servants before STL installation. · W ·
   * awarenessEvents.audiences/date · [S:APT][S:SRC step 2]. Events dated on or before the first STL installation count;
   * public-servant audiences are public servants, senior officials and municipalities.
   */
  static final Rule EXE_04 = Rule.define("EXE-04").warning()
      .source("[S:APT][S:SRC step 2]")
      .check(ExeRules::exe04);

  /**
   * EXE-05 · High-level political commitment: ≥1 government signatory of declaration or installation act is head of
   * institution. · W · Person.seniority · [S:SRC lesson b][S:APT Sonora Governor signed]. Fails with its own message
   * when no signatory is of a government sector at all.
   */
  static final Rule EXE_05 = Rule.define("EXE-05").warning()
      .source("[S:SRC lesson b][S:APT Sonora Governor signed]")
      .check(ExeRules::exe05);

  private ExeRules() {}

  static List<Rule> all() {
    return List.of(EXE_01, EXE_02, EXE_03, EXE_04, EXE_05);
  }

  private static void exe01(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    Optional<LocalDate> firstSigned = x.declarations().stream()
        .map(JointDeclaration::signedOn).flatMap(Optional::stream).min(LocalDate::compareTo);
    if (x.stls().isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < x.stls().size(); i++) {
      LocalTechnicalSecretariat stl = x.stls().get(i);
      if (stl.installedOn().isEmpty()) {
        s.notApplicable(StlRules.stlPointer(i));
        continue;
      }
      LocalDate installed = stl.installedOn().get();
      String p = StlRules.stlPointer(i) + "/installedOn";
      if (firstSigned.isEmpty()) {
        s.fail(p, stl.id(), installed);
      } else if (firstSigned.get().isAfter(installed)) {
        s.failWith(p, "late", stl.id(), installed, firstSigned.get());
      } else {
        s.pass(p);
      }
    }
  }

  private static void exe02(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    if (x.declarations().isEmpty()) {
      s.notApplicable("");
    }
    for (int i = 0; i < x.declarations().size(); i++) {
      JointDeclaration d = x.declarations().get(i);
      String p = "/declarations/" + i;
      Set<Sector> sectors = EnumSet.noneOf(Sector.class);
      boolean guarantorSigned = false;
      for (Signatory sig : d.signatories()) {
        Optional<Sector> sector = StlRules.signatorySector(ctx, sig);
        sector.ifPresent(sectors::add);
        guarantorSigned |= x.guarantorBodyId().isPresent()
            ? sig.organizationId().equals(x.guarantorBodyId())
            : sector.orElse(null) == Sector.GUARANTOR_BODY;
      }
      if (guarantorSigned) {
        sectors.add(Sector.GUARANTOR_BODY);
      } else {
        sectors.remove(Sector.GUARANTOR_BODY);
      }
      List<Labelled> missing = StlRules.missingThreeSectors(ctx, sectors);
      s.check(missing.isEmpty(), d.signatories().isEmpty() ? p : p + "/signatories", d.id(),
          StlRules.labels(missing, ctx));
    }
  }

  private static void exe03(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    boolean accompanied = false;
    for (Accompaniment a : x.accompaniments()) {
      boolean byInai = a.organizationId().flatMap(id -> StlRules.organizationSector(ctx, id))
          .map(sector -> sector == Sector.NATIONAL_GUARANTOR).orElse(false);
      boolean kind = a.kind().map(ACCOMPANIMENT_KINDS::contains).orElse(true);
      accompanied |= byInai && kind;
    }
    for (JointDeclaration d : x.declarations()) {
      for (String witness : d.witnessIds()) {
        accompanied |= StlRules.organizationSector(ctx, witness).orElse(null) == Sector.NATIONAL_GUARANTOR;
      }
    }
    s.check(accompanied, x.accompaniments().isEmpty() ? "" : "/accompaniments", x.id());
  }

  private static void exe04(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    Optional<LocalDate> installed = x.stls().stream()
        .map(LocalTechnicalSecretariat::installedOn).flatMap(Optional::stream).min(LocalDate::compareTo);
    if (installed.isEmpty()) {
      s.notApplicable("");
      return;
    }
    boolean forPublic = false;
    boolean forServants = false;
    for (AwarenessEvent e : x.awarenessEvents()) {
      if (e.date().map(d -> !d.isAfter(installed.get())).orElse(false)) {
        forPublic |= e.audiences().stream().anyMatch(PUBLIC_AUDIENCES::contains);
        forServants |= e.audiences().stream().anyMatch(SERVANT_AUDIENCES::contains);
      }
    }
    List<String> missing = new ArrayList<>();
    if (!forPublic) {
      missing.add(StlRules.part(ctx, "EXE-04.part.public"));
    }
    if (!forServants) {
      missing.add(StlRules.part(ctx, "EXE-04.part.servants"));
    }
    s.check(missing.isEmpty(), x.awarenessEvents().isEmpty() ? "" : "/awarenessEvents", installed.get(),
        String.join(", ", missing));
  }

  private static void exe05(RuleContext ctx, Subjects s) {
    LocalExercise x = ctx.exercise();
    List<Signatory> signatories = new ArrayList<>();
    String pointer = null;
    for (int i = 0; i < x.declarations().size(); i++) {
      List<Signatory> list = x.declarations().get(i).signatories();
      if (pointer == null && !list.isEmpty()) {
        pointer = "/declarations/" + i + "/signatories";
      }
      signatories.addAll(list);
    }
    for (int i = 0; i < x.stls().size(); i++) {
      List<Signatory> list = x.stls().get(i).installationAct().map(a -> a.signatories()).orElse(List.of());
      if (pointer == null && !list.isEmpty()) {
        pointer = StlRules.stlPointer(i) + "/installationAct/signatories";
      }
      signatories.addAll(list);
    }
    if (signatories.isEmpty()) {
      s.notApplicable("");
      return;
    }
    int government = 0;
    boolean head = false;
    for (Signatory sig : signatories) {
      if (StlRules.signatorySector(ctx, sig).map(sector -> StlRules.isGovernment(ctx, sector)).orElse(false)) {
        government++;
        head |= sig.personId().flatMap(id -> ctx.index().person(id)).flatMap(Person::seniority)
            .map(level -> level == Seniority.HEAD_OF_INSTITUTION).orElse(false);
      }
    }
    if (government == 0) {
      s.failWith(pointer, "noGovernment", x.id(), signatories.size());
    } else {
      s.check(head, pointer, x.id(), government);
    }
  }
}
