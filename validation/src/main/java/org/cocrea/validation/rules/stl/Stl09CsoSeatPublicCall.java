package org.cocrea.validation.rules.stl;

import static org.cocrea.validation.rules.support.Seats.isTitularSeat;
import static org.cocrea.validation.rules.support.Seats.seatSector;
import static org.cocrea.validation.rules.support.Seats.stlPointer;
import static org.cocrea.validation.rules.support.Texts.locale;

import java.util.List;
import java.util.Optional;
import org.cocrea.core.CallPurpose;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.PublicCall;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.StlMembership;
import org.cocrea.validation.Absence;
import org.cocrea.validation.Rule;
import org.cocrea.validation.rules.RuleContext;
import org.cocrea.validation.rules.Subjects;
import org.cocrea.validation.rules.support.Texts;

/**
 * STL-09 · CSO seats are filled through a documented public call (or CSO-nucleus designation), not by government
 * invitation only. · W · selection, publicCalls · [S:APT NL, Coahuila][S:YUC][S:CIMTRA crit. 30]. A public call is
 * documented when the seat names a declared call, or the exercise declares a call for STL seats. A seat whose
 * selection is absent from a PARTIAL record or part is NOT_RECORDED.
 */
public final class Stl09CsoSeatPublicCall {

  /** The rule STL-09, as the catalogue lists it. */
  public static final Rule RULE = Rule.define("STL-09").anyFramework().warning()
      .source("[S:APT NL, Coahuila][S:YUC][S:CIMTRA crit. 30]")
      .needs("stls[].memberships[].selection", "stls[].memberships[].publicCallId", "publicCalls[].purpose")
      .whenAbsent(Absence.FAIL)
      .check(Stl09CsoSeatPublicCall::check);

  private Stl09CsoSeatPublicCall() {}

  private static void check(RuleContext ctx, Subjects s) {
    List<LocalTechnicalSecretariat> stls = ctx.exercise().stls();
    boolean seatCall = ctx.exercise().publicCalls().stream()
        .anyMatch(c -> c.purpose().map(pp -> pp == CallPurpose.STL_SEAT).orElse(true));
    boolean any = false;
    for (int i = 0; i < stls.size(); i++) {
      LocalTechnicalSecretariat stl = stls.get(i);
      for (int j = 0; j < stl.memberships().size(); j++) {
        StlMembership m = stl.memberships().get(j);
        if (!isTitularSeat(m) || seatSector(ctx, m).orElse(null) != Sector.CIVIL_SOCIETY) {
          continue;
        }
        any = true;
        String p = stlPointer(i) + "/memberships/" + j;
        Optional<SelectionMethod> selection = m.selection();
        if (selection.isEmpty() && !ctx.complete(m, "selection")) {
          s.notRecorded(p, p + "/selection");   // a partial record: how the seat was filled is not recorded
        } else if (selection.isEmpty()) {
          s.failWith(p, "unknown", Texts.name(ctx, p, m.id(), Optional.empty()), Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()));
        } else if (selection.get() == SelectionMethod.DESIGNATED_BY_CSO_NUCLEUS) {
          s.pass(p);
        } else if (selection.get() == SelectionMethod.PUBLIC_CALL) {
          boolean documented = m.publicCallId()
              .map(id -> ctx.index().find(PublicCall.class, id).isPresent())
              .orElse(seatCall);
          if (documented) {
            s.pass(p);
          } else {
            s.failWith(p + (m.publicCallId().isPresent() ? "/publicCallId" : "/selection"), "undocumented",
                Texts.name(ctx, p, m.id(), Optional.empty()), Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()));
          }
        } else {
          s.fail(p + "/selection", Texts.name(ctx, p, m.id(), Optional.empty()), Texts.name(ctx, "/stls/" + i, stl.id(), stl.name()), selection.get().label(locale(ctx)));
        }
      }
    }
    if (!any) {
      s.notApplicable("");
    }
  }
}
