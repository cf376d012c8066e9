package com.pmocareer.certification;

import com.pmocareer.people.EducationLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * One way to become eligible for a credential; every requirement it names must hold at once. Empty education levels
 * mean any; {@code hoursAlternatives} are credentials that stand in for the contact hours (an active CAPM for PMP);
 * one of {@code requiredCredentials} must be held (PRINCE2 Foundation for Practitioner).
 */
public record EligibilityRoute(int position, String label, Set<EducationLevel> educationLevels, boolean accreditedDegree,
        Integer monthsExperience, Integer windowMonths, BigDecimal contactHours, List<String> hoursAlternatives,
        List<String> requiredCredentials) {

    public EligibilityRoute {
        educationLevels = Set.copyOf(educationLevels);
        hoursAlternatives = List.copyOf(hoursAlternatives);
        requiredCredentials = List.copyOf(requiredCredentials);
    }
}
