package org.cocrea.research;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cocrea.core.MilestoneStatus;
import org.cocrea.core.Sector;
import org.cocrea.core.analysis.Rate;
import org.cocrea.core.analysis.Tally;
import org.cocrea.validation.RuleFamily;
import org.cocrea.validation.Severity;
import org.cocrea.validation.Verdict;
import org.cocrea.validation.regime.ExerciseRegime;

/**
 * A few figures of one exercise of a corpus, small enough to keep for every file of a large corpus: what the
 * statistics' per-exercise tables and charts show.
 *
 * @param exerciseId the exercise's id, never null
 * @param source the file, relative to the corpus root, never null
 * @param title the exercise's title, or its jurisdiction's name, when recorded
 * @param conforms whether the file conforms (no error)
 * @param findings findings by severity, every severity present, never null
 * @param compliance rules passed out of rules applicable, by family, never null
 * @param stlSeats titular seats of the current STL by sector, never null (empty without an STL)
 * @param commitmentStatus commitments by status as of the statistics' date, never null
 * @param commitments commitments of all plans
 * @param milestones milestones of all commitments
 * @param verdict the file's verdict: CONFORMS, DOES_NOT_CONFORM, or UNDETERMINED when no error was found but an
 *     ERROR rule could not judge some subject because facts are not recorded; never null
 * @param notRecorded subjects the rules could not judge because facts are not recorded, of any severity
 * @param regime where the exercise stands across the 2025 reform (its start's regime, its guarantor seat), never null
 * @since 0.1.0
 */
public record ExerciseSummary(String exerciseId, String source, Optional<String> title, boolean conforms,
    Map<Severity, Integer> findings, Map<RuleFamily, Rate> compliance, Tally<Sector> stlSeats,
    Tally<MilestoneStatus> commitmentStatus, long commitments, long milestones, Verdict verdict,
    long notRecorded, ExerciseRegime regime) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component is null
   */
  public ExerciseSummary {
    Objects.requireNonNull(exerciseId, "exerciseId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    findings = Map.copyOf(findings);
    Map<RuleFamily, Rate> byFamily = new EnumMap<>(RuleFamily.class);
    byFamily.putAll(compliance);
    compliance = Collections.unmodifiableMap(byFamily);
    Objects.requireNonNull(stlSeats, "stlSeats");
    Objects.requireNonNull(commitmentStatus, "commitmentStatus");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(regime, "regime");
  }
}
