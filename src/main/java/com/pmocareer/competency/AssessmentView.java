package com.pmocareer.competency;

import java.time.Instant;
import java.util.List;

/** A rating as shown to someone allowed to see it; made against framework version {@code frameworkVersion}. */
public record AssessmentView(long id, long personId, String competencyCode, String competencyName,
        int frameworkVersion, long raterId, String raterName, RaterRole raterRole, int level, String comment,
        List<String> evidenceLinks, Long roundId, Instant ratedAt) {
}
