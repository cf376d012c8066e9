package com.pmocareer.notification;

import java.time.LocalDate;
import java.util.List;

/** Implemented by each module with dated things for a person (onboarding tasks, course sessions, mentoring meetings). */
public interface CalendarEntrySource {

    /** The person's entries from the given day on (and a little before, so that overdue tasks still show). */
    List<CalendarEntry> entriesFor(long personId, LocalDate from);
}
