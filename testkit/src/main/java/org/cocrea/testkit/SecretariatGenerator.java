package org.cocrea.testkit;

import static org.cocrea.testkit.WordLists.AGENDA;
import static org.cocrea.testkit.WordLists.OTHER_RESOLUTIONS;
import static org.cocrea.testkit.WordLists.REQUIRED_DOCUMENTS;
import static org.cocrea.testkit.WordLists.VALUES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.core.Attendance;
import org.cocrea.core.CallPurpose;
import org.cocrea.core.Channel;
import org.cocrea.core.DecisionRule;
import org.cocrea.core.DocumentKind;
import org.cocrea.core.ForumType;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.InstallationAct;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.OperatingRules;
import org.cocrea.core.Person;
import org.cocrea.core.PublicCall;
import org.cocrea.core.QuorumRule;
import org.cocrea.core.RepresentationModel;
import org.cocrea.core.Resolution;
import org.cocrea.core.ResolutionKind;
import org.cocrea.core.Sector;
import org.cocrea.core.SelectionMethod;
import org.cocrea.core.SessionType;
import org.cocrea.core.Signatory;
import org.cocrea.core.StlMembership;
import org.cocrea.core.StlRole;
import org.cocrea.core.StlSession;
import org.cocrea.core.StlStatus;
import org.cocrea.testkit.RandomExercises.Size;

/** The STL: its seats, alternates, quorum, sessions and resolutions (a part of {@link Generation}). */
class SecretariatGenerator extends OrganisationGenerator {

  SecretariatGenerator(long seed, Size size, double rate) {
    super(seed, size, rate);
  }

  // ---------------------------------------------------------------------------------------------- sessions


  void scheduleSessions() {
    sessions.put(installed, new SessionDraft(installed, SessionType.INSTALLATION));
    int months = between(2, 4);
    LocalDate d = installed.plusDays(between(10, 40));
    boolean gap = defect(0.08);
    int gapAt = between(2, 5);
    for (int i = 0; !d.isAfter(asOf); i++) {
      sessions.putIfAbsent(d, new SessionDraft(d, SessionType.ORDINARY));
      d = d.plusMonths(months).plusDays(between(-10, 10));
      if (gap && i == gapAt) {
        d = d.plusMonths(between(5, 7));
      }
    }
    SessionDraft rules = sessions.higherEntry(installed).getValue();
    rules.resolutions.add(new String[] {next("res-"), ResolutionKind.RULES_APPROVAL.name(),
      "Se aprueban los lineamientos de operación del Secretariado Técnico Local"});
  }

  /** Adds a resolution to the session held on a date, creating an extraordinary session when there is none. */
  String resolution(LocalDate date, ResolutionKind kind, String text) {
    SessionDraft s = sessions.computeIfAbsent(date, d -> new SessionDraft(d, SessionType.EXTRAORDINARY));
    String id = next("res-");
    s.resolutions.add(new String[] {id, kind.name(), text});
    return id;
  }

  List<StlSession> buildSessions() {
    List<StlSession> result = new ArrayList<>();
    String chair = memberships.stream().filter(m -> m.role().orElse(null) == StlRole.CHAIR).map(StlMembership::id)
        .findFirst().orElse(memberships.get(0).id());
    int number = 0;
    for (SessionDraft draft : sessions.values()) {
      number++;
      LocalDate date = draft.date;
      StlSession.Builder s = StlSession.builder().id(next("s-")).number(number).type(draft.type).date(date);
      int present = 0;
      Map<String, String> alternates = new HashMap<>();
      for (StlMembership m : memberships) {
        m.alternateOfId().ifPresent(t -> alternates.put(t, m.id()));
      }
      boolean chairPresent = false;
      for (StlMembership m : memberships) {
        boolean active = !day(m.startDate()).orElse(installed).isAfter(date) && day(m.endDate()).map(date::isBefore).orElse(true);
        if (!active || !m.titular().orElse(true)) {
          continue;
        }
        boolean here = chance(0.85);
        if (here) {
          present++;
          chairPresent |= m.id().equals(chair);
          s.addAttendance(Attendance.builder().membershipId(m.id()).present(true).asAlternate(false).build());
        } else if (alternates.containsKey(m.id()) && chance(0.7)) {
          present++;
          s.addAttendance(Attendance.builder().membershipId(alternates.get(m.id())).present(true).asAlternate(true)
              .build());
        } else {
          s.addAttendance(Attendance.builder().membershipId(m.id()).present(false).build());
        }
      }
      if (chairPresent || chance(0.5)) {
        s.chairMembershipId(chair);
      }
      if (draft.type != SessionType.INSTALLATION) {
        s.agendaSentOn(defect(0.05) ? date.minusDays(between(0, noticeDays - 1))
            : date.minusDays(noticeDays + between(0, 3)));
      }
      List<String> agenda = new ArrayList<>(List.of(AGENDA[0], AGENDA[1]));
      agenda.add(AGENDA[between(2, AGENDA.length - 2)]);
      agenda.add(AGENDA[AGENDA.length - 1]);
      s.agenda(agenda);
      List<String[]> resolutions = new ArrayList<>(draft.resolutions);
      if (draft.type == SessionType.ORDINARY && chance(0.5)) {
        resolutions.add(new String[] {next("res-"), ResolutionKind.OTHER.name(), pick(OTHER_RESOLUTIONS)});
      }
      for (String[] r : resolutions) {
        int against = decisionRule == DecisionRule.CONSENSUS ? 0 : between(0, Math.min(1, present));
        int abstentions = decisionRule == DecisionRule.CONSENSUS ? 0 : between(0, Math.min(1, present - against));
        s.addResolution(Resolution.builder().id(r[0]).kind(ResolutionKind.valueOf(r[1])).text(r[2])
            .decisionRule(decisionRule).votesFor(present - against - abstentions).votesAgainst(against)
            .abstentions(abstentions).build());
      }
      if (!defect(0.05)) {
        s.minutesUrl(url("sesiones/" + number + "/minuta.pdf"));
        if (chance(0.3)) {
          documents.add(document(DocumentKind.MINUTES, "Minuta de la sesión " + number, "sesiones/" + number
              + "/minuta.pdf", date.plusDays(between(1, 15))));
        }
      }
      if (chance(0.3)) {
        s.videoUrl("https://www.youtube.com/watch?v=" + Long.toUnsignedString(rnd.nextLong(), 36));
      }
      result.add(s.build());
    }
    return result;
  }

  // ---------------------------------------------------------------------------------------------- STL

  LocalTechnicalSecretariat.Builder stl() {
    RepresentationModel model = pick(RepresentationModel.values());
    int gov = between(size.governmentSeats[0], size.governmentSeats[1]);
    int cso = gov + between(0, 2);
    if (defect(0.2)) {
      cso = Math.max(1, gov - between(1, 2));
    }
    if (defect(0.05)) {
      cso = 0;
    }
    if (rate == 0) {
      cso = Math.max(2, cso);
    }
    int gar = between(size.guarantorSeats[0], size.guarantorSeats[1]);
    boolean invitationOnly = defect(0.07);
    boolean sloppyAlternates = defect(0.15);
    PublicCall call = PublicCall.builder().id(next("call-")).purpose(CallPurpose.STL_SEAT)
        .publishedOn(installed.minusDays(between(30, 60))).closesOn(installed.minusDays(between(7, 20)))
        .channels(someOf(Channel.class, 1, 3)).url(url("convocatoria-stl.pdf"))
        .eligibility("Organizaciones de la sociedad civil legalmente constituidas, colectivos y personas con "
            + "trayectoria en " + place + " en transparencia, participación o rendición de cuentas.")
        .requiredDocuments(List.of(REQUIRED_DOCUMENTS).subList(0, between(2, REQUIRED_DOCUMENTS.length)))
        .build();
    calls.add(call);
    List<String> govSeats = new ArrayList<>();
    List<String> pool = new ArrayList<>(government);
    if (model == RepresentationModel.MULTI_BRANCH) {
      List<String> branches = new ArrayList<>();
      for (String g : government) {
        GovernmentBranch branch = orgs.get(g).branch().orElse(GovernmentBranch.EXECUTIVE);
        if (branch == GovernmentBranch.LEGISLATIVE || branch == GovernmentBranch.JUDICIAL) {
          branches.add(g);
        }
      }
      pool.removeAll(branches);
      pool.addAll(1, branches);
    }
    for (int i = 0; i < gov && i < pool.size(); i++) {
      govSeats.add(pool.get(i));
    }
    List<String> csoSeats = new ArrayList<>();
    List<String> csoPool = new ArrayList<>(civilSociety);
    for (int i = 0; i < cso; i++) {
      csoSeats.add(csoPool.remove(rnd.nextInt(csoPool.size())));
    }
    boolean chairIsGuarantor = chance(0.5);
    LocalDate rotation = chance(0.15) && installed.plusDays(200).isBefore(asOf)
        ? dateBetween(installed.plusDays(100), asOf.minusDays(60)) : null;
    List<Signatory> signatories = new ArrayList<>();
    for (int i = 0; i < gar; i++) {
      StlRole role = i == 0 ? (chairIsGuarantor ? StlRole.CHAIR : StlRole.TECHNICAL_SECRETARIAT) : StlRole.MEMBER;
      seat(guarantor, Sector.GUARANTOR_BODY, role, SelectionMethod.EX_OFFICIO, null, null, sloppyAlternates,
          signatories, null);
    }
    for (int i = 0; i < govSeats.size(); i++) {
      StlRole role = i == 0 && !chairIsGuarantor ? StlRole.CHAIR
          : model == RepresentationModel.WITH_VOCALIAS ? StlRole.VOCAL : StlRole.MEMBER;
      seat(govSeats.get(i), Sector.GOVERNMENT, role, chance(0.7) ? SelectionMethod.EX_OFFICIO
          : SelectionMethod.INVITATION, null, null, sloppyAlternates, signatories, null);
    }
    for (int i = 0; i < csoSeats.size(); i++) {
      boolean regional = model == RepresentationModel.REGIONAL_LINKS && i > 0;
      StlRole role = i == 0 ? StlRole.CO_CHAIR : regional ? StlRole.REGIONAL_LINK
          : model == RepresentationModel.WITH_VOCALIAS ? StlRole.VOCAL : StlRole.MEMBER;
      SelectionMethod selection = invitationOnly ? SelectionMethod.INVITATION
          : regional ? SelectionMethod.DESIGNATED_BY_CSO_NUCLEUS : SelectionMethod.PUBLIC_CALL;
      String region = regional ? state.municipalities()[i % state.municipalities().length] : null;
      LocalDate to = i == csoSeats.size() - 1 ? rotation : null;
      seat(csoSeats.get(i), Sector.CIVIL_SOCIETY, role, selection,
          selection == SelectionMethod.PUBLIC_CALL ? call.id() : null, region, sloppyAlternates, signatories, to);
      if (to != null && !csoPool.isEmpty()) {
        String replacement = csoPool.remove(rnd.nextInt(csoPool.size()));
        String titular = seatFrom(replacement, Sector.CIVIL_SOCIETY, role, selection,
            selection == SelectionMethod.PUBLIC_CALL ? call.id() : null, region, to, null);
        memberships.add(alternate(memberships.get(memberships.size() - 1), titular, to, null));
      }
    }
    boolean facilitator = !defect(0.08);
    if (facilitator) {
      String academy = academia.isEmpty() ? civilSociety.get(civilSociety.size() - 1) : academia.get(0);
      memberships.add(StlMembership.builder().id(next("m-")).organizationId(academy)
          .personId(representative(academy)).seatSector(orgs.get(academy).sector().orElseThrow())
          .role(StlRole.FACILITATOR).titular(true).startDate(installed).selection(SelectionMethod.INVITATION).build());
      memberOrgs.add(academy);
    }
    inaiObserves = chance(0.3);
    if (inaiObserves) {
      memberships.add(StlMembership.builder().id(next("m-")).organizationId(inai).personId(representative(inai))
          .seatSector(Sector.NATIONAL_GUARANTOR).role(StlRole.OBSERVER).titular(true).startDate(installed)
          .selection(SelectionMethod.EX_OFFICIO).build());
      memberOrgs.add(inai);
    }
    int titulars = (int) memberships.stream().filter(m -> m.titular().orElse(false)).count();
    OperatingRules.Builder rules = OperatingRules.builder()
        .approvedOn(sessions.higherKey(installed))
        .quorum(quorum(titulars))
        .agendaNoticeDays(noticeDays).decisionRule(decisionRule).meetingFrequencyMonths(between(1, 6))
        .alternatesPolicy(true).rotationPolicy(chance(0.5));
    if (!defect(0.1)) {
      rules.successionPlan(true).crisisContinuityAgreement(chance(0.8));
    } else {
      rules.successionPlan(false);
    }
    if (!defect(0.08)) {
      rules.publishedUrl(url("lineamientos-stl.pdf"));
    }
    documents.add(document(DocumentKind.INSTALLATION_ACT, "Acta de instalación del STL", "acta-instalacion.pdf",
        installed));
    documents.add(document(DocumentKind.OPERATING_RULES, "Lineamientos de operación del STL",
        "lineamientos-stl.pdf", sessions.higherKey(installed)));
    return LocalTechnicalSecretariat.builder().id(next("stl-")).installedOn(installed)
        .installationAct(InstallationAct.builder().date(installed).place(place + ", " + state.abbr())
            .signatories(signatories).documentUrl(url("acta-instalacion.pdf")).facilitatorDesignated(facilitator)
            .build())
        .memberships(memberships).representationModel(model)
        .forumType(chance(0.85) ? ForumType.DECISION_MAKING : ForumType.CONSULTATIVE)
        .rules(rules.build())
        .vision("Ser el espacio de referencia en " + place + " para el diálogo entre sociedad y gobierno.")
        .mission("Cocrear, implementar y dar seguimiento a planes de acción local de gobierno abierto.")
        .values(List.of(VALUES).subList(0, between(2, VALUES.length)))
        .communicationPlanUrl(url("plan-de-comunicacion.pdf"))
        .status(StlStatus.ACTIVE);
  }

  QuorumRule quorum(int titulars) {
    QuorumRule.Builder q = QuorumRule.builder().minMembers(Math.max(1, titulars / 2 + 1))
        .putMinPerSector(Sector.GOVERNMENT, 1).putMinPerSector(Sector.CIVIL_SOCIETY, 1);
    if (chance(0.5)) {
      q.putMinPerSector(Sector.GUARANTOR_BODY, 1);
    }
    return q.build();
  }

  void seat(String orgId, Sector sector, StlRole role, SelectionMethod selection, String callId,
      String region, boolean sloppyAlternates, List<Signatory> signatories, LocalDate to) {
    String titular = seatFrom(orgId, sector, role, selection, callId, region, installed, to);
    StlMembership t = memberships.get(memberships.size() - 1);
    signatories.add(Signatory.builder().organizationId(orgId).personId(t.personId()).sector(sector)
        .position(people.stream().filter(p -> p.id().equals(t.personId().orElse(""))).findFirst()
            .flatMap(Person::position).orElse("Integrante"))
        .build());
    if (!(sloppyAlternates && chance(0.5))) {
      memberships.add(alternate(t, titular, installed, to));
    }
  }

  String seatFrom(String orgId, Sector sector, StlRole role, SelectionMethod selection, String callId,
      String region, LocalDate from, LocalDate to) {
    StlMembership.Builder m = StlMembership.builder().id(next("m-")).organizationId(orgId)
        .personId(representative(orgId)).seatSector(sector).role(role).titular(true).startDate(from)
        .selection(selection);
    if (callId != null) {
      m.publicCallId(callId);
    }
    if (region != null) {
      m.region(region);
    }
    if (to != null) {
      m.endDate(to);
    }
    StlMembership built = m.build();
    memberships.add(built);
    memberOrgs.add(orgId);
    return built.id();
  }

  StlMembership alternate(StlMembership titular, String titularId, LocalDate from, LocalDate to) {
    String orgId = titular.organizationId().orElseThrow();
    StlMembership.Builder m = StlMembership.builder().id(next("m-")).organizationId(orgId)
        .personId(representative(orgId)).seatSector(titular.seatSector().orElseThrow())
        .role(switch (titular.role().orElse(StlRole.MEMBER)) {
          case CHAIR, CO_CHAIR, TECHNICAL_SECRETARIAT -> StlRole.MEMBER;
          default -> titular.role().orElse(StlRole.MEMBER);
        }).titular(false).alternateOfId(titularId).startDate(from)
        .selection(titular.selection().orElse(SelectionMethod.INVITATION));
    titular.publicCallId().ifPresent(m::publicCallId);
    titular.region().ifPresent(m::region);
    if (to != null) {
      m.endDate(to);
    }
    return m.build();
  }

}
