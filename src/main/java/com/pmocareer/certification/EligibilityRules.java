package com.pmocareer.certification;

import com.pmocareer.certification.Eligibility.Requirement;
import com.pmocareer.certification.Eligibility.RouteOutcome;
import com.pmocareer.people.EducationLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Checks a person's facts against every eligibility route of a certification. */
final class EligibilityRules {

    /** How far ahead "at the current pace" looks for the months of experience. */
    private static final int HORIZON_MONTHS = 120;

    private EligibilityRules() {
    }

    static Eligibility check(String code, String name, List<EligibilityRoute> routes, EligibilityFacts facts) {
        List<RouteOutcome> outcomes = routes.stream().map(route -> route(route, facts)).toList();
        boolean eligible = outcomes.isEmpty() || outcomes.stream().anyMatch(RouteOutcome::met);
        LocalDate earliest = eligible ? null : outcomes.stream().map(RouteOutcome::earliest).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        String summary;
        if (eligible) {
            summary = outcomes.isEmpty() ? "Eligible: " + name + " has no prerequisites."
                    : "Eligible through " + outcomes.stream().filter(RouteOutcome::met).findFirst().orElseThrow().label() + ".";
        } else {
            String missing = outcomes.stream().filter(o -> Objects.equals(o.earliest(), earliest)).findFirst()
                    .or(() -> outcomes.stream().findFirst()).map(o -> o.requirements().stream().filter(r -> !r.met())
                            .map(r -> r.what() + " (" + r.have() + " of " + r.need() + ")").collect(Collectors.joining("; ")))
                    .orElse("");
            summary = "Not yet: " + missing + (earliest == null ? ". Not at the current pace." : ". Earliest at the current pace: " + earliest + ".");
        }
        return new Eligibility(code, name, eligible, outcomes, earliest, summary);
    }

    private static RouteOutcome route(EligibilityRoute route, EligibilityFacts facts) {
        List<Requirement> requirements = new ArrayList<>();
        if (!route.educationLevels().isEmpty()) {
            boolean met = facts.education() != null && route.educationLevels().contains(facts.education());
            requirements.add(new Requirement("Education", facts.education() == null ? "not recorded" : facts.education().label(),
                    route.educationLevels().stream().sorted().map(EducationLevel::label).collect(Collectors.joining(" or ")),
                    "the person's record", met, null));
        }
        if (route.accreditedDegree()) {
            requirements.add(new Requirement("Degree from a GAC-accredited programme", "not recorded", "yes",
                    "confirm with the issuer: accreditation is not kept in PMO-Career", false, null));
        }
        if (route.monthsExperience() != null) {
            requirements.add(experience(route, facts));
        }
        if (route.contactHours() != null) {
            requirements.add(contactHours(route, facts));
        }
        if (!route.requiredCredentials().isEmpty()) {
            var held = route.requiredCredentials().stream().filter(facts.credentialsHeld()::contains).toList();
            requirements.add(new Requirement("Credential held", held.isEmpty() ? "none of them" : String.join(", ", held),
                    String.join(" or ", route.requiredCredentials()), "credentials held", !held.isEmpty(), null));
        }
        boolean met = requirements.stream().allMatch(Requirement::met);
        LocalDate earliest = null;
        if (!met && requirements.stream().noneMatch(r -> !r.met() && r.earliest() == null)) {
            earliest = requirements.stream().map(Requirement::earliest).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        }
        return new RouteOutcome(route.label(), met, List.copyOf(requirements), earliest);
    }

    private static Requirement experience(EligibilityRoute route, EligibilityFacts facts) {
        int window = route.windowMonths() == null ? 1200 : route.windowMonths();
        LocalDate today = facts.today();
        int have = facts.monthsLeading().within(today.minusMonths(window).plusDays(1), today);
        boolean met = have >= route.monthsExperience();
        LocalDate earliest = null;
        for (int month = 1; !met && month <= HORIZON_MONTHS; month++) {
            LocalDate day = today.plusMonths(month);
            if (facts.monthsLeading().within(day.minusMonths(window).plusDays(1), day) >= route.monthsExperience()) {
                earliest = day;
                break;
            }
        }
        String need = route.monthsExperience() + " months" + (route.windowMonths() == null ? "" : " within the last " + window + " months");
        return new Requirement("Months leading projects", have + " months", need,
                "experience: co-PM and PM assignments, overlaps counted once", met, earliest);
    }

    private static Requirement contactHours(EligibilityRoute route, EligibilityFacts facts) {
        var alternative = route.hoursAlternatives().stream().filter(facts.credentialsHeld()::contains).findFirst();
        BigDecimal have = facts.contactHours();
        String need = RenewalForecast.plain(route.contactHours()) + " hours"
                + (route.hoursAlternatives().isEmpty() ? "" : " (or " + String.join(", ", route.hoursAlternatives()) + " held)");
        if (alternative.isPresent()) {
            return new Requirement("Contact hours of project management education", alternative.get() + " held", need,
                    "credentials held", true, null);
        }
        boolean met = have.compareTo(route.contactHours()) >= 0;
        LocalDate earliest = null;
        if (!met && facts.contactHoursLastYear().signum() > 0) {
            BigDecimal perMonth = facts.contactHoursLastYear().divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
            int months = route.contactHours().subtract(have).divide(perMonth, 0, RoundingMode.CEILING).intValue();
            earliest = facts.today().plusMonths(months);
        }
        return new Requirement("Contact hours of project management education", RenewalForecast.plain(have) + " hours", need,
                "completed learning marked as project management education", met, earliest);
    }
}
