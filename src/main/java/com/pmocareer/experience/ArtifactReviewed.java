package com.pmocareer.experience;

/** A reviewer decided on a version of a work product; {@code averageScore} is the rubric mean, 1–4. */
public record ArtifactReviewed(long personId, long artifactId, ArtifactType type, int version, boolean approved,
        double averageScore) {
}
