package com.pmocareer.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.experience.LeadingMonths;
import com.pmocareer.experience.LeadingMonths.Stretch;
import com.pmocareer.people.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private final List<Stretch> led = new ArrayList<>();
    private EducationLevel education = EducationLevel.BACHELOR;
    private BigDecimal hours = new BigDecimal("35");
    private BigDecimal hoursLastYear = BigDecimal.ZERO;
    private Set<String> held = Set.of();

    /** Assignments still running are led up to the end of each window asked about, as the experience module does. */
    private void leading(String from, String to) {
        led.add(new Stretch(LocalDate.parse(from), to == null ? LocalDate.MAX : LocalDate.parse(to)));
    }

    private Eligibility check(String code) {
        var facts = new EligibilityFacts(TODAY, education, (start, end) -> LeadingMonths.within(
                led.stream().map(s -> new Stretch(s.from(), s.to().isAfter(end) ? end : s.to()))
                        .filter(s -> !s.from().isAfter(end)).toList(), start, end).months(),
                hours, hoursLastYear, held);
        return EligibilityRules.check(code, code, ShippedTypes.routes(code), facts);
    }

    private static Eligibility.Requirement requirement(Eligibility eligibility, int route, String what) {
        return eligibility.routes().get(route).requirements().stream().filter(r -> r.what().equals(what)).findFirst().orElseThrow();
    }

    @Test
    void exactly36MonthsWithADegreeAnd35HoursIsEligibleForPmp() {
        leading("2023-11-26", "2026-11-25");
        Eligibility pmp = check("PMP");
        assertThat(requirement(pmp, 0, "Months leading projects").have()).isEqualTo("36 months");
        assertThat(pmp.eligible()).isTrue();
        assertThat(pmp.summary()).isEqualTo("Eligible through Four-year degree.");
    }

    @Test
    void aDayLessIs35MonthsAndNotYet() {
        leading("2023-11-27", "2026-11-25");
        Eligibility pmp = check("PMP");
        assertThat(pmp.eligible()).isFalse();
        assertThat(requirement(pmp, 0, "Months leading projects").have()).isEqualTo("35 months");
        assertThat(pmp.earliest()).as("no project led now: not at the current pace").isNull();
    }

    @Test
    void aProjectStartedNineYearsAgoCountsOnlyItsMonthsInsideTheWindow() {
        leading("2017-11-26", "2020-11-26");
        Eligibility pmp = check("PMP");
        assertThat(requirement(pmp, 0, "Months leading projects").have()).isEqualTo("24 months");
        assertThat(pmp.eligible()).isFalse();
    }

    @Test
    void overlappingAssignmentsAreCountedOnce() {
        leading("2023-01-01", "2024-12-31");
        leading("2024-01-01", "2025-12-31");
        assertThat(requirement(check("PMP"), 0, "Months leading projects").have()).isEqualTo("36 months");
    }

    @Test
    void halfAnHourShortOf35IsNotEnough() {
        leading("2020-01-01", "2026-01-01");
        hours = new BigDecimal("34.5");
        Eligibility pmp = check("PMP");
        assertThat(pmp.eligible()).isFalse();
        assertThat(requirement(pmp, 0, "Contact hours of project management education").have()).isEqualTo("34.5 hours");
        hours = new BigDecimal("35.0");
        assertThat(check("PMP").eligible()).isTrue();
    }

    @Test
    void anActiveCapmStandsInForTheContactHours() {
        leading("2020-01-01", "2026-01-01");
        hours = BigDecimal.ZERO;
        held = Set.of("CAPM");
        Eligibility pmp = check("PMP");
        assertThat(pmp.eligible()).isTrue();
        assertThat(requirement(pmp, 0, "Contact hours of project management education").have()).isEqualTo("CAPM held");
    }

    @Test
    void aSecondaryDiplomaNeeds60Months() {
        education = EducationLevel.SECONDARY;
        leading("2021-01-01", "2025-12-31");
        Eligibility pmp = check("PMP");
        assertThat(pmp.routes().get(0).met()).isFalse();
        assertThat(requirement(pmp, 1, "Months leading projects").have()).isEqualTo("60 months");
        assertThat(pmp.eligible()).isTrue();
    }

    @Test
    void whileLeadingNowTheEarliestDateIsWhenTheMonthsAndHoursAreBothThere() {
        leading("2024-02-26", null);
        hours = new BigDecimal("29");
        hoursLastYear = new BigDecimal("12");
        Eligibility pmp = check("PMP");
        assertThat(pmp.eligible()).isFalse();
        assertThat(requirement(pmp, 0, "Months leading projects").earliest()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThat(requirement(pmp, 0, "Contact hours of project management education").earliest()).isEqualTo(LocalDate.of(2027, 5, 26));
        assertThat(pmp.earliest()).isEqualTo(LocalDate.of(2027, 5, 26));
        assertThat(pmp.summary()).startsWith("Not yet:").endsWith("Earliest at the current pace: 2027-05-26.");
    }

    @Test
    void capmNeeds23HoursAndNoExperience() {
        hours = new BigDecimal("23");
        assertThat(check("CAPM").eligible()).isTrue();
        hours = new BigDecimal("22.99");
        assertThat(check("CAPM").eligible()).isFalse();
    }

    @Test
    void prince2PractitionerNeedsAFoundationCredential() {
        assertThat(check("PRINCE2_PRACTITIONER").eligible()).isFalse();
        held = Set.of("PRINCE2_FOUNDATION");
        assertThat(check("PRINCE2_PRACTITIONER").eligible()).isTrue();
    }

    @Test
    void aTypeWithoutRoutesHasNoPrerequisites() {
        assertThat(check("PSM_I").eligible()).isTrue();
        assertThat(check("PSM_I").summary()).contains("no prerequisites");
    }
}
