package com.pmocareer.competency;

import java.time.Instant;

/** One piece of evidence for a competency, as recorded from another module. */
public record EvidenceView(String competencyCode, Integer level, String source, String sourceId, Instant recordedAt) {
}
