package com.pmocareer.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pmocareer.experience.LeadingMonths.Stretch;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingMonthsTest {

    static final LocalDate EVER = LocalDate.of(1900, 1, 1);
    static final LocalDate FAR = LocalDate.of(2100, 1, 1);

    static Stretch stretch(String from, String to) {
        return new Stretch(LocalDate.parse(from), LocalDate.parse(to));
    }

    static int months(List<Stretch> ranges, LocalDate windowStart, LocalDate windowEnd) {
        return LeadingMonths.within(ranges, windowStart, windowEnd).months();
    }

    @Test
    void threeCalendarYearsAreExactly36Months() {
        assertThat(months(List.of(stretch("2021-01-01", "2023-12-31")), EVER, FAR)).isEqualTo(36);
        assertThat(months(List.of(stretch("2021-01-01", "2023-12-30")), EVER, FAR)).isEqualTo(35);
        assertThat(months(List.of(stretch("2023-02-15", "2026-02-14")), EVER, FAR)).isEqualTo(36);
    }

    @Test
    void overlappingProjectsCountOnce() {
        var ranges = List.of(stretch("2024-01-01", "2024-12-31"), stretch("2024-07-01", "2025-06-30"));
        assertThat(months(ranges, EVER, FAR)).isEqualTo(18);
        assertThat(LeadingMonths.within(ranges, EVER, FAR).stretches()).containsExactly(stretch("2024-01-01", "2025-06-30"));
    }

    @Test
    void aProjectInsideAnotherAddsNothing() {
        assertThat(months(List.of(stretch("2024-01-01", "2024-12-31"), stretch("2024-03-01", "2024-04-30")), EVER, FAR))
                .isEqualTo(12);
    }

    @Test
    void touchingAssignmentsJoinIntoOneStretch() {
        var ranges = List.of(stretch("2024-01-01", "2024-03-31"), stretch("2024-04-01", "2024-06-30"));
        assertThat(LeadingMonths.within(ranges, EVER, FAR).stretches()).hasSize(1);
        assertThat(months(ranges, EVER, FAR)).isEqualTo(6);
    }

    @Test
    void leftoverDaysOfSeparateStretchesAddUpInAverageMonths() {
        var halves = List.of(stretch("2024-01-01", "2024-01-16"), stretch("2024-03-01", "2024-03-16"));
        assertThat(months(halves, EVER, FAR)).as("32 days").isEqualTo(1);
        var notQuite = List.of(stretch("2024-01-01", "2024-01-15"), stretch("2024-03-01", "2024-03-15"));
        assertThat(months(notQuite, EVER, FAR)).as("30 days").isZero();
        assertThat(months(List.of(stretch("2024-01-01", "2024-01-15")), EVER, FAR)).isZero();
    }

    @Test
    void onlyTheMonthsInsideTheWindowCount() {
        LocalDate windowEnd = LocalDate.parse("2026-11-26");
        LocalDate windowStart = windowEnd.minusMonths(96).plusDays(1);
        var nineYearsAgo = List.of(stretch("2017-11-27", "2019-11-26"));
        assertThat(months(nineYearsAgo, windowStart, windowEnd)).isEqualTo(12);
        assertThat(months(List.of(stretch("2010-01-01", "2015-12-31")), windowStart, windowEnd)).isZero();
    }

    @Test
    void aStretchCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> stretch("2024-02-01", "2024-01-31")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noAssignmentsNoMonths() {
        assertThat(months(List.of(), EVER, FAR)).isZero();
    }
}
