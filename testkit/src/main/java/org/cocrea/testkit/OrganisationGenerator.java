package org.cocrea.testkit;

import static org.cocrea.testkit.WordLists.CSO_PREFIX;
import static org.cocrea.testkit.WordLists.CSO_TOPIC;
import static org.cocrea.testkit.WordLists.FEMALE;
import static org.cocrea.testkit.WordLists.MALE;
import static org.cocrea.testkit.WordLists.REGIONS;
import static org.cocrea.testkit.WordLists.STATES;
import static org.cocrea.testkit.WordLists.SURNAMES;
import static org.cocrea.testkit.WordLists.THEMES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.cocrea.core.CsoType;
import org.cocrea.core.GovernmentBranch;
import org.cocrea.core.Jurisdiction;
import org.cocrea.core.JurisdictionLevel;
import org.cocrea.core.OrderOfGovernment;
import org.cocrea.core.Organization;
import org.cocrea.core.Person;
import org.cocrea.core.Sector;
import org.cocrea.core.Seniority;
import org.cocrea.testkit.RandomExercises.Size;
import org.cocrea.testkit.WordLists.Theme;

/** The place of the exercise, the registry of organisations and their people (a part of {@link Generation}). */
class OrganisationGenerator extends Generation {

  OrganisationGenerator(long seed, Size size, double rate) {
    super(seed, size, rate);
  }

  // ---------------------------------------------------------------------------------------------- place

  void jurisdiction() {
    state = pick(STATES);
    boolean cdmx = state.iso().equals("MX-CMX");
    double r = rnd.nextDouble();
    if (cdmx) {
      level = r < 0.5 ? JurisdictionLevel.STATE : JurisdictionLevel.ALCALDIA;
    } else {
      level = r < 0.75 ? JurisdictionLevel.STATE : JurisdictionLevel.MUNICIPALITY;
    }
    place = level == JurisdictionLevel.STATE ? state.name() : state.municipalities()[rnd.nextInt(
        state.municipalities().length)];
    code = state.iso().substring(3);
    web = "https://www." + ascii(state.guarantorAcronym()).replace("-", "") + ".org.mx/gobierno-abierto/"
        + ascii(place);
    List<Theme> all = new ArrayList<>(List.of(THEMES));
    for (int i = all.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      Theme t = all.get(i);
      all.set(i, all.get(j));
      all.set(j, t);
    }
    themes.addAll(all);
  }

  Jurisdiction jurisdictionValue() {
    Jurisdiction.Builder j = Jurisdiction.builder().name(place).level(level);
    if (level == JurisdictionLevel.STATE) {
      j.code(state.iso()).inegiCode(state.inegi());
    } else {
      String municipal = String.format(Locale.ROOT, "%03d", between(1, 120));
      j.code(state.iso() + "-" + municipal).inegiCode(state.inegi() + municipal).parentName(state.name());
    }
    return j.build();
  }

  // ---------------------------------------------------------------------------------------------- organisations

  String uniqueName(String base) {
    String name = base;
    for (int i = 0; !orgNames.add(name); i++) {
      name = i < state.municipalities().length ? base + " (" + state.municipalities()[i] + ")"
          : base + " (" + REGIONS[i % REGIONS.length] + " " + (i / REGIONS.length) + ")";
    }
    return name;
  }

  String organization(String idPrefix, String name, String acronym, Sector sector,
      Consumer<Organization.Builder> more) {
    String id = next(idPrefix);
    Organization.Builder b = Organization.builder().id(id).name(uniqueName(es(name))).sector(sector);
    if (acronym != null) {
      b.acronym(acronym);
    }
    more.accept(b);
    orgs.put(id, b.build());
    return id;
  }

  void registry() {
    boolean municipal = level != JurisdictionLevel.STATE;
    OrderOfGovernment order = municipal ? OrderOfGovernment.MUNICIPAL : OrderOfGovernment.STATE;
    guarantor = organization("org-gar-", state.guarantor(), state.guarantorAcronym(), Sector.GUARANTOR_BODY,
        b -> b.branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.STATE).obligatedSubject(true)
            .websiteUrl("https://www." + ascii(state.guarantorAcronym()).replace("-", "") + ".org.mx"));
    inai = organization("org-inai-", "Instituto Nacional de Transparencia, Acceso a la Información y Protección de "
        + "Datos Personales", "INAI", Sector.NATIONAL_GUARANTOR, b -> b.branch(GovernmentBranch.AUTONOMOUS)
        .order(OrderOfGovernment.FEDERAL).obligatedSubject(true).websiteUrl("https://home.inai.org.mx"));
    head = organization("org-gov-", municipal ? "H. Ayuntamiento de " + place : "Gobierno del Estado de " + place,
        null, Sector.GOVERNMENT, b -> b.branch(GovernmentBranch.EXECUTIVE).order(order).obligatedSubject(true));
    government.add(head);
    List<String> candidates = new ArrayList<>();
    for (Theme t : themes) {
      candidates.add("office:" + t.name());
    }
    if (!municipal) {
      candidates.add("Congreso del Estado de " + state.name());
      candidates.add("Tribunal Superior de Justicia del Estado de " + state.name());
      for (String m : state.municipalities()) {
        candidates.add("H. Ayuntamiento de " + m);
      }
    }
    for (String region : REGIONS) {
      for (Theme t : themes) {
        candidates.add("Delegación Regional " + region + ", " + t.office());
      }
    }
    for (int i = 0; government.size() < size.governments; i++) {
      String c = candidates.get(i % candidates.size());
      if (c.startsWith("office:")) {
        Theme t = themes.stream().filter(x -> c.equals("office:" + x.name())).findFirst().orElseThrow();
        String name = municipal ? t.office().replace("Secretaría", "Dirección") + " del H. Ayuntamiento de " + place
            : t.office() + " de " + state.name();
        String id = organization("org-gov-", name, null, Sector.GOVERNMENT, b -> b
            .branch(t.office().startsWith("Fiscalía") ? GovernmentBranch.AUTONOMOUS : GovernmentBranch.EXECUTIVE)
            .order(order).obligatedSubject(true));
        offices.put(t, id);
        government.add(id);
      } else {
        GovernmentBranch branch = c.startsWith("Congreso") ? GovernmentBranch.LEGISLATIVE
            : c.startsWith("Tribunal") ? GovernmentBranch.JUDICIAL : GovernmentBranch.EXECUTIVE;
        OrderOfGovernment o = c.startsWith("H. Ayuntamiento") ? OrderOfGovernment.MUNICIPAL : order;
        government.add(organization("org-gov-", c, null, Sector.GOVERNMENT,
            b -> b.branch(branch).order(o).obligatedSubject(true).region(c.startsWith("Delegación")
                ? Optional.of(c.substring("Delegación Regional ".length(), c.indexOf(','))) : Optional.empty())));
      }
    }
    for (int i = 0; i < size.civilSociety; i++) {
      civilSociety.add(cso());
    }
    Sector[] cycle = {Sector.ACADEMIA, Sector.INTERNATIONAL, Sector.MEDIA, Sector.AUTONOMOUS_BODY, Sector.ACADEMIA,
      Sector.PRIVATE_SECTOR, Sector.MEDIA, Sector.RELIGIOUS};
    for (int i = 0; i < size.others; i++) {
      Sector s = cycle[i % cycle.length];
      if (s == Sector.INTERNATIONAL && international.size() >= 3) {
        s = Sector.ACADEMIA;
      }
      String id = other(s);
      (s == Sector.ACADEMIA ? academia : s == Sector.INTERNATIONAL ? international : otherOrgs).add(id);
    }
  }

  String cso() {
    String municipality = pick(state.municipalities());
    double r = rnd.nextDouble();
    String name;
    String acronym = null;
    CsoType type;
    if (r < 0.6) {
      name = pick(CSO_PREFIX) + " " + pick(CSO_TOPIC) + (chance(0.4) ? " de " + municipality : "");
      type = chance(0.5) ? CsoType.ADVOCACY : CsoType.COMMUNITY;
    } else if (r < 0.75) {
      String[][] chambers = {{"Consejo Coordinador Empresarial de " + state.name(), "CCE"},
        {"Cámara Nacional de Comercio de " + municipality, "CANACO"},
        {"Confederación Patronal de la República Mexicana, Centro Empresarial de " + state.name(), "COPARMEX"},
        {"Cámara Mexicana de la Industria de la Construcción, Delegación " + state.name(), "CMIC"}};
      String[] c = pick(chambers);
      name = c[0];
      acronym = c[1];
      type = CsoType.BUSINESS;
    } else if (r < 0.87) {
      name = pick(new String[] {"Colegio de Arquitectos de ", "Colegio de Contadores Públicos de ",
        "Barra de Abogados de ", "Colegio de Ingenieros Civiles de "}) + municipality;
      type = CsoType.PROFESSIONAL_COLLEGE;
    } else {
      name = "Centro de Investigación y Estudios Sociales de " + municipality;
      type = CsoType.ACADEMIC;
    }
    String legal = type == CsoType.BUSINESS ? null : pick(new String[] {"A.C.", "A.C.", "I.A.P.", "S.C."});
    boolean funded = defect(0.03);
    String finalAcronym = acronym;
    return organization("org-osc-", legal == null ? name : name + " " + legal, finalAcronym, Sector.CIVIL_SOCIETY,
        b -> {
          b.csoType(type).obligatedSubject(false).fundingFromGovernment(funded);
          if (legal != null) {
            b.legalForm(legal);
          }
          if (chance(0.3)) {
            b.region(pick(REGIONS));
          }
          if (chance(0.6)) {
            b.websiteUrl("https://www." + ascii(name).substring(0, Math.min(24, ascii(name).length())) + ".org.mx");
          }
        });
  }

  String other(Sector sector) {
    String m = pick(state.municipalities());
    String prefix = "org-" + sector.name().toLowerCase(Locale.ROOT).replace('_', '-').substring(0, 3) + "-";
    return switch (sector) {
      case ACADEMIA -> organization(prefix, pick(new String[] {"Universidad Autónoma de " + state.name(),
        "Universidad Tecnológica de " + m, "Instituto Tecnológico de " + m, "El Colegio de " + state.name(),
        "Centro de Investigaciones y Estudios Superiores en Antropología Social, sede " + m}), null, sector,
          b -> b.obligatedSubject(chance(0.5)).csoType(CsoType.ACADEMIC));
      case INTERNATIONAL -> {
        String[][] names = {{"Programa de las Naciones Unidas para el Desarrollo", "PNUD"},
          {"Global Integrity", null}, {"Alianza para el Gobierno Abierto", "AGA"}};
        String[] n = names[international.size()];
        yield organization(prefix, n[0], n[1], sector, b -> b.obligatedSubject(false));
      }
      case MEDIA -> organization(prefix, pick(new String[] {"Diario de " + m, "Radio Ciudadana de " + m,
        "Noticias de " + state.name(), "El Sol de " + m}), null, sector, b -> b.obligatedSubject(false));
      case AUTONOMOUS_BODY -> organization(prefix, pick(new String[] {
        "Comisión Estatal de Derechos Humanos de " + state.name(), "Instituto Electoral del Estado de " + state.name(),
        "Tribunal de Justicia Administrativa de " + state.name(), "Auditoría Superior del Estado de " + state.name()}),
          null, sector, b -> b.branch(GovernmentBranch.AUTONOMOUS).order(OrderOfGovernment.STATE)
              .obligatedSubject(true));
      case PRIVATE_SECTOR -> organization(prefix, pick(new String[] {"Grupo Industrial de " + m,
        "Constructora del Valle de " + m, "Servicios Digitales de " + state.name()}) + " S.A. de C.V.", null, sector,
          b -> b.legalForm("S.A. de C.V.").obligatedSubject(false));
      default -> organization(prefix, pick(new String[] {"Diócesis de " + m, "Cáritas de " + m}), null,
          Sector.RELIGIOUS, b -> b.obligatedSubject(false).legalForm("A.R."));
    };
  }

  // ---------------------------------------------------------------------------------------------- people

  String person(String orgId, String female, String male, Seniority seniority) {
    boolean woman = chance(0.5);
    String first = pick(woman ? FEMALE : MALE);
    String last1 = pick(SURNAMES);
    String last2 = pick(SURNAMES);
    String id = next("p-");
    Organization org = orgs.get(orgId);
    Sector sector = org.sector().orElse(Sector.CIVIL_SOCIETY);
    boolean servant = sector == Sector.GOVERNMENT || sector == Sector.GUARANTOR_BODY
        || sector == Sector.NATIONAL_GUARANTOR || sector == Sector.AUTONOMOUS_BODY;
    Person.Builder p = Person.builder().id(id).name(first + " " + last1 + " " + last2).organizationId(orgId)
        .position(woman ? female : male).publicServant(servant);
    if (seniority != null) {
      p.seniority(seniority);
    }
    if (chance(0.5)) {
      p.email(ascii(first).replace("-", "") + "." + ascii(last1) + "@" + org.id().replace("org-", "") + ".org.mx");
    }
    if (chance(0.3)) {
      p.phone("+52 " + between(200, 999) + " " + between(100, 999) + " " + between(1000, 9999));
    }
    if (sector == Sector.CIVIL_SOCIETY) {
      if (!defect(0.05)) {
        p.conflictOfInterestStatementUrl(url("declaraciones/" + id + ".pdf"));
      }
      if (defect(0.03)) {
        p.formerPublicServantOfId(pick(government));
      }
    }
    if (chance(0.1)) {
      p.changeAgentCohort("Agentes Locales de Cambio " + between(2016, 2019));
    }
    people.add(p.build());
    return id;
  }

  String representative(String orgId) {
    Sector s = orgs.get(orgId).sector().orElse(Sector.CIVIL_SOCIETY);
    return switch (s) {
      case GOVERNMENT -> person(orgId, "Directora de Transparencia", "Director de Transparencia", Seniority.SENIOR);
      case GUARANTOR_BODY -> person(orgId, "Comisionada", "Comisionado", Seniority.SENIOR);
      case ACADEMIA -> person(orgId, "Profesora-investigadora", "Profesor-investigador", null);
      case NATIONAL_GUARANTOR -> person(orgId, "Directora de Gobierno Abierto", "Director de Gobierno Abierto",
          Seniority.SENIOR);
      default -> person(orgId, "Coordinadora de proyectos", "Coordinador de proyectos", null);
    };
  }

  String headOf(String orgId) {
    if (orgId.equals(head)) {
      return level == JurisdictionLevel.STATE ? person(orgId, "Gobernadora del Estado", "Gobernador del Estado",
          Seniority.HEAD_OF_INSTITUTION)
          : person(orgId, "Presidenta Municipal", "Presidente Municipal", Seniority.HEAD_OF_INSTITUTION);
    }
    Sector s = orgs.get(orgId).sector().orElse(Sector.CIVIL_SOCIETY);
    if (s == Sector.GUARANTOR_BODY) {
      return person(orgId, "Comisionada Presidenta", "Comisionado Presidente", Seniority.HEAD_OF_INSTITUTION);
    }
    if (s == Sector.GOVERNMENT) {
      return person(orgId, "Titular de la dependencia", "Titular de la dependencia", Seniority.HEAD_OF_INSTITUTION);
    }
    return person(orgId, "Presidenta", "Presidente", null);
  }


  String positionOf(String personId) {
    return people.stream().filter(p -> p.id().equals(personId)).findFirst().flatMap(Person::position)
        .orElse("Integrante");
  }
}
