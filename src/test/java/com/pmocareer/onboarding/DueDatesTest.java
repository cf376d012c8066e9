package com.pmocareer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 6);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 7);

    @Test
    void offsetZeroIsTheStartDay() {
        assertThat(DueDates.due(MONDAY, 0, false)).isEqualTo(MONDAY);
        assertThat(DueDates.due(MONDAY, 0, true)).isEqualTo(MONDAY);
    }

    @Test
    void calendarDaysCountWeekends() {
        assertThat(DueDates.due(FRIDAY, 1, false)).isEqualTo(SATURDAY);
        assertThat(DueDates.due(MONDAY, 30, false)).isEqualTo(LocalDate.of(2026, 12, 2));
    }

    @Test
    void workingDaysSkipTheWeekend() {
        assertThat(DueDates.due(FRIDAY, 1, true)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(DueDates.due(MONDAY, 5, true)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(DueDates.due(MONDAY, 10, true)).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void aStartOnAWeekendMovesWorkingDayTasksToMonday() {
        assertThat(DueDates.due(SATURDAY, 0, true)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(DueDates.due(SATURDAY, 1, true)).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(DueDates.due(SATURDAY, 0, false)).isEqualTo(SATURDAY);
    }

    @Test
    void aWorkingDayDueDateNeverFallsOnAWeekend() {
        for (int start = 0; start < 7; start++) {
            for (int offset = 0; offset < 40; offset++) {
                var due = DueDates.due(MONDAY.plusDays(start), offset, true);
                assertThat(due.getDayOfWeek().getValue()).as("start +%d, offset %d", start, offset).isLessThan(6);
            }
        }
    }
}
