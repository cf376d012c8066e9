package com.pmocareer.certification;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a person may sit a certification's exam: every route with each requirement's have and need, where the
 * "have" came from, and, when not yet, the earliest date the best route could be met at the current pace.
 */
public record Eligibility(String typeCode, String typeName, boolean eligible, List<RouteOutcome> routes,
        LocalDate earliest, String summary) {

    public record RouteOutcome(String label, boolean met, List<Requirement> requirements, LocalDate earliest) {
    }

    /** {@code earliest} is null when met, or when the current pace never meets it. */
    public record Requirement(String what, String have, String need, String source, boolean met, LocalDate earliest) {
    }
}
