package org.cocrea.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.core.SessionType;

/** A session of the STL while the generation schedules it and adds resolutions, before it is built. */
final class SessionDraft {
  final LocalDate date;
  SessionType type;
  final List<String[]> resolutions = new ArrayList<>();

  SessionDraft(LocalDate date, SessionType type) {
    this.date = date;
    this.type = type;
  }
}
