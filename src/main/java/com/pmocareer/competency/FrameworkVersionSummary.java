package com.pmocareer.competency;

import java.time.OffsetDateTime;

/** A line of the framework's version history. */
public record FrameworkVersionSummary(int number, String name, String note, OffsetDateTime publishedAt,
        String publishedBy, int competencies, long assessments, boolean current) {
}
