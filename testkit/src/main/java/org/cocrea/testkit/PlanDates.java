package org.cocrea.testkit;

import java.time.LocalDate;

/** The key dates of one plan, drawn by {@link PlanGenerator#timeline()}. */
final class PlanDates {
  int ordinal;
  LocalDate firstTable;
  LocalDate lastTable;
  LocalDate approvedOn;
  LocalDate publishedOn;
  LocalDate periodStart;
  LocalDate periodEnd;
}
