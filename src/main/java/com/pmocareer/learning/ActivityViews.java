package com.pmocareer.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Continuous-learning activities a person logs. */
public final class ActivityViews {

    private ActivityViews() {
    }

    public record ActivityView(long id, long personId, ActivityKind kind, String title, String provider,
            String description, LocalDate occurredOn, BigDecimal hours, UnitCategory category, String evidenceUrl,
            String evidenceName, ActivityStatus status, String verifiedByName, long version) {
    }

    public record ActivityCommand(ActivityKind kind, String title, String provider, String description,
            LocalDate occurredOn, BigDecimal hours, UnitCategory category, String evidenceUrl) {
    }

    /** Hours per year, and per category within each year; verified activities only count. */
    public record ActivityTotals(Map<Integer, BigDecimal> hoursByYear, Map<Integer, Map<UnitCategory, BigDecimal>> byYearAndCategory) {
    }
}
