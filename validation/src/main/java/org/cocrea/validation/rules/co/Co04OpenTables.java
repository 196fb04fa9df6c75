package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.forEachTable;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Participation;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-04 · Tables are open beyond STL members (≥1 participant not holding an STL seat). · W ·
 * Participation.isStlMember · [S:SRC "mesas… con actores públicos, privados y sociales"][S:APT Morelos: colegios,
 * medios, público]. When {@code stlMember} is not recorded it is derived from the STL memberships (the person, else
 * the organisation, holds a seat).
 */
public final class Co04OpenTables {

  /** The rule CO-04, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-04").anyFramework().warning()
      .source("[S:SRC \"mesas… con actores públicos, privados y sociales\"][S:APT Morelos: colegios, medios, público]")
      .needs("plans[].coCreation.tables[].participants[].stlMember", "stls[].memberships[].personId")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Co04OpenTables::check);

  private Co04OpenTables() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Set<String> memberPeople = new HashSet<>();
    Set<String> memberOrgs = new HashSet<>();
    for (LocalTechnicalSecretariat stl : ctx.exercise().stls()) {
      for (StlMembership m : stl.memberships()) {
        m.personId().ifPresent(memberPeople::add);
        m.organizationId().ifPresent(memberOrgs::add);
      }
    }
    forEachTable(ctx, subjects, (t, ptr) -> {
      int known = 0;
      int outsiders = 0;
      for (Participation p : t.participants()) {
        Optional<Boolean> member = p.stlMember().or(() -> p.personId().map(memberPeople::contains))
            .or(() -> p.organizationId().map(memberOrgs::contains));
        if (member.isPresent()) {
          known++;
          if (!member.get()) {
            outsiders++;
          }
        }
      }
      if (known == 0) {
        subjects.notApplicable(ptr);
      } else {
        subjects.check(outsiders > 0, ptr + "/participants", String.valueOf(known), t.id());
      }
    });
  }
}
