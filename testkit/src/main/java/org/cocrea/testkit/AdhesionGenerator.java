package org.cocrea.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cocrea.core.Accompaniment;
import org.cocrea.core.AccompanimentKind;
import org.cocrea.core.Audience;
import org.cocrea.core.AwarenessEvent;
import org.cocrea.core.DeclarationKind;
import org.cocrea.core.EventFormat;
import org.cocrea.core.JointDeclaration;
import org.cocrea.core.PromoterGroup;
import org.cocrea.core.Sector;
import org.cocrea.core.Signatory;
import org.cocrea.testkit.RandomExercises.Size;

/**
 * Steps 1 and 2: the joint declarations, the promoter group, INAI's accompaniment and the awareness events (a
 * part of {@link Generation}).
 */
class AdhesionGenerator extends SecretariatGenerator {

  AdhesionGenerator(long seed, Size size, double rate) {
    super(seed, size, rate);
  }

  // ---------------------------------------------------------------------------------------------- step 1 and 2

  List<JointDeclaration> declarations() {
    List<JointDeclaration> result = new ArrayList<>();
    result.add(declaration(declared, DeclarationKind.ORIGINAL));
    if (chance(0.2) && installed.plusDays(200).isBefore(asOf)) {
      result.add(declaration(dateBetween(max(installed, declared).plusDays(100), asOf.minusDays(30)),
          DeclarationKind.REAFFIRMATION));
    }
    return result;
  }

  JointDeclaration declaration(LocalDate date, DeclarationKind kind) {
    List<Signatory> signatories = new ArrayList<>();
    boolean headSigns = !defect(0.06);
    String govOrg = headSigns ? head : government.get(Math.min(1, government.size() - 1));
    String govPerson = headSigns ? headOf(govOrg) : representative(govOrg);
    signatories.add(Signatory.builder().organizationId(govOrg).personId(govPerson).sector(Sector.GOVERNMENT)
        .position(positionOf(govPerson)).build());
    if (chance(0.4) && government.size() > 2) {
      signatories.add(Signatory.builder().organizationId(government.get(2)).sector(Sector.GOVERNMENT).build());
    }
    if (!defect(0.05)) {
      String c = civilSociety.get(0);
      String p = headOf(c);
      signatories.add(Signatory.builder().organizationId(c).personId(p).position(positionOf(p)).build());
    }
    String g = headOf(guarantor);
    signatories.add(Signatory.builder().organizationId(guarantor).personId(g).sector(Sector.GUARANTOR_BODY)
        .position(positionOf(g)).build());
    JointDeclaration.Builder d = JointDeclaration.builder().id(next("decl-")).signedOn(date).kind(kind)
        .signatories(signatories).documentUrl(url("documentos/" + kind.name().toLowerCase(Locale.ROOT) + ".pdf"))
        .declaredAims("Impulsar en " + place + " un ejercicio de gobierno abierto que transparente la gestión "
            + "pública y abra espacios permanentes de cocreación entre sociedad y gobierno.");
    if (chance(0.7)) {
      d.addWitnessId(inai);
    }
    return d.build();
  }

  PromoterGroup promoterGroup() {
    LocalDate formed = dateBetween(declared.plusDays(3), max(declared.plusDays(3), installed.minusDays(10)));
    return PromoterGroup.builder().formedOn(formed).addMemberId(guarantor).addMemberId(head)
        .addMemberId(civilSociety.get(0)).workPlanUrl(url("grupo-promotor/plan-de-trabajo.pdf")).build();
  }

  List<Accompaniment> accompaniments(List<PlanDates> plans) {
    List<Accompaniment> result = new ArrayList<>();
    if (!defect(0.06)) {
      result.add(Accompaniment.builder().organizationId(inai).kind(AccompanimentKind.WITNESS).date(declared)
          .description("El INAI atestigua la firma de la Declaración Conjunta.").build());
      result.add(Accompaniment.builder().organizationId(inai).kind(AccompanimentKind.TRAINING)
          .date(dateBetween(declared, max(declared, installed)))
          .description("Taller de gobierno abierto para personas servidoras públicas y OSC.").build());
      result.add(Accompaniment.builder().organizationId(inai).kind(AccompanimentKind.ADVISORY)
          .date(plans.get(0).firstTable).description("Asesoría metodológica para las mesas participativas.")
          .build());
    }
    if (!international.isEmpty() && chance(0.4)) {
      result.add(Accompaniment.builder().organizationId(international.get(0)).kind(AccompanimentKind.FUNDING)
          .date(plans.get(0).periodStart).description("Apoyo financiero para la alineación con la Agenda 2030.")
          .build());
    }
    return result;
  }

  List<AwarenessEvent> awarenessEvents() {
    int n = between(size.events[0], size.events[1]);
    boolean noServants = defect(0.08);
    LocalDate from = declared.plusDays(3);
    LocalDate to = max(from, installed.minusDays(3));
    List<AwarenessEvent> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Set<Audience> audiences;
      if (i == 0) {
        audiences = EnumSet.of(Audience.CSO, Audience.GENERAL_PUBLIC);
      } else if (i == 1) {
        audiences = noServants ? EnumSet.of(Audience.ACADEMIA, Audience.JOURNALISTS)
            : EnumSet.of(Audience.PUBLIC_SERVANTS, Audience.SENIOR_OFFICIALS);
      } else {
        audiences = someOf(Audience.class, 1, 3);
        if (noServants) {
          audiences.remove(Audience.PUBLIC_SERVANTS);
          audiences.remove(Audience.SENIOR_OFFICIALS);
          if (audiences.isEmpty()) {
            audiences.add(Audience.MUNICIPALITIES);
          }
        }
      }
      LocalDate date = i > 1 && chance(0.2) ? dateBetween(installed, min(asOf, installed.plusDays(120)))
          : dateBetween(from, to);
      EventFormat format = pick(EventFormat.values());
      String label = switch (format) {
        case FORUM -> "Foro";
        case WORKSHOP -> "Taller";
        case SEMINAR -> "Seminario";
        case JOURNEY -> "Jornada";
        case TRAINING -> "Capacitación";
      };
      AwarenessEvent.Builder e = AwarenessEvent.builder().id(next("ev-"))
          .title(label + " de gobierno abierto en " + place).date(date).city(pick(state.municipalities()))
          .format(format).audiences(audiences).addOrganizerId(guarantor);
      if (chance(0.6)) {
        e.addOrganizerId(inai);
      }
      if (chance(0.85)) {
        e.attendees(between(20, 600));
      }
      result.add(e.build());
    }
    result.sort((a, b) -> a.date().orElseThrow().earliest().compareTo(b.date().orElseThrow().earliest()));
    return result;
  }

}
