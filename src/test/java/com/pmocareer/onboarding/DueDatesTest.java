package com.pmocareer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 6);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 7);
    static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 11, 9);

    @Test
    void offsetZeroIsTheStartDay() {
        assertThat(DueDates.due(MONDAY, 0, false)).isEqualTo(MONDAY);
        assertThat(DueDates.due(MONDAY, 0, true)).isEqualTo(MONDAY);
    }

    @Test
    void offsetsAreCalendarDaysSoDayThirtyStaysDayThirty() {
        assertThat(DueDates.due(MONDAY, 30, false)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(DueDates.due(MONDAY, 30, true)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(DueDates.due(FRIDAY, 1, false)).isEqualTo(SATURDAY);
    }

    @Test
    void aTaskThatSkipsWeekendsMovesFromTheWeekendToMonday() {
        assertThat(DueDates.due(FRIDAY, 1, true)).isEqualTo(NEXT_MONDAY);
        assertThat(DueDates.due(FRIDAY, 2, true)).isEqualTo(NEXT_MONDAY);
        assertThat(DueDates.due(MONDAY, 5, true)).isEqualTo(NEXT_MONDAY);
        assertThat(DueDates.due(SATURDAY, 0, true)).isEqualTo(NEXT_MONDAY);
        assertThat(DueDates.due(SATURDAY, 0, false)).isEqualTo(SATURDAY);
    }

    @Test
    void aTaskThatSkipsWeekendsNeverFallsOnOneAndMovesAtMostTwoDays() {
        for (int start = 0; start < 7; start++) {
            for (int offset = 0; offset < 100; offset++) {
                var calendar = DueDates.due(MONDAY.plusDays(start), offset, false);
                var due = DueDates.due(MONDAY.plusDays(start), offset, true);
                assertThat(due.getDayOfWeek().getValue()).as("start +%d, offset %d", start, offset).isLessThan(6);
                assertThat(due).isBetween(calendar, calendar.plusDays(2));
            }
        }
    }
}
