package com.pmocareer.learning;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a requirement is due for a person, and where that leaves them. Never completed: due {@code newJoinerDays} after
 * the start date. ONCE: a completion settles it for good. EVERY_MONTHS: due N months after the latest completion.
 * CALENDAR_WINDOW (e.g. every January): a completion counts for the most recent window that opened on or before it —
 * a December completion is late for last January, not early for the next — and the next one is due at the end of
 * the following year's window. OVERDUE from the day after the due date; past {@code graceDays} more, the lead hears.
 */
public final class ComplianceRules {

    /** The parts of a requirement that decide due dates. */
    public record Schedule(Recurrence recurrence, Integer everyMonths, Integer windowMonth, int graceDays,
            int newJoinerDays, int dueSoonDays) {
    }

    /** {@code dueOn} null means nothing is due ever again (ONCE and done, or exempt without end). */
    public record Standing(ComplianceState state, LocalDate dueOn, LocalDate lastCompletedOn, boolean pastGrace) {
    }

    private ComplianceRules() {
    }

    public static Standing standing(Schedule schedule, LocalDate startDate, LocalDate lastCompleted,
            LocalDate exemptUntil, boolean exempt, LocalDate today) {
        LocalDate due = dueOn(schedule, startDate, lastCompleted);
        if (exempt && (exemptUntil == null || !exemptUntil.isBefore(today))) {
            return new Standing(ComplianceState.EXEMPT, exemptUntil, lastCompleted, false);
        }
        if (due == null) {
            return new Standing(ComplianceState.COMPLIANT, null, lastCompleted, false);
        }
        if (due.isBefore(today)) {
            return new Standing(ComplianceState.OVERDUE, due, lastCompleted, due.plusDays(schedule.graceDays()).isBefore(today));
        }
        if (!due.minusDays(schedule.dueSoonDays()).isAfter(today)) {
            return new Standing(ComplianceState.DUE_SOON, due, lastCompleted, false);
        }
        return new Standing(ComplianceState.COMPLIANT, due, lastCompleted, false);
    }

    public static LocalDate dueOn(Schedule schedule, LocalDate startDate, LocalDate lastCompleted) {
        if (lastCompleted == null) {
            return startDate.plusDays(schedule.newJoinerDays());
        }
        return switch (schedule.recurrence()) {
            case ONCE -> null;
            case EVERY_MONTHS -> lastCompleted.plusMonths(schedule.everyMonths());
            case CALENDAR_WINDOW -> windowEnd(countedWindowYear(schedule.windowMonth(), lastCompleted) + 1, schedule.windowMonth());
        };
    }

    /** The year of the window a completion counts for: the latest window opening on or before it. */
    static int countedWindowYear(int windowMonth, LocalDate completed) {
        LocalDate opensThisYear = LocalDate.of(completed.getYear(), windowMonth, 1);
        return completed.isBefore(opensThisYear) ? completed.getYear() - 1 : completed.getYear();
    }

    static LocalDate windowEnd(int year, int windowMonth) {
        return YearMonth.of(year, windowMonth).atEndOfMonth();
    }
}
