package org.cocrea.validation.rules.com;

import static org.cocrea.validation.rules.com.ComSupport.forEachCommitment;
import static org.cocrea.validation.rules.com.ComSupport.label;
import static org.cocrea.validation.rules.support.Seats.organizationSector;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cocrea.core.Sector;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * COM-03 · ≥1 responsible government institution (imputable). · E · responsibleInstitutions · [S:KIT5
 * Imputables][S:OGP-TPL lead agency].
 *
 * <p>An institution named without a record ({@code responsibleInstitutionNames}, format 1.1) counts: a name makes
 * the commitment imputable, and its sector is unknown, so it is not judged non-public (issue 11, item 4). With
 * neither ids nor names, the commitment fails where its responsibles are recorded as none (a COMPLETE part) and is
 * NOT_RECORDED in a PARTIAL one: a transcription that lacks the responsibles, or an OGP page that lists involved
 * institutions without telling the lead, does not say there is none.
 */
public final class Com03ResponsibleInstitution {

  /** The rule COM-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-03").anyFramework().error()
      .source("[S:KIT5 Imputables][S:OGP-TPL lead agency]")
      .needs("plans[].commitments[].responsibleInstitutionIds",
          "plans[].commitments[].responsibleInstitutionNames", "organizations[].sector")
      .whenAbsent(Absence.FAIL)
      .check(Com03ResponsibleInstitution::check);

  private Com03ResponsibleInstitution() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Set<Sector> publicSectors = EnumSet.copyOf(PUBLIC_BODIES);
    publicSectors.addAll(ctx.options().governmentSeatSectors());
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<String> ids = c.responsibleInstitutionIds();
      if (!c.responsibleInstitutionNames().isEmpty()) {
        subjects.pass(ptr);    // named without a record: imputable, sector unknown (issue 11, item 4)
      } else if (ids.isEmpty()) {
        if (ctx.complete(c, "responsibleInstitutionIds") && ctx.complete(c, "responsibleInstitutionNames")) {
          subjects.failWith(ptr, "none", label(ctx, c, ptr));
        } else {
          subjects.notRecorded(ptr, ptr + "/responsibleInstitutionIds", ptr + "/responsibleInstitutionNames");
        }
      } else if (ids.stream().anyMatch(id -> organizationSector(ctx, id).map(publicSectors::contains)
          .orElse(true))) {
        subjects.pass(ptr);
      } else {
        subjects.failWith(ptr + "/responsibleInstitutionIds", "notPublic", label(ctx, c, ptr), String.join(", ", ids));
      }
    });
  }

  /** Sectors of public bodies besides the government seat sectors of the options. */
  private static final Set<Sector> PUBLIC_BODIES = EnumSet.of(
      Sector.GOVERNMENT, Sector.GUARANTOR_BODY, Sector.AUTONOMOUS_BODY, Sector.NATIONAL_GUARANTOR);
}
