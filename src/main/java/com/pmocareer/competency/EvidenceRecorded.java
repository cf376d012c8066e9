package com.pmocareer.competency;

/**
 * The contract for other modules to feed the framework: something a person did shows a competency, optionally at
 * a level — a course completed, an artifact approved, experience confirmed. {@code source} names the kind
 * (e.g. "COURSE_COMPLETION"), {@code sourceId} the record; the pair makes redelivery harmless.
 */
public record EvidenceRecorded(long personId, String competencyCode, Integer level, String source, String sourceId) {
}
