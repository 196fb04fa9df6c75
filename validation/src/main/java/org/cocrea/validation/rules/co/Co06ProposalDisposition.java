package org.cocrea.validation.rules.co;

import static org.cocrea.validation.rules.co.CoSupport.planPointer;
import static org.cocrea.validation.rules.co.CoSupport.present;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.CoCreationProcess;
import org.cocrea.core.Disposition;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.Proposal;
import org.cocrea.core.ReasonedResponse;
import org.cocrea.core.PartialDate;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;

/**
 * CO-06 · Every proposal has a disposition; non-adopted ones carry a published rationale (reasoned response) before
 * or with the PAL. · E · proposals.disposition/rationale · [S:OGP-STD Standard 4][S:OGP-GL reasoned
 * response][S:APT Morelos supply table answered demands]. A response is published when it has a publication date
 * or a URL; its date must not be later than the PAL's publication.
 */
public final class Co06ProposalDisposition {

  /** The rule CO-06, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("CO-06").anyFramework().error()
      .source("[S:OGP-STD Standard 4][S:OGP-GL reasoned response][S:APT Morelos supply table answered demands]")
      .needs("plans[].coCreation.proposals[].disposition", "plans[].coCreation.proposals[].response")
      .whenAbsent(Absence.NOT_RECORDED)
      .check(Co06ProposalDisposition::check);

  private Co06ProposalDisposition() {}

  private static void check(RuleContext ctx, Subjects subjects) {
    LocalExercise x = ctx.exercise();
    if (x.plans().isEmpty()) {
      subjects.notApplicable("");
      return;
    }
    for (int i = 0; i < x.plans().size(); i++) {
      LocalActionPlan plan = x.plans().get(i);
      List<Proposal> proposals = plan.coCreation().map(CoCreationProcess::proposals).orElse(List.of());
      if (proposals.isEmpty()) {
        subjects.notApplicable(planPointer(i));
        continue;
      }
      for (int k = 0; k < proposals.size(); k++) {
        Proposal p = proposals.get(k);
        String ptr = planPointer(i) + "/coCreation/proposals/" + k;
        if (p.disposition().isEmpty()) {
          subjects.failWith(ptr, "noDisposition", p.id());
          continue;
        }
        Disposition d = p.disposition().get();
        if (d == Disposition.ADOPTED) {
          subjects.pass(ptr);
          continue;
        }
        Optional<ReasonedResponse> r = p.response();
        if (r.isEmpty() || !present(r.get().text())) {
          subjects.failWith(ptr, "noRationale", p.id(), d.label(ctx.options().locale()));
        } else if (r.get().publishedOn().flatMap(PartialDate::toLocalDate).isEmpty() && r.get().url().isEmpty()) {
          subjects.failWith(ptr + "/response", "unpublished", p.id(), d.label(ctx.options().locale()));
        } else if (r.get().publishedOn().flatMap(PartialDate::toLocalDate).isPresent() && plan.publishedOn().flatMap(PartialDate::toLocalDate).isPresent()
            && r.get().publishedOn().flatMap(PartialDate::toLocalDate).get().isAfter(plan.publishedOn().flatMap(PartialDate::toLocalDate).get())) {
          subjects.failWith(ptr + "/response/publishedOn", "late", p.id(), r.get().publishedOn().flatMap(PartialDate::toLocalDate).get(),
              plan.publishedOn().flatMap(PartialDate::toLocalDate).get());
        } else {
          subjects.pass(ptr);
        }
      }
    }
  }
}
