package com.pmocareer.onboarding;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** When a template task falls due for a plan that starts on a given day. */
final class DueDates {

    private DueDates() {
    }

    /**
     * Offset 0 is the start day itself; offsets are calendar days, so that "day 30" stays the thirtieth day. A task
     * that skips weekends and would fall due on a Saturday or Sunday falls due on the Monday after instead.
     */
    static LocalDate due(LocalDate start, int offsetDays, boolean skipWeekends) {
        LocalDate due = start.plusDays(offsetDays);
        if (skipWeekends) {
            while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
                due = due.plusDays(1);
            }
        }
        return due;
    }
}
