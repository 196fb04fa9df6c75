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
 */
public final class Com03ResponsibleInstitution {

  /** The rule COM-03, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("COM-03").anyFramework().error()
      .source("[S:KIT5 Imputables][S:OGP-TPL lead agency]")
      .needs("plans[].commitments[].responsibleInstitutionIds", "organizations[].sector")
      .whenAbsent(Absence.FAIL)
      .check(Com03ResponsibleInstitution::check);

  private Com03ResponsibleInstitution() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    Set<Sector> publicSectors = EnumSet.copyOf(PUBLIC_BODIES);
    publicSectors.addAll(ctx.options().governmentSeatSectors());
    forEachCommitment(ctx.exercise(), subjects, (plan, c, ptr) -> {
      List<String> ids = c.responsibleInstitutionIds();
      if (ids.isEmpty()) {
        subjects.failWith(ptr, "none", label(c));
      } else if (ids.stream().anyMatch(id -> organizationSector(ctx, id).map(publicSectors::contains)
          .orElse(true))) {
        subjects.pass(ptr);
      } else {
        subjects.failWith(ptr + "/responsibleInstitutionIds", "notPublic", label(c), String.join(", ", ids));
      }
    });
  }

  /** Sectors of public bodies besides the government seat sectors of the options. */
  private static final Set<Sector> PUBLIC_BODIES = EnumSet.of(
      Sector.GOVERNMENT, Sector.GUARANTOR_BODY, Sector.AUTONOMOUS_BODY, Sector.NATIONAL_GUARANTOR);
}
