package com.pmocareer.certification;

import static com.pmocareer.certification.LedgerCategory.CPD;
import static com.pmocareer.certification.LedgerCategory.CPD_PROFESSIONAL_EXPERIENCE;
import static com.pmocareer.certification.LedgerCategory.PDU_BUSINESS_ACUMEN;
import static com.pmocareer.certification.LedgerCategory.PDU_GIVING_BACK;
import static com.pmocareer.certification.LedgerCategory.PDU_POWER_SKILLS;
import static com.pmocareer.certification.LedgerCategory.PDU_WAYS_OF_WORKING;
import static com.pmocareer.certification.LedgerCategory.SEU;
import static com.pmocareer.certification.LedgerCategory.WORKING_AS_PROFESSIONAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.certification.CycleOutcome.RuleOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The renewal rules of the shipped catalog at their edges. */
class RenewalRulesTest {

    static final LocalDate START = LocalDate.of(2024, 3, 1);
    static final LocalDate END = LocalDate.of(2027, 2, 28);

    private final List<Credit> credits = new ArrayList<>();
    private long nextId = 1;

    @BeforeEach
    void empty() {
        credits.clear();
    }

    private void earn(String day, LedgerCategory category, String units) {
        credits.add(new Credit(nextId++, LocalDate.parse(day), category, new BigDecimal(units)));
    }

    private CycleOutcome pmp() {
        RenewalPolicy policy = ShippedTypes.policy("PMP");
        return CycleLedger.evaluate(policy, CycleWindow.of(START, END, policy.graceDays()), credits, BigDecimal.ZERO);
    }

    private static RuleOutcome rule(CycleOutcome outcome, String label) {
        return outcome.rules().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void pmpNeedsSixtyWithThirtyFiveEducationAndEightOnEachSide() {
        earn("2025-01-10", PDU_WAYS_OF_WORKING, "60");
        CycleOutcome outcome = pmp();
        assertThat(rule(outcome, "Total PDUs").met()).isTrue();
        assertThat(rule(outcome, "Education").met()).isTrue();
        assertThat(rule(outcome, "Power Skills").missing()).isEqualByComparingTo("8");
        assertThat(rule(outcome, "Business Acumen").missing()).isEqualByComparingTo("8");
        assertThat(outcome.met()).isFalse();
    }

    @Test
    void pmpIsMetExactlyAtEveryMinimum() {
        earn("2024-05-01", PDU_WAYS_OF_WORKING, "8");
        earn("2024-06-01", PDU_POWER_SKILLS, "8");
        earn("2024-07-01", PDU_BUSINESS_ACUMEN, "19");
        earn("2024-08-01", PDU_GIVING_BACK, "25");
        assertThat(pmp().met()).isTrue();
        assertThat(rule(pmp(), "Education").counted()).isEqualByComparingTo("35");

        credits.set(2, new Credit(3, LocalDate.parse("2024-07-01"), PDU_BUSINESS_ACUMEN, new BigDecimal("18.99")));
        CycleOutcome short_ = pmp();
        assertThat(short_.met()).isFalse();
        assertThat(rule(short_, "Education").missing()).isEqualByComparingTo("0.01");
        assertThat(rule(short_, "Total PDUs").missing()).isEqualByComparingTo("0.01");
    }

    @Test
    void giveBackPdusAreCappedAt25WithWorkingAsAProfessionalAt8Inside() {
        earn("2024-04-01", WORKING_AS_PROFESSIONAL, "20");
        earn("2024-05-01", PDU_GIVING_BACK, "30");
        earn("2024-06-01", PDU_WAYS_OF_WORKING, "35");
        CycleOutcome outcome = pmp();
        assertThat(rule(outcome, "Working as a Professional").counted()).isEqualByComparingTo("8");
        assertThat(rule(outcome, "Working as a Professional").raw()).isEqualByComparingTo("20");
        assertThat(rule(outcome, "Working as a Professional").depth()).isEqualTo(1);
        assertThat(rule(outcome, "Giving Back").counted()).isEqualByComparingTo("25");
        assertThat(rule(outcome, "Giving Back").raw()).isEqualByComparingTo("50");
        assertThat(outcome.counted()).isEqualByComparingTo("60");
    }

    @Test
    void aFullOuterCapLeavesNoRoomForTheInnerOne() {
        earn("2024-04-01", PDU_GIVING_BACK, "25");
        earn("2024-05-01", WORKING_AS_PROFESSIONAL, "8");
        CycleOutcome outcome = pmp();
        assertThat(rule(outcome, "Working as a Professional").counted()).isEqualByComparingTo("0");
        assertThat(outcome.countedByEntry()).doesNotContainKey(2L);
        assertThat(outcome.counted()).isEqualByComparingTo("25");
    }

    @Test
    void unitsCountFromTheCycleStartToTheEndOfGrace() {
        RenewalPolicy policy = ShippedTypes.policy("PMP");
        earn("2024-02-29", PDU_WAYS_OF_WORKING, "1");
        earn("2024-03-01", PDU_WAYS_OF_WORKING, "2");
        earn("2027-02-28", PDU_WAYS_OF_WORKING, "4");
        earn("2027-05-29", PDU_WAYS_OF_WORKING, "8");
        earn("2027-05-30", PDU_WAYS_OF_WORKING, "16");
        assertThat(policy.graceDays()).isEqualTo(90);
        assertThat(pmp().counted()).isEqualByComparingTo("14");
    }

    @Test
    void pmpCarriesOverWhatWasEarnedAboveSixtyInTheLastTwelveMonthsUpToTwenty() {
        earn("2024-04-01", PDU_WAYS_OF_WORKING, "20");
        earn("2024-05-01", PDU_POWER_SKILLS, "20");
        earn("2024-06-01", PDU_BUSINESS_ACUMEN, "20");
        earn("2026-03-01", PDU_WAYS_OF_WORKING, "30");
        assertThat(pmp().carryOut()).isEqualByComparingTo("20");

        credits.set(3, new Credit(4, LocalDate.parse("2026-02-28"), PDU_WAYS_OF_WORKING, new BigDecimal("30")));
        assertThat(pmp().carryOut()).as("earned a day before the last 12 months").isEqualByComparingTo("0");

        credits.set(3, new Credit(4, LocalDate.parse("2026-03-01"), PDU_WAYS_OF_WORKING, new BigDecimal("5")));
        assertThat(pmp().carryOut()).as("only what is above 60").isEqualByComparingTo("5");
    }

    @Test
    void carriedUnitsCountTowardsTheTotalOfTheNextCycle() {
        RenewalPolicy policy = ShippedTypes.policy("PMP");
        earn("2027-06-01", PDU_WAYS_OF_WORKING, "40");
        var next = CycleLedger.evaluate(policy, CycleWindow.of(END.plusDays(1), END.plusYears(3), 90), credits, new BigDecimal("20"));
        assertThat(next.counted()).isEqualByComparingTo("60");
        assertThat(rule(next, "Total PDUs").met()).isTrue();
        assertThat(rule(next, "Power Skills").met()).isFalse();
    }

    @Test
    void prince2NeedsTwentyCpdPointsInEachYearWithFiveFromProfessionalExperience() {
        RenewalPolicy policy = ShippedTypes.policy("PRINCE2_PRACTITIONER");
        var window = CycleWindow.of(START, END, policy.graceDays());
        for (int year = 0; year < 3; year++) {
            earn(START.plusYears(year).plusMonths(2).toString(), CPD, "15");
            earn(START.plusYears(year).plusMonths(3).toString(), CPD_PROFESSIONAL_EXPERIENCE, "5");
        }
        assertThat(CycleLedger.evaluate(policy, window, credits, BigDecimal.ZERO).met()).isTrue();

        credits.set(2, new Credit(3, START.plusYears(1).plusMonths(2), CPD, new BigDecimal("14")));
        earn("2024-12-01", CPD, "100");
        var poorSecondYear = CycleLedger.evaluate(policy, window, credits, BigDecimal.ZERO);
        assertThat(poorSecondYear.met()).as("a rich first year does not make up for a poor second").isFalse();
        var yearly = rule(poorSecondYear, "CPD points every year");
        assertThat(yearly.years()).hasSize(3);
        assertThat(yearly.years().get(1).counted()).isEqualByComparingTo("19");
        assertThat(yearly.missing()).isEqualByComparingTo("1");
    }

    @Test
    void prince2YearsEndTheDayBeforeTheAnniversary() {
        RenewalPolicy policy = ShippedTypes.policy("PRINCE2_PRACTITIONER");
        earn("2025-02-28", CPD_PROFESSIONAL_EXPERIENCE, "5");
        earn("2025-03-01", CPD_PROFESSIONAL_EXPERIENCE, "5");
        var outcome = CycleLedger.evaluate(policy, CycleWindow.of(START, END, 0), credits, BigDecimal.ZERO);
        var years = rule(outcome, "Professional experience every year").years();
        assertThat(years.get(0).to()).isEqualTo(LocalDate.parse("2025-02-28"));
        assertThat(years.get(0).counted()).isEqualByComparingTo("5");
        assertThat(years.get(1).counted()).isEqualByComparingTo("5");
        assertThat(years.get(2).counted()).isEqualByComparingTo("0");
    }

    @Test
    void cpdUnitsNeedProfessionalExperienceEvenWhenPlentiful() {
        RenewalPolicy policy = ShippedTypes.policy("ITIL4_FOUNDATION");
        for (int year = 0; year < 3; year++) {
            earn(START.plusYears(year).plusMonths(1).toString(), CPD, "16");
            earn(START.plusYears(year).plusMonths(1).toString(), CPD_PROFESSIONAL_EXPERIENCE, "4");
        }
        var outcome = CycleLedger.evaluate(policy, CycleWindow.of(START, END, 0), credits, BigDecimal.ZERO);
        assertThat(rule(outcome, "CPD points every year").met()).isTrue();
        assertThat(rule(outcome, "Professional experience every year").missing()).isEqualByComparingTo("3");
        assertThat(outcome.met()).isFalse();
    }

    @Test
    void aUnitCountsForEveryCredentialThatAcceptsItsCategory() {
        earn("2025-01-10", PDU_WAYS_OF_WORKING, "7");
        earn("2025-01-10", SEU, "7");
        credits.set(1, new Credit(1, LocalDate.parse("2025-01-10"), SEU, new BigDecimal("7")));
        RenewalPolicy csm = ShippedTypes.policy("CSM");
        var csmOutcome = CycleLedger.evaluate(csm, CycleWindow.of(LocalDate.parse("2024-06-01"), LocalDate.parse("2026-05-31"), 0),
                credits, BigDecimal.ZERO);
        assertThat(pmp().countedByEntry()).containsEntry(1L, new BigDecimal("7"));
        assertThat(csmOutcome.countedByEntry()).containsEntry(1L, new BigDecimal("7"));
        assertThat(csmOutcome.counted()).isEqualByComparingTo("7");
        assertThat(pmp().counted()).isEqualByComparingTo("7");
    }

    @Test
    void lifetimeCredentialsNeitherExpireNorNeedUnits() {
        RenewalPolicy psm = ShippedTypes.policy("PSM_I");
        assertThat(psm.lifetime()).isTrue();
        assertThat(psm.renewsByUnits()).isFalse();
        assertThat(CredentialStatus.on(LocalDate.of(2090, 1, 1), null, psm.graceDays())).isEqualTo(CredentialStatus.LIFETIME);
    }

    @Test
    void statusMovesFromActiveToExpiringAtNinetyDaysThenGraceThenExpired() {
        LocalDate end = LocalDate.of(2027, 3, 1);
        assertThat(CredentialStatus.on(end.minusDays(91), end, 90)).isEqualTo(CredentialStatus.ACTIVE);
        assertThat(CredentialStatus.on(end.minusDays(90), end, 90)).isEqualTo(CredentialStatus.EXPIRING);
        assertThat(CredentialStatus.on(end, end, 90)).isEqualTo(CredentialStatus.EXPIRING);
        assertThat(CredentialStatus.on(end.plusDays(1), end, 90)).isEqualTo(CredentialStatus.IN_GRACE);
        assertThat(CredentialStatus.on(end.plusDays(90), end, 90)).isEqualTo(CredentialStatus.IN_GRACE);
        assertThat(CredentialStatus.on(end.plusDays(91), end, 90)).isEqualTo(CredentialStatus.EXPIRED);
        assertThat(CredentialStatus.on(end.plusDays(1), end, 0)).isEqualTo(CredentialStatus.EXPIRED);
    }

    @Test
    void everyShippedTypeStatesItsSourceAndWhetherItsRuleIsConfirmed() {
        assertThat(ShippedTypes.all()).extracting(t -> t.code()).contains("PMP", "CAPM", "PMI_ACP", "PRINCE2_FOUNDATION",
                "PRINCE2_PRACTITIONER", "ITIL4_FOUNDATION", "CSM", "PSM_I", "SAFE_AGILIST", "COMPTIA_SECURITY_PLUS",
                "AWS_CLOUD_PRACTITIONER", "AZURE_FUNDAMENTALS");
        assertThat(ShippedTypes.all()).allSatisfy(type -> {
            assertThat(type.source()).isNotBlank();
            assertThat(type.checkedOn()).isNotNull();
            assertThat(type.ruleStatus()).isNotNull();
        });
        assertThat(ShippedTypes.type("CAPM").ruleStatus()).isEqualTo(CertificationViews.RuleStatus.TO_BE_CONFIRMED);
        assertThat(ShippedTypes.policy("CAPM").unitsRequired()).isEqualByComparingTo("15");
        assertThat(ShippedTypes.policy("PMI_ACP").unitsRequired()).isEqualByComparingTo("30");
        assertThat(ShippedTypes.policy("CSM").validityMonths()).isEqualTo(24);
        assertThat(ShippedTypes.policy("COMPTIA_SECURITY_PLUS").unitsRequired()).isEqualByComparingTo("50");
    }
}
