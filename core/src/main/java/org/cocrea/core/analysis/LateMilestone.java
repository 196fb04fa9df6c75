package org.cocrea.core.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.cocrea.core.PartialDate;

/**
 * A milestone past its due date and not completed as of a date ({@link org.cocrea.core.Milestone#isLate}), with where
 * it sits and by how many days it is late.
 *
 * <pre>{@code
 * for (LateMilestone m : Analyses.lateMilestones(corpus.exercises(), LocalDate.of(2017, 6, 30))) {
 *   System.out.println(m.exerciseId() + " " + m.milestoneId() + " " + m.daysLate());
 * }
 * }</pre>
 *
 * @param exerciseId the exercise's id, never null
 * @param planId the plan's id, never null
 * @param commitmentId the commitment's id, never null
 * @param milestoneId the milestone's id, never null
 * @param dueDate the due date as recorded (a day, or a month or year whose last day has passed), never null
 * @param daysLate days from the due date's last possible day to the as-of date, at least 1
 * @since 0.1.0
 */
public record LateMilestone(String exerciseId, String planId, String commitmentId, String milestoneId,
    PartialDate dueDate, long daysLate) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public LateMilestone {
    Objects.requireNonNull(exerciseId, "exerciseId");
    Objects.requireNonNull(planId, "planId");
    Objects.requireNonNull(commitmentId, "commitmentId");
    Objects.requireNonNull(milestoneId, "milestoneId");
    Objects.requireNonNull(dueDate, "dueDate");
  }
}
