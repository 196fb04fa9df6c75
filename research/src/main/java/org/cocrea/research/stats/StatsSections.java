package org.cocrea.research.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.core.analysis.HeadlineFigures;
import org.cocrea.core.analysis.IrmRatings;
import org.cocrea.core.analysis.Tally;
import org.cocrea.research.CorpusStatistics;

/** The parts of a corpus's statistics every format shows, named once: their ids (JSON, CSV) and label keys. */
final class StatsSections {

  /**
   * A frequency table with its statistic id ({@code snake_case}), the key of its title, and whether an observation
   * can carry several keys (then shares are of observations, not of the total).
   */
  record Named(String id, String titleKey, Tally<?> tally, boolean multi) {

    Named(String id, String titleKey, Tally<?> tally) {
      this(id, titleKey, tally, false);
    }

    /** The share of a key: of the observations for multi-key tables, of the total otherwise. */
    @SuppressWarnings("unchecked")
    org.cocrea.core.analysis.Rate share(Object key) {
      Tally<Object> t = (Tally<Object>) tally;
      return multi ? t.shareOfObservations(key) : t.share(key);
    }
  }

  private StatsSections() {}

  /** The headline figures by id, in display order. */
  static Map<String, Long> headline(HeadlineFigures h) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("exercises", h.exercises());
    m.put("guarantor_bodies_adhered", h.guarantorBodiesAdhered());
    m.put("stls_operating", h.stlsOperating());
    m.put("plans", h.plans());
    m.put("commitments_co_created", h.commitmentsCoCreated());
    m.put("government_institutions", h.governmentInstitutions());
    m.put("civil_society_organizations", h.civilSocietyOrganizations());
    return m;
  }

  /** The label key of a headline figure id. */
  static String headlineKey(String id) {
    return switch (id) {
      case "exercises" -> "headline.exercises";
      case "guarantor_bodies_adhered" -> "headline.guarantorBodiesAdhered";
      case "stls_operating" -> "headline.stlsOperating";
      case "plans" -> "headline.plans";
      case "commitments_co_created" -> "headline.commitmentsCoCreated";
      case "government_institutions" -> "headline.governmentInstitutions";
      default -> "headline.civilSocietyOrganizations";
    };
  }

  /** What INAI's source document reports for a headline figure id, or null when it reports none. */
  static String sourceFigure(String id) {
    return switch (id) {
      case "guarantor_bodies_adhered" -> "28";
      case "stls_operating" -> "18";
      case "commitments_co_created" -> "71";
      case "government_institutions" -> "~100";
      case "civil_society_organizations" -> "119";
      default -> null;
    };
  }

  /** Every frequency table of the statistics, in display order. */
  static List<Named> tallies(CorpusStatistics s) {
    IrmRatings irm = s.irmRatings();
    List<Named> list = new ArrayList<>();
    list.add(new Named("stl_seats_by_sector", "stl.intro", s.stlSeatsBySector()));
    list.add(new Named("stl_civil_society_seats_by_type", "stl.csoTypes", s.stlCivilSocietySeatsByType()));
    list.add(new Named("participants_by_sector", "participation.participants", s.participantsBySector()));
    list.add(new Named("tables_by_sector", "participation.tables", s.tablesBySector(), true));
    list.add(new Named("commitments_by_component", "commitments.components", s.commitmentsByComponent(), true));
    list.add(new Named("commitments_by_ogp_value", "commitments.values", s.commitmentsByOgpValue(), true));
    list.add(new Named("commitments_by_sdg_goal", "commitments.sdgGoals", s.commitmentsBySdgGoal(), true));
    list.add(new Named("commitments_by_sdg_target", "commitments.sdgTargets", s.commitmentsBySdgTarget(), true));
    list.add(new Named("commitments_by_policy_area", "commitments.policyAreas", s.commitmentsByPolicyArea()));
    list.add(new Named("commitments_by_cross_cutting_theme", "commitments.crossCutting",
        s.commitmentsByCrossCuttingTheme(), true));
    list.add(new Named("commitments_by_status", "status.title", s.commitmentsByStatus()));
    list.add(new Named("milestones_by_status", "milestones.title", s.milestonesByStatus()));
    list.add(new Named("irm_completion", "irm.completion", irm.completion()));
    list.add(new Named("irm_potential_for_results", "irm.potential", irm.potentialForResults()));
    list.add(new Named("irm_did_it_open_government", "irm.results", irm.didItOpenGovernment()));
    list.add(new Named("exercises_by_regime", "reform.exercises", s.exercisesByRegime()));
    list.add(new Named("conforming_exercises_by_regime", "reform.conforming", s.conformingByRegime()));
    list.add(new Named("commitments_by_regime", "reform.commitments", s.commitmentsByRegime()));
    list.add(new Named("exercises_by_guarantor_seat", "reform.seat", s.exercisesByGuarantorSeat()));
    return list;
  }

  /** A key of a tally as a code: an enum's constant name, otherwise its text. */
  static String code(Object key) {
    return key instanceof Enum<?> e ? e.name() : String.valueOf(key);
  }
}
