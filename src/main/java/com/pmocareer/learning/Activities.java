package com.pmocareer.learning;

import com.pmocareer.shared.FieldChecks;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.learning.ActivityViews.ActivityCommand;
import com.pmocareer.learning.ActivityViews.ActivityTotals;
import com.pmocareer.learning.ActivityViews.ActivityView;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuous learning a person logs — workshops, webinars, conferences, reading, podcasts, mentoring others,
 * volunteering — with hours, the category they count for and evidence. A lead or the person's mentor verifies it;
 * only then is it a completion (and PDUs for the certification module).
 */
@Service
@Transactional(readOnly = true)
public class Activities {

    static final long MAX_EVIDENCE_BYTES = 5L * 1024 * 1024;
    static final Set<String> EVIDENCE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final LearningRecords records;
    private final MentorRelations mentors;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    Activities(JdbcClient jdbc, PersonAccess access, LearningRecords records, MentorRelations mentors,
            Notifications notifications, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.records = records;
        this.mentors = mentors;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public ActivityView log(CurrentUser user, long personId, ActivityCommand command, UploadedFile evidence) {
        PersonView person = access.visible(user, personId);
        if (user.personId() != personId) {
            throw new ForbiddenException("People log their own learning activities.");
        }
        validate(command, evidence);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO learning_activity (person_id, kind, title, provider, description, occurred_on, hours, category,
                       evidence_url, evidence_name, evidence_type, evidence, status, created_at)
                VALUES (:person, :kind, :title, :provider, :description, :on, :hours, :category, :url, :name, :type,
                        :content, 'LOGGED', :now)""")
                .param("person", personId).param("kind", command.kind().name()).param("title", command.title().trim())
                .param("provider", FieldChecks.blankToNull(command.provider()))
                .param("description", FieldChecks.blankToNull(command.description())).param("on", command.occurredOn())
                .param("hours", command.hours()).param("category", command.category().name())
                .param("url", FieldChecks.blankToNull(command.evidenceUrl()))
                .param("name", evidence == null ? null : evidence.name())
                .param("type", evidence == null ? null : evidence.contentType())
                .param("content", evidence == null ? null : evidence.content())
                .param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKey().longValue();
        auditLog.record("LearningActivity", id, "LOGGED", Map.of(), Map.of("title", command.title().trim(),
                "hours", command.hours()));
        Set<Long> verifiers = new LinkedHashSet<>(mentors.currentMentorsOf(personId));
        if (person.lineManagerId() != null) {
            verifiers.add(person.lineManagerId());
        }
        verifiers.forEach(verifier -> notifications.send(new NewNotification(verifier, NotificationKind.ACTIVITY_TO_VERIFY,
                person.fullName() + " logged " + command.hours().stripTrailingZeros().toPlainString() + " h: " + command.title().trim(),
                command.kind().label() + " on " + command.occurredOn() + ". Verify it so that it counts.",
                "/people/" + personId + "/activities", "activity-" + id + "-verify-" + verifier)));
        return get(user, id);
    }

    private void validate(ActivityCommand command, UploadedFile evidence) {
        var problems = new ArrayList<FieldProblem>();
        if (command.kind() == null) {
            problems.add(new FieldProblem("kind", "choose what kind of activity it was"));
        }
        FieldChecks.requireText(problems, "title", command.title(), 200);
        if (command.occurredOn() == null) {
            problems.add(new FieldProblem("occurredOn", "say when it took place"));
        } else if (command.occurredOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("occurredOn", "must not be in the future"));
        } else if (command.occurredOn().isBefore(LocalDate.now(clock).minusYears(3))) {
            problems.add(new FieldProblem("occurredOn", "must be within the last three years"));
        }
        if (command.hours() == null || command.hours().signum() <= 0 || command.hours().compareTo(BigDecimal.valueOf(100)) > 0) {
            problems.add(new FieldProblem("hours", "must be more than 0 and at most 100"));
        }
        if (command.category() == null) {
            problems.add(new FieldProblem("category", "choose what it counts for"));
        }
        if (command.description() != null && command.description().length() > 2000) {
            problems.add(new FieldProblem("description", "must be at most 2000 characters"));
        }
        if (FieldChecks.blankToNull(command.evidenceUrl()) != null && !FieldChecks.isWebAddress(command.evidenceUrl())) {
            problems.add(new FieldProblem("evidenceUrl", "must be an http or https address"));
        }
        if (evidence != null) {
            if (evidence.content().length > MAX_EVIDENCE_BYTES) {
                problems.add(new FieldProblem("evidence", "must be at most 5 MB"));
            }
            if (!EVIDENCE_TYPES.contains(evidence.contentType())) {
                problems.add(new FieldProblem("evidence", "must be a PDF, PNG, JPEG or Word document"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The activity was not logged", problems);
        }
    }

    /** Verifies (or rejects) an activity: a lead of the person or their mentor, never the person. */
    @Transactional
    public ActivityView verify(CurrentUser user, long activityId, boolean accepted) {
        ActivityView activity = get(user, activityId);
        if (!access.verifies(user, activity.personId())) {
            throw new ForbiddenException("Only the person's lead or mentor verifies an activity.");
        }
        if (activity.status() != ActivityStatus.LOGGED) {
            throw new ConflictException("This activity is " + activity.status().name().toLowerCase() + " already.");
        }
        ActivityStatus status = accepted ? ActivityStatus.VERIFIED : ActivityStatus.REJECTED;
        jdbc.sql("""
                UPDATE learning_activity SET status = :status, verified_by = :by, verified_at = :now, version = version + 1
                 WHERE id = :id""").param("status", status.name()).param("by", user.personId())
                .param("now", OffsetDateTime.now(clock)).param("id", activityId).update();
        if (accepted) {
            records.completeActivity(activity.personId(), activityId, activity.title(), activity.occurredOn(),
                    activity.hours(), activity.category());
        }
        auditLog.record("LearningActivity", activityId, status.name(), Map.of("status", "LOGGED"), Map.of("status", status.name()));
        return get(user, activityId);
    }

    public ActivityView get(CurrentUser user, long activityId) {
        ActivityView activity = jdbc.sql(SELECT + " WHERE a.id = :id").param("id", activityId).query(this::activity)
                .optional().orElseThrow(() -> new NotFoundException("Learning activity", activityId));
        access.visible(user, activity.personId());
        return activity;
    }

    public List<ActivityView> of(CurrentUser user, long personId) {
        access.visible(user, personId);
        return jdbc.sql(SELECT + " WHERE a.person_id = :person ORDER BY a.occurred_on DESC, a.id DESC").param("person", personId)
                .query(this::activity).list();
    }

    public boolean mayVerify(CurrentUser user, long personId) {
        return access.verifies(user, personId);
    }

    public Optional<UploadedFile> evidence(CurrentUser user, long activityId) {
        get(user, activityId);
        return jdbc.sql("SELECT evidence_name, evidence_type, evidence FROM learning_activity WHERE id = :id AND evidence IS NOT NULL")
                .param("id", activityId).query((rs, n) -> new UploadedFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** Verified hours per year and category. */
    public ActivityTotals totals(CurrentUser user, long personId) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<Integer, Map<UnitCategory, BigDecimal>> byYearAndCategory = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (ActivityView activity : of(user, personId)) {
            if (activity.status() != ActivityStatus.VERIFIED) {
                continue;
            }
            int year = activity.occurredOn().getYear();
            byYear.merge(year, activity.hours(), BigDecimal::add);
            byYearAndCategory.computeIfAbsent(year, key -> new EnumMap<>(UnitCategory.class))
                    .merge(activity.category(), activity.hours(), BigDecimal::add);
        }
        return new ActivityTotals(byYear, byYearAndCategory);
    }

    private static final String SELECT = """
            SELECT a.id, a.person_id, a.kind, a.title, a.provider, a.description, a.occurred_on, a.hours, a.category,
                   a.evidence_url, a.evidence_name, a.status, a.version, v.full_name AS verified_by_name
              FROM learning_activity a LEFT JOIN person v ON v.id = a.verified_by""";

    private ActivityView activity(ResultSet rs, int n) throws SQLException {
        return new ActivityView(rs.getLong("id"), rs.getLong("person_id"), ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("provider"), rs.getString("description"),
                rs.getObject("occurred_on", LocalDate.class), rs.getBigDecimal("hours").stripTrailingZeros(),
                UnitCategory.valueOf(rs.getString("category")), rs.getString("evidence_url"), rs.getString("evidence_name"),
                ActivityStatus.valueOf(rs.getString("status")), rs.getString("verified_by_name"), rs.getLong("version"));
    }
}
