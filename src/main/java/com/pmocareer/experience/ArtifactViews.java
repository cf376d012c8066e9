package com.pmocareer.experience;

import java.time.Instant;
import java.util.List;

/** What work products, their versions and rubric reviews take and show. */
public final class ArtifactViews {

    private ArtifactViews() {
    }

    public record ArtifactCommand(ArtifactType type, String title, Long projectId, String note) {
    }

    public record Criterion(String code, String name, String guidance) {
    }

    public record Rubric(ArtifactType type, List<Criterion> criteria) {
    }

    public record ScoreCommand(String criterion, Integer score, String comment) {
    }

    /** {@code decision}: APPROVED or REVISION_REQUESTED. */
    public record ReviewCommand(ArtifactStatus decision, String summary, List<ScoreCommand> scores) {
    }

    public record VersionView(int number, String fileName, String contentType, long sizeBytes, String note,
            Instant uploadedAt) {
    }

    public record ScoreView(String criterion, String name, int score, String comment) {
    }

    public record ReviewView(long id, int version, long reviewerId, String reviewerName, ArtifactStatus decision,
            String summary, List<ScoreView> scores, double averageScore, Instant reviewedAt) {
    }

    public record ArtifactView(long id, long personId, String personName, Long projectId, String projectName,
            ArtifactType type, String title, ArtifactStatus status, int latestVersion, Instant createdAt,
            Instant updatedAt, List<VersionView> versions, List<ReviewView> reviews) {
    }
}
