package com.pmocareer.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.learning.ComplianceRules.Schedule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    static final Schedule YEARLY = new Schedule(Recurrence.EVERY_MONTHS, 12, null, 14, 30, 30);
    static final Schedule JANUARY = new Schedule(Recurrence.CALENDAR_WINDOW, null, 1, 14, 30, 30);
    static final Schedule ONCE = new Schedule(Recurrence.ONCE, null, null, 0, 45, 14);

    @Test
    void aNewJoinerIsDueTheOffsetAfterTheStartDate() {
        assertThat(ComplianceRules.dueOn(YEARLY, START, null)).isEqualTo(START.plusDays(30));
        var standing = ComplianceRules.standing(YEARLY, START, null, null, false, START.plusDays(5));
        assertThat(standing.state()).isEqualTo(ComplianceState.DUE_SOON);
        assertThat(standing.dueOn()).isEqualTo(LocalDate.of(2025, 4, 2));
    }

    @Test
    void everyNMonthsRenewsFromTheCompletionDate() {
        LocalDate done = LocalDate.of(2025, 6, 15);
        assertThat(ComplianceRules.dueOn(YEARLY, START, done)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(ComplianceRules.standing(YEARLY, START, done, null, false, LocalDate.of(2026, 5, 15)).state())
                .as("31 days before").isEqualTo(ComplianceState.COMPLIANT);
        assertThat(ComplianceRules.standing(YEARLY, START, done, null, false, LocalDate.of(2026, 5, 16)).state())
                .as("30 days before").isEqualTo(ComplianceState.DUE_SOON);
        assertThat(ComplianceRules.standing(YEARLY, START, done, null, false, LocalDate.of(2026, 6, 15)).state())
                .as("on the due date").isEqualTo(ComplianceState.DUE_SOON);
        assertThat(ComplianceRules.standing(YEARLY, START, done, null, false, LocalDate.of(2026, 6, 16)).state())
                .as("the day after").isEqualTo(ComplianceState.OVERDUE);
    }

    @Test
    void theGracePeriodDecidesWhenTheLeadHearsNotWhetherItIsOverdue() {
        LocalDate done = LocalDate.of(2025, 6, 15);
        var withinGrace = ComplianceRules.standing(YEARLY, START, done, null, false, LocalDate.of(2026, 6, 29));
        assertThat(withinGrace.state()).isEqualTo(ComplianceState.OVERDUE);
        assertThat(withinGrace.pastGrace()).isFalse();
        var pastGrace = ComplianceRules.standing(YEARLY, START, done, null, false, LocalDate.of(2026, 6, 30));
        assertThat(pastGrace.pastGrace()).isTrue();
    }

    @Test
    void aJanuaryCompletionCoversTheYearUntilTheEndOfNextJanuary() {
        assertThat(ComplianceRules.dueOn(JANUARY, START, LocalDate.of(2026, 1, 12))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(ComplianceRules.dueOn(JANUARY, START, LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void aCompletionOutsideTheWindowCountsForTheWindowBeforeIt() {
        // Done in December: late for last January's round, not early for the next one.
        assertThat(ComplianceRules.dueOn(JANUARY, START, LocalDate.of(2025, 12, 20))).isEqualTo(LocalDate.of(2026, 1, 31));
        var february = ComplianceRules.standing(JANUARY, START, LocalDate.of(2025, 12, 20), null, false, LocalDate.of(2026, 2, 1));
        assertThat(february.state()).isEqualTo(ComplianceState.OVERDUE);
        // Done in March: counts for this year's window (late), due again next January.
        assertThat(ComplianceRules.dueOn(JANUARY, START, LocalDate.of(2026, 3, 5))).isEqualTo(LocalDate.of(2027, 1, 31));
        var june = new Schedule(Recurrence.CALENDAR_WINDOW, null, 6, 0, 30, 30);
        assertThat(ComplianceRules.dueOn(june, START, LocalDate.of(2026, 5, 31))).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ComplianceRules.dueOn(june, START, LocalDate.of(2026, 6, 1))).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void theWindowIsDueSoonFromDecember() {
        LocalDate done = LocalDate.of(2026, 1, 12);
        assertThat(ComplianceRules.standing(JANUARY, START, done, null, false, LocalDate.of(2026, 12, 31)).state())
                .isEqualTo(ComplianceState.COMPLIANT);
        assertThat(ComplianceRules.standing(JANUARY, START, done, null, false, LocalDate.of(2027, 1, 1)).state())
                .isEqualTo(ComplianceState.DUE_SOON);
    }

    @Test
    void onceDoneIsDoneForGood() {
        var standing = ComplianceRules.standing(ONCE, START, LocalDate.of(2025, 4, 1), null, false, LocalDate.of(2030, 1, 1));
        assertThat(standing.state()).isEqualTo(ComplianceState.COMPLIANT);
        assertThat(standing.dueOn()).isNull();
        assertThat(ComplianceRules.standing(ONCE, START, null, null, false, START.plusDays(46)).state()).isEqualTo(ComplianceState.OVERDUE);
    }

    @Test
    void anExemptionHoldsUntilItsEndDateThenTheRulesApplyAgain() {
        LocalDate today = LocalDate.of(2026, 8, 1);
        assertThat(ComplianceRules.standing(YEARLY, START, null, null, true, today).state()).isEqualTo(ComplianceState.EXEMPT);
        assertThat(ComplianceRules.standing(YEARLY, START, null, today, true, today).state()).isEqualTo(ComplianceState.EXEMPT);
        assertThat(ComplianceRules.standing(YEARLY, START, null, today.minusDays(1), true, today).state())
                .isEqualTo(ComplianceState.OVERDUE);
    }
}
