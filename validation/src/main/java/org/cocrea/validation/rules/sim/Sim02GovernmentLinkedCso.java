package org.cocrea.validation.rules.sim;

import static org.cocrea.validation.rules.support.Seats.isSeat;
import static org.cocrea.validation.rules.support.Seats.isGovernment;
import static org.cocrea.validation.rules.support.Seats.seatSectorOrTitular;
import static org.cocrea.validation.rules.sim.SimSupport.GROUNDING;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.rules.support.Texts;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * SIM-02 · CSO member linked to government: person is/was a public servant of a member institution, organisation
 * receives government funding or contracts, or no conflict-of-interest statement. · Person.isPublicServant,
 * fundingFromGovernment, conflictOfInterestStatement [S:YUC] · any
 *
 * <p>Subjects: each civil-society seat (titular or alternate). A former public servant is flagged when the
 * institution served in holds a government seat in the same STL; the missing statement is flagged only for a
 * recorded person. A seat with no person and no funding information is not applicable.
 */
public final class Sim02GovernmentLinkedCso {

  /** The rule SIM-02, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("SIM-02").anyFramework().warning()
      .source("[P] any; Person.isPublicServant, fundingFromGovernment, conflictOfInterestStatement [S:YUC]" + GROUNDING)
      .needs("people[].formerPublicServantOfId", "organizations[].fundingFromGovernment",
          "people[].conflictOfInterestStatementUrl")
      .whenAbsent(Absence.FAIL)
      .check(Sim02GovernmentLinkedCso::check);

  private Sim02GovernmentLinkedCso() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    for (int s = 0; s < stls.size(); s++) {
      LocalTechnicalSecretariat stl = stls.get(s);
      Set<String> memberInstitutions = new HashSet<>();
      for (StlMembership m : stl.memberships()) {
        if (seatSectorOrTitular(ctx, m).map(sector -> isGovernment(ctx, sector)).orElse(false)) {
          m.organizationId().ifPresent(memberInstitutions::add);
        }
      }
      for (int i = 0; i < stl.memberships().size(); i++) {
        StlMembership m = stl.memberships().get(i);
        if (!isSeat(m) || seatSectorOrTitular(ctx, m).orElse(null) != Sector.CIVIL_SOCIETY) {
          continue;
        }
        String pointer = "/stls/" + s + "/memberships/" + i;
        Optional<Person> person = m.personId().flatMap(id -> ctx.index().person(id));
        Optional<Organization> org = m.organizationId().flatMap(id -> ctx.index().organization(id));
        Optional<Boolean> funded = org.flatMap(Organization::fundingFromGovernment);
        // named as people read them (real-records.md §6): «Asiento 5 (m-3)», a person's or organisation's name with
        // its identifier; the identifier alone only when no name is recorded
        String seat = Texts.name(ctx, pointer, m.id(), Optional.empty());
        String personId = person.map(x -> named(x.name(), x.id())).orElse("");
        String orgId = m.organizationId().map(id -> named(org.flatMap(Organization::name), id)).orElse("");
        // a seat that names no organisation is said so by the message, never with an empty quote
        String noOrg = m.organizationId().isEmpty() ? "NoOrganization" : "";
        if (person.flatMap(Person::publicServant).orElse(false)) {
          subjects.failWith(pointer, "publicServant" + noOrg, seat, personId, orgId);
        } else if (person.flatMap(Person::formerPublicServantOfId).filter(memberInstitutions::contains).isPresent()) {
          String former = person.get().formerPublicServantOfId().get();
          subjects.failWith(pointer, "formerServant" + noOrg, seat, personId, orgId,
              named(ctx.index().organization(former).flatMap(Organization::name), former));
        } else if (funded.orElse(false)) {
          subjects.failWith(pointer, "funding", seat, personId, orgId);
        } else if (person.isPresent() && person.get().conflictOfInterestStatementUrl().isEmpty()) {
          subjects.failWith(pointer, "noStatement" + noOrg, seat, personId, orgId);
        } else if (person.isEmpty() && funded.isEmpty()) {
          subjects.notApplicable(pointer);
        } else {
          subjects.pass(pointer);
        }
      }
    }
  }

  /** A name with its identifier in parentheses, «Alianza Cívica (org-3)»; the identifier alone when no name is recorded. */
  private static String named(Optional<String> name, String id) {
    return name.map(String::strip).filter(n -> !n.isEmpty() && !n.equals(id)).map(n -> n + " (" + id + ")").orElse(id);
  }
}
