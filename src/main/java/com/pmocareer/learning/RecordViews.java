package com.pmocareer.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Learning records and the summaries built from them. */
public final class RecordViews {

    private RecordViews() {
    }

    /** Kinds of record: a course completion, a verified activity, or another xAPI statement kept as a record. */
    public enum RecordKind {
        COMPLETION, ACTIVITY, STATEMENT
    }

    public record LearningRecordView(long id, RecordKind kind, Long courseId, String title, String verb,
            LocalDate occurredOn, BigDecimal hours, BigDecimal score, String source) {
    }

    /** Hours per month (yyyy-MM) and per category label, for the stacked chart on "my learning". */
    public record HoursByMonth(List<String> months, Map<String, List<BigDecimal>> hoursByCategory, BigDecimal total) {
    }
}
