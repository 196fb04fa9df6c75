package org.cocrea.core.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.cocrea.core.LocalActionPlan;
import org.cocrea.core.LocalExercise;
import org.cocrea.core.LocalTechnicalSecretariat;
import org.cocrea.core.Organization;
import org.cocrea.core.i18n.Texts;

/**
 * The figures INAI reports for the initiative as a whole (the source document gives 28 guarantor bodies adhered, 18
 * STLs operating, 71 commitments co-created, about 100 government institutions and 119 civil-society organisations),
 * computed from a set of exercises:
 *
 * <ul>
 *   <li><b>guarantor bodies adhered</b>: distinct guarantor bodies ({@code guarantorBodyId}) of exercises that record
 *       at least one joint declaration;
 *   <li><b>STLs operating</b>: STLs for which {@link Analyses#isOperating} holds;
 *   <li><b>commitments co-created</b>: commitments of every plan;
 *   <li><b>government institutions</b>: distinct organisations of sector {@code GOVERNMENT} or
 *       {@code AUTONOMOUS_BODY} in the exercises' registries;
 *   <li><b>civil-society organisations</b>: distinct organisations of sector {@code CIVIL_SOCIETY}.
 * </ul>
 *
 * <p>"Distinct" uses {@link Analyses#institutionKey}: the same institution declared in two exercises of one state
 * (a state and a municipal exercise, or two cycles) counts once.
 *
 * <pre>{@code
 * HeadlineFigures h = Analyses.headline(corpus.exercises());
 * System.out.println(h.describe(Locale.ENGLISH));
 * }</pre>
 *
 * @param exercises exercises counted
 * @param guarantorBodiesAdhered distinct guarantor bodies of exercises with a joint declaration
 * @param stlsOperating STLs operating
 * @param plans local action plans
 * @param commitmentsCoCreated commitments of all plans
 * @param governmentInstitutions distinct government institutions (government and autonomous bodies)
 * @param civilSocietyOrganizations distinct civil-society organisations
 * @since 0.1.0
 */
public record HeadlineFigures(long exercises, long guarantorBodiesAdhered, long stlsOperating, long plans,
    long commitmentsCoCreated, long governmentInstitutions, long civilSocietyOrganizations) {

  /**
   * A counter that takes exercises one at a time, for corpora read as a stream.
   *
   * @return a new, empty counter, never null
   */
  public static Counter counter() {
    return new Counter();
  }

  /**
   * The figures as labelled lines, in Spanish (es-MX) or English ({@code en}).
   *
   * @param locale the language, must not be null
   * @return the text, one figure per line, never null
   */
  public String describe(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    boolean en = Texts.isEnglish(locale);
    StringBuilder s = new StringBuilder();
    line(s, en ? "Exercises" : "Ejercicios", exercises);
    line(s, en ? "Guarantor bodies adhered" : "Organismos garantes adheridos", guarantorBodiesAdhered);
    line(s, en ? "STLs operating" : "STL en operación", stlsOperating);
    line(s, en ? "Local action plans" : "Planes de acción locales", plans);
    line(s, en ? "Commitments co-created" : "Compromisos cocreados", commitmentsCoCreated);
    line(s, en ? "Government institutions involved" : "Instituciones de gobierno involucradas", governmentInstitutions);
    line(s, en ? "Civil-society organisations involved" : "Organizaciones de la sociedad civil involucradas",
        civilSocietyOrganizations);
    return s.toString();
  }

  private static void line(StringBuilder s, String label, long value) {
    s.append(label).append(": ").append(value).append('\n');
  }

  /** Accumulates {@link HeadlineFigures} one exercise at a time. Not thread-safe. */
  public static final class Counter {
    private long exercises;
    private long stlsOperating;
    private long plans;
    private long commitments;
    private final Set<String> guarantors = new HashSet<>();
    private final Set<String> government = new HashSet<>();
    private final Set<String> civilSociety = new HashSet<>();

    private Counter() {}

    /**
     * Counts one exercise.
     *
     * @param exercise the exercise, must not be null
     * @return this counter
     */
    public Counter add(LocalExercise exercise) {
      Objects.requireNonNull(exercise, "exercise");
      exercises++;
      if (!exercise.declarations().isEmpty()) {
        exercise.guarantorBodyId().ifPresent(id -> guarantors.add(exercise.index().organization(id)
            .map(o -> Analyses.institutionKey(exercise, o))
            .orElse(Analyses.scopeOf(exercise) + "#" + id)));
      }
      for (LocalTechnicalSecretariat stl : exercise.stls()) {
        if (Analyses.isOperating(exercise, stl)) {
          stlsOperating++;
        }
      }
      for (LocalActionPlan plan : exercise.plans()) {
        plans++;
        commitments += plan.commitments().size();
      }
      for (Organization o : exercise.organizations()) {
        if (Analyses.isGovernmentInstitution(o)) {
          government.add(Analyses.institutionKey(exercise, o));
        } else if (o.sector().orElse(null) == org.cocrea.core.Sector.CIVIL_SOCIETY) {
          civilSociety.add(Analyses.institutionKey(exercise, o));
        }
      }
      return this;
    }

    /**
     * The figures of the exercises counted so far.
     *
     * @return the figures, never null
     */
    public HeadlineFigures figures() {
      return new HeadlineFigures(exercises, guarantors.size(), stlsOperating, plans, commitments, government.size(),
          civilSociety.size());
    }
  }
}
