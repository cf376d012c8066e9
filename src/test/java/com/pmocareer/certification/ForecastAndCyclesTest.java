package com.pmocareer.certification;

import static com.pmocareer.certification.LedgerCategory.PDU_BUSINESS_ACUMEN;
import static com.pmocareer.certification.LedgerCategory.PDU_GIVING_BACK;
import static com.pmocareer.certification.LedgerCategory.PDU_POWER_SKILLS;
import static com.pmocareer.certification.LedgerCategory.PDU_WAYS_OF_WORKING;
import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.certification.CredentialCycles.ClosedCycle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastAndCyclesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final LocalDate START = LocalDate.of(2024, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 2, 28);

    private final List<Credit> credits = new ArrayList<>();

    private void earn(LocalDate day, LedgerCategory category, String units) {
        credits.add(new Credit(credits.size() + 1, day, category, new BigDecimal(units)));
    }

    private void fortyEarly() {
        earn(LocalDate.of(2024, 4, 1), PDU_WAYS_OF_WORKING, "10");
        earn(LocalDate.of(2024, 4, 1), PDU_POWER_SKILLS, "10");
        earn(LocalDate.of(2024, 4, 1), PDU_BUSINESS_ACUMEN, "10");
        earn(LocalDate.of(2024, 4, 1), PDU_GIVING_BACK, "10");
    }

    private RenewalForecast forecast() {
        RenewalPolicy pmp = ShippedTypes.policy("PMP");
        return RenewalForecast.of(pmp, CycleWindow.of(START, END, pmp.graceDays()), credits, BigDecimal.ZERO, TODAY);
    }

    @Test
    void atOnePduAMonthSixtyIsReachedFourMonthsAfterExpiry() {
        fortyEarly();
        for (int month = 0; month < 12; month++) {
            earn(LocalDate.of(2025, 12, 15).plusMonths(month), PDU_WAYS_OF_WORKING, "1");
        }
        RenewalForecast forecast = forecast();
        assertThat(forecast.monthlyPace()).isEqualByComparingTo("1");
        assertThat(forecast.reachedOn()).isEqualTo(LocalDate.of(2027, 7, 26));
        assertThat(forecast.shortAtCycleEnd()).isEqualByComparingTo("5");
        assertThat(forecast.summary()).isEqualTo("At your pace of 1 PDUs a month you reach 60 PDUs 4 months after expiry: "
                + "5 more PDUs needed by 2027-02-28.");
    }

    @Test
    void aFasterPaceMeetsTheCycleBeforeItEnds() {
        earn(LocalDate.of(2024, 4, 1), PDU_WAYS_OF_WORKING, "10");
        earn(LocalDate.of(2024, 4, 1), PDU_POWER_SKILLS, "10");
        earn(LocalDate.of(2024, 4, 1), PDU_BUSINESS_ACUMEN, "10");
        for (int month = 0; month < 12; month++) {
            earn(LocalDate.of(2025, 12, 15).plusMonths(month), PDU_WAYS_OF_WORKING, "1");
            earn(LocalDate.of(2025, 12, 15).plusMonths(month), PDU_POWER_SKILLS, "1");
        }
        RenewalForecast forecast = forecast();
        assertThat(forecast.monthlyPace()).isEqualByComparingTo("2");
        assertThat(forecast.reachedOn()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(forecast.shortAtCycleEnd()).isEqualByComparingTo("0");
        assertThat(forecast.summary()).contains("before the cycle ends on 2027-02-28");
    }

    @Test
    void nothingEarnedLatelyMeansNeverAtThisPace() {
        fortyEarly();
        RenewalForecast forecast = forecast();
        assertThat(forecast.reachedOn()).isNull();
        assertThat(forecast.summary()).startsWith("Nothing earned in the last 12 months").contains("Total PDUs: 20 more");
    }

    @Test
    void givingBackBeyondItsCapDoesNotBringTheForecastForward() {
        earn(LocalDate.of(2024, 4, 1), PDU_WAYS_OF_WORKING, "35");
        earn(LocalDate.of(2024, 4, 1), PDU_GIVING_BACK, "24");
        earn(LocalDate.of(2026, 6, 1), PDU_GIVING_BACK, "12");
        RenewalForecast forecast = forecast();
        assertThat(forecast.reachedOn()).as("Giving Back is full at 25 and no other category grows").isNull();
    }

    @Test
    void aCycleRenewedEarlyStillCarriesOverWhatIsEarnedBeforeItsEnd() {
        RenewalPolicy pmp = ShippedTypes.policy("PMP");
        LocalDate firstStart = LocalDate.of(2021, 3, 1);
        earn(LocalDate.of(2021, 6, 1), PDU_WAYS_OF_WORKING, "20");
        earn(LocalDate.of(2021, 7, 1), PDU_POWER_SKILLS, "20");
        earn(LocalDate.of(2022, 7, 1), PDU_BUSINESS_ACUMEN, "20");
        earn(LocalDate.of(2023, 9, 1), PDU_WAYS_OF_WORKING, "15");
        var closed = List.of(new ClosedCycle(1, firstStart, START.minusDays(1), LocalDate.of(2023, 6, 1), RenewalRoute.UNITS));
        var evaluated = CredentialCycles.evaluate(pmp, START, END, closed, credits);
        assertThat(evaluated.closed().get(0).counted()).isEqualByComparingTo("75");
        assertThat(evaluated.current().carriedIn()).isEqualByComparingTo("15");
        assertThat(evaluated.current().counted()).isEqualByComparingTo("15");
    }

    @Test
    void aCycleRenewedInGraceKeepsTheGraceUnitsAndTheNextCountsFromTheDayAfter() {
        RenewalPolicy pmp = ShippedTypes.policy("PMP");
        earn(LocalDate.of(2024, 4, 1), PDU_WAYS_OF_WORKING, "3");
        earn(LocalDate.of(2024, 4, 15), PDU_WAYS_OF_WORKING, "5");
        earn(LocalDate.of(2024, 4, 16), PDU_WAYS_OF_WORKING, "7");
        var closed = List.of(new ClosedCycle(1, LocalDate.of(2021, 3, 1), START.minusDays(1), LocalDate.of(2024, 4, 15), RenewalRoute.UNITS));
        var evaluated = CredentialCycles.evaluate(pmp, START, END, closed, credits);
        assertThat(evaluated.closed().get(0).counted()).isEqualByComparingTo("8");
        assertThat(evaluated.current().counted()).isEqualByComparingTo("7");
        assertThat(evaluated.current().window().countFrom()).isEqualTo(LocalDate.of(2024, 4, 16));
    }

    @Test
    void aCycleRenewedByExamCarriesNothing() {
        RenewalPolicy pmp = ShippedTypes.policy("PMP");
        earn(LocalDate.of(2023, 9, 1), PDU_WAYS_OF_WORKING, "90");
        var closed = List.of(new ClosedCycle(1, LocalDate.of(2021, 3, 1), START.minusDays(1), LocalDate.of(2024, 1, 10), RenewalRoute.EXAM));
        assertThat(CredentialCycles.evaluate(pmp, START, END, closed, credits).current().carriedIn()).isEqualByComparingTo("0");
    }
}
