package com.pmocareer.certification;

import com.pmocareer.people.EducationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What eligibility is checked against, with where each fact came from. {@code monthsLeading} answers the
 * non-overlapping months led within a window, for today's window and for future ones at the current assignments.
 */
record EligibilityFacts(LocalDate today, EducationLevel education, MonthsLeading monthsLeading, BigDecimal contactHours,
        BigDecimal contactHoursLastYear, Set<String> credentialsHeld) {

    interface MonthsLeading {
        int within(LocalDate windowStart, LocalDate windowEnd);
    }
}
