package com.pmocareer.experience;

import com.pmocareer.competency.EvidenceRecorded;
import com.pmocareer.experience.ArtifactViews.ArtifactCommand;
import com.pmocareer.experience.ArtifactViews.ArtifactView;
import com.pmocareer.experience.ArtifactViews.Criterion;
import com.pmocareer.experience.ArtifactViews.ReviewCommand;
import com.pmocareer.experience.ArtifactViews.ReviewView;
import com.pmocareer.experience.ArtifactViews.ScoreCommand;
import com.pmocareer.experience.ArtifactViews.ScoreView;
import com.pmocareer.experience.ArtifactViews.VersionView;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.platform.UploadedFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work products a junior submits for review — status reports, change logs, risk registers, charters… — in versions.
 * The mentor (or the junior's lead) scores the latest version against the type's rubric and approves it or asks for a
 * revision; the junior uploads the next version. Every version and review is kept. An approved one is evidence for
 * the competencies of its type.
 */
@Service
@Transactional(readOnly = true)
public class Artifacts {

    static final String ENTITY = "Artifact";
    static final String EVIDENCE_SOURCE = "ARTIFACT";
    private static final String SELECT = """
            SELECT a.*, p.full_name AS person_name, pr.name AS project_name FROM artifact a JOIN person p ON p.id = a.person_id
              LEFT JOIN project pr ON pr.id = a.project_id""";

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final MentorRelations mentors;
    private final Rubrics rubrics;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Artifacts(JdbcClient jdbc, PersonAccess access, MentorRelations mentors, Rubrics rubrics, Notifications notifications,
            AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.mentors = mentors;
        this.rubrics = rubrics;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ArtifactView submit(CurrentUser user, long personId, ArtifactCommand command, UploadedFile file) {
        PersonView person = access.visible(user, personId);
        if (user.personId() != personId) {
            throw new ForbiddenException("People submit their own work products for review.");
        }
        var problems = new ArrayList<FieldProblem>();
        if (command.type() == null) {
            problems.add(new FieldProblem("artifactType", "choose what kind of work product it is"));
        }
        FieldChecks.requireText(problems, "title", command.title(), 200);
        FieldChecks.limitText(problems, "note", command.note(), 2000);
        if (command.projectId() != null && jdbc.sql("""
                SELECT COUNT(*) FROM project_assignment WHERE project_id = :project AND person_id = :person""")
                .param("project", command.projectId()).param("person", personId).query(Long.class).single() == 0) {
            problems.add(new FieldProblem("projectId", "is not a project you are or were assigned to"));
        }
        Optional<String> contentType = ArtifactFiles.check(file, problems);
        FieldChecks.refuseIfAny("The work product was not submitted", problems);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO artifact (person_id, project_id, artifact_type, title, status, latest_version, created_at,
                       updated_at, version)
                VALUES (:person, :project, :type, :title, 'IN_REVIEW', 1, :now, :now, 0)""")
                .param("person", personId).param("project", command.projectId()).param("type", command.type().name())
                .param("title", command.title().trim()).param("now", now).update(keys, "id");
        long id = keys.getKey().longValue();
        storeVersion(id, 1, file, contentType.orElseThrow(), command.note(), now);
        auditLog.record(ENTITY, id, "SUBMITTED", Map.of(), Map.of("title", command.title().trim(), "version", 1));
        askForReview(person, id, command.title().trim(), 1);
        return get(user, id);
    }

    /** The next version, after a reviewer asked for a revision. */
    @Transactional
    public ArtifactView revise(CurrentUser user, long artifactId, String note, UploadedFile file) {
        ArtifactView artifact = get(user, artifactId);
        if (user.personId() != artifact.personId()) {
            throw new ForbiddenException("Only the author uploads a new version.");
        }
        if (artifact.status() != ArtifactStatus.REVISION_REQUESTED) {
            throw new ConflictException(artifact.status() == ArtifactStatus.APPROVED ? "This work product is approved already."
                    : "This version is still in review; wait for the review before uploading the next one.");
        }
        var problems = new ArrayList<FieldProblem>();
        FieldChecks.limitText(problems, "note", note, 2000);
        Optional<String> contentType = ArtifactFiles.check(file, problems);
        FieldChecks.refuseIfAny("The new version was not uploaded", problems);
        int number = artifact.latestVersion() + 1;
        OffsetDateTime now = OffsetDateTime.now(clock);
        storeVersion(artifactId, number, file, contentType.orElseThrow(), note, now);
        jdbc.sql("""
                UPDATE artifact SET latest_version = :n, status = 'IN_REVIEW', updated_at = :now, version = version + 1
                 WHERE id = :id""").param("n", number).param("now", now).param("id", artifactId).update();
        auditLog.record(ENTITY, artifactId, "REVISED", Map.of("version", number - 1), Map.of("version", number));
        askForReview(access.visible(user, artifact.personId()), artifactId, artifact.title(), number);
        return get(user, artifactId);
    }

    /** Scores the latest version against the rubric and decides: approve, or ask for a revision. */
    @Transactional
    public ArtifactView review(CurrentUser user, long artifactId, ReviewCommand command) {
        ArtifactView artifact = get(user, artifactId);
        if (!access.verifies(user, artifact.personId())) {
            throw new ForbiddenException("Only the author's current mentor or lead reviews a work product.");
        }
        if (artifact.status() != ArtifactStatus.IN_REVIEW) {
            throw new ConflictException("Version " + artifact.latestVersion() + " has been reviewed already.");
        }
        List<Criterion> criteria = rubrics.of(artifact.type()).criteria();
        var problems = new ArrayList<FieldProblem>();
        if (command.decision() != ArtifactStatus.APPROVED && command.decision() != ArtifactStatus.REVISION_REQUESTED) {
            problems.add(new FieldProblem("decision", "choose APPROVED or REVISION_REQUESTED"));
        }
        FieldChecks.limitText(problems, "summary", command.summary(), 2000);
        if (command.decision() == ArtifactStatus.REVISION_REQUESTED && FieldChecks.blankToNull(command.summary()) == null) {
            problems.add(new FieldProblem("summary", "say what to revise"));
        }
        Map<String, ScoreCommand> byCriterion = new HashMap<>();
        for (ScoreCommand score : command.scores() == null ? List.<ScoreCommand>of() : command.scores()) {
            if (score.criterion() == null || criteria.stream().noneMatch(c -> c.code().equals(score.criterion()))) {
                problems.add(new FieldProblem("scores", score.criterion() + " is not a criterion of the rubric"));
            } else if (byCriterion.put(score.criterion(), score) != null) {
                problems.add(new FieldProblem("scores", score.criterion() + " is scored twice"));
            } else if (score.score() == null || score.score() < 1 || score.score() > 4) {
                problems.add(new FieldProblem("scores", score.criterion() + " must be scored from 1 to 4"));
            } else if (score.comment() != null && score.comment().length() > 1000) {
                problems.add(new FieldProblem("scores", "the comment on " + score.criterion() + " must be at most 1000 characters"));
            }
        }
        for (Criterion criterion : criteria) {
            if (!byCriterion.containsKey(criterion.code())) {
                problems.add(new FieldProblem("scores", "score " + criterion.name()));
            }
        }
        FieldChecks.refuseIfAny("The review was not saved", problems);
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO artifact_review (artifact_id, version_number, reviewer_id, decision, summary, reviewed_at)
                VALUES (:artifact, :version, :reviewer, :decision, :summary, :now)""")
                .param("artifact", artifactId).param("version", artifact.latestVersion()).param("reviewer", user.personId())
                .param("decision", command.decision().name()).param("summary", FieldChecks.blankToNull(command.summary()))
                .param("now", now).update(keys, "id");
        long reviewId = keys.getKey().longValue();
        int total = 0;
        for (Criterion criterion : criteria) {
            ScoreCommand score = byCriterion.get(criterion.code());
            total += score.score();
            jdbc.sql("""
                    INSERT INTO artifact_review_score (review_id, criterion_code, criterion_name, score, comment)
                    VALUES (:review, :code, :name, :score, :comment)""")
                    .param("review", reviewId).param("code", criterion.code()).param("name", criterion.name())
                    .param("score", score.score()).param("comment", FieldChecks.blankToNull(score.comment())).update();
        }
        int updated = jdbc.sql("""
                UPDATE artifact SET status = :status, updated_at = :now, version = version + 1
                 WHERE id = :id AND status = 'IN_REVIEW'""")
                .param("status", command.decision().name()).param("now", now).param("id", artifactId).update();
        if (updated == 0) {
            throw new ConflictException("Someone reviewed this version at the same time.");
        }
        double average = (double) total / criteria.size();
        boolean approved = command.decision() == ArtifactStatus.APPROVED;
        if (approved) {
            artifact.type().competencies().forEach(code -> events.publishEvent(new EvidenceRecorded(artifact.personId(), code,
                    null, EVIDENCE_SOURCE, artifactId + "-v" + artifact.latestVersion())));
        }
        events.publishEvent(new ArtifactReviewed(artifact.personId(), artifactId, artifact.type(), artifact.latestVersion(),
                approved, average));
        notifications.send(new NewNotification(artifact.personId(), NotificationKind.ARTIFACT_REVIEWED,
                (approved ? "Approved: " : "Revision requested: ") + artifact.title(),
                user.displayName() + " scored version " + artifact.latestVersion() + " at "
                        + String.format(java.util.Locale.ROOT, "%.1f", average) + " of 4"
                        + (command.summary() == null || command.summary().isBlank() ? "." : ": " + command.summary().trim()),
                "/artifacts/" + artifactId, "artifact-" + artifactId + "-review-" + reviewId));
        auditLog.record(ENTITY, artifactId, approved ? "APPROVED" : "REVISION_REQUESTED", Map.of("status", "IN_REVIEW"),
                Map.of("status", command.decision().name(), "version", artifact.latestVersion()));
        return get(user, artifactId);
    }

    public ArtifactView get(CurrentUser user, long artifactId) {
        ArtifactView artifact = jdbc.sql(SELECT + " WHERE a.id = :id").param("id", artifactId).query(this::artifact).optional()
                .orElseThrow(() -> new NotFoundException("Work product", artifactId));
        if (!access.canSee(user, artifact.personId())) {
            throw new NotFoundException("Work product", artifactId);
        }
        return withHistory(artifact);
    }

    public List<ArtifactView> of(CurrentUser user, long personId) {
        access.visible(user, personId);
        return jdbc.sql(SELECT + " WHERE a.person_id = :person ORDER BY a.updated_at DESC").param("person", personId)
                .query(this::artifact).list();
    }

    /** Work products waiting for the viewer's review: of their current mentees and, for a lead, of their people. */
    public List<ArtifactView> toReview(CurrentUser user) {
        return jdbc.sql(SELECT + " WHERE a.status = 'IN_REVIEW' ORDER BY a.updated_at").query(this::artifact).list().stream()
                .filter(a -> a.personId() != user.personId() && access.canSee(user, a.personId())
                        && access.verifies(user, a.personId()))
                .toList();
    }

    public boolean mayReview(CurrentUser user, long personId) {
        return access.verifies(user, personId);
    }

    public UploadedFile file(CurrentUser user, long artifactId, int number) {
        get(user, artifactId);
        return jdbc.sql("SELECT file_name, content_type, content FROM artifact_version WHERE artifact_id = :a AND number = :n")
                .param("a", artifactId).param("n", number)
                .query((rs, n) -> new UploadedFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional()
                .orElseThrow(() -> new NotFoundException("Version", number));
    }

    private void storeVersion(long artifactId, int number, UploadedFile file, String contentType, String note,
            OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO artifact_version (artifact_id, number, file_name, content_type, size_bytes, content, note, uploaded_at)
                VALUES (:artifact, :number, :name, :type, :size, :content, :note, :now)""")
                .param("artifact", artifactId).param("number", number).param("name", file.name()).param("type", contentType)
                .param("size", file.content().length).param("content", file.content())
                .param("note", FieldChecks.blankToNull(note)).param("now", now).update();
    }

    private void askForReview(PersonView person, long artifactId, String title, int version) {
        Set<Long> reviewers = new LinkedHashSet<>(mentors.currentMentorsOf(person.id()));
        if (reviewers.isEmpty() && person.lineManagerId() != null) {
            reviewers.add(person.lineManagerId());
        }
        reviewers.forEach(reviewer -> notifications.send(new NewNotification(reviewer, NotificationKind.ARTIFACT_TO_REVIEW,
                person.fullName() + " asks for a review: " + title, "Version " + version + ". Score it against the rubric.",
                "/artifacts/" + artifactId, "artifact-" + artifactId + "-v" + version + "-" + reviewer)));
    }

    private ArtifactView withHistory(ArtifactView a) {
        List<VersionView> versions = jdbc.sql("""
                SELECT number, file_name, content_type, size_bytes, note, uploaded_at FROM artifact_version
                 WHERE artifact_id = :a ORDER BY number DESC""").param("a", a.id())
                .query((rs, n) -> new VersionView(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant())).list();
        Map<Long, List<ScoreView>> scores = new HashMap<>();
        jdbc.sql("""
                SELECT s.* FROM artifact_review_score s JOIN artifact_review r ON r.id = s.review_id WHERE r.artifact_id = :a""")
                .param("a", a.id()).query(rs -> {
                    scores.computeIfAbsent(rs.getLong("review_id"), k -> new ArrayList<>()).add(new ScoreView(
                            rs.getString("criterion_code"), rs.getString("criterion_name"), rs.getInt("score"), rs.getString("comment")));
                });
        Map<String, Integer> order = new HashMap<>();
        List<Criterion> current = rubrics.of(a.type()).criteria();
        for (int i = 0; i < current.size(); i++) {
            order.put(current.get(i).code(), i);
        }
        List<ReviewView> reviews = jdbc.sql("""
                SELECT r.*, p.full_name AS reviewer_name FROM artifact_review r JOIN person p ON p.id = r.reviewer_id
                 WHERE r.artifact_id = :a ORDER BY r.version_number DESC""").param("a", a.id())
                .query((rs, n) -> {
                    List<ScoreView> given = new ArrayList<>(scores.getOrDefault(rs.getLong("id"), List.of()));
                    given.sort(java.util.Comparator.comparingInt(s -> order.getOrDefault(s.criterion(), Integer.MAX_VALUE)));
                    return new ReviewView(rs.getLong("id"), rs.getInt("version_number"), rs.getLong("reviewer_id"),
                            rs.getString("reviewer_name"), ArtifactStatus.valueOf(rs.getString("decision")),
                            rs.getString("summary"), given, given.stream().mapToInt(ScoreView::score).average().orElse(0),
                            rs.getObject("reviewed_at", OffsetDateTime.class).toInstant());
                }).list();
        return new ArtifactView(a.id(), a.personId(), a.personName(), a.projectId(), a.projectName(), a.type(), a.title(),
                a.status(), a.latestVersion(), a.createdAt(), a.updatedAt(), versions, reviews);
    }

    private ArtifactView artifact(ResultSet rs, int rowNum) throws SQLException {
        return new ArtifactView(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                rs.getObject("project_id", Long.class), rs.getString("project_name"),
                ArtifactType.valueOf(rs.getString("artifact_type")), rs.getString("title"),
                ArtifactStatus.valueOf(rs.getString("status")), rs.getInt("latest_version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), List.of(), List.of());
    }

}
