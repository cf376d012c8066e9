package com.pmocareer.onboarding;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** When a template task falls due for a plan that starts on a given day. */
final class DueDates {

    private DueDates() {
    }

    /**
     * Offset 0 is the start day itself. Without weekends skipped the offset is calendar days; with them it is working
     * days (Monday to Friday), and a due day never lands on a weekend.
     */
    static LocalDate due(LocalDate start, int offsetDays, boolean skipWeekends) {
        if (!skipWeekends) {
            return start.plusDays(offsetDays);
        }
        LocalDate day = nextWorkingDay(start);
        int remaining = offsetDays;
        while (remaining > 0) {
            day = nextWorkingDay(day.plusDays(1));
            remaining--;
        }
        return day;
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day;
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
