package com.pmocareer.certification;

import java.time.LocalDate;

/**
 * A cycle's dates and the days whose units count for it. Units count from the cycle's start (or the day after the
 * last renewal made in grace) to its end plus the grace period, or to the day it was renewed in grace.
 */
public record CycleWindow(LocalDate start, LocalDate end, LocalDate countFrom, LocalDate countTo) {

    public CycleWindow {
        if (countTo.isBefore(countFrom)) {
            throw new IllegalArgumentException("A cycle cannot count units to " + countTo + " from " + countFrom);
        }
    }

    static CycleWindow of(LocalDate start, LocalDate end, int graceDays) {
        return new CycleWindow(start, end, start, end.plusDays(graceDays));
    }

    boolean counts(LocalDate day) {
        return !day.isBefore(countFrom) && !day.isAfter(countTo);
    }

    CycleWindow countingTo(LocalDate day) {
        return new CycleWindow(start, end, countFrom, day.isBefore(countFrom) ? countFrom : day);
    }
}
