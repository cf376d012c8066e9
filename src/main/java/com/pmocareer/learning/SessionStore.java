package com.pmocareer.learning;

import com.pmocareer.shared.FieldChecks;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.learning.SessionViews.EnrollmentView;
import com.pmocareer.learning.SessionViews.SessionCommand;
import com.pmocareer.learning.SessionViews.SessionView;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of sessions and enrolments. Seat changes happen only under {@link #lock(long)}. */
@Repository
class SessionStore {

    /** A session row as the enrolment rules need it, read under its lock. */
    record LockedSession(long id, long courseId, OffsetDateTime startsAt, LocalDate deadline, int capacity,
            int seatsTaken, boolean cancelled) {
    }

    record EnrollmentRow(long id, long sessionId, long personId, EnrollmentStatus status, long version) {
    }

    private static final String SESSION_SELECT = """
            SELECT s.*, c.code AS course_code, c.title AS course_title,
                   (SELECT COUNT(*) FROM enrollment e WHERE e.session_id = s.id AND e.status = 'WAITLISTED') AS waitlisted,
                   (SELECT COUNT(*) FROM enrollment e WHERE e.session_id = s.id AND e.status = 'PENDING_APPROVAL') AS pending
              FROM course_session s JOIN course c ON c.id = s.course_id""";

    private static final String ENROLLMENT_SELECT = """
            SELECT e.id, e.session_id, e.person_id, e.status, e.score, e.completed_on, e.certificate_name,
                   e.decision_note, e.version, e.queued_at, s.course_id, s.starts_at, s.ends_at, s.time_zone, s.location,
                   s.online_url, c.code AS course_code, c.title AS course_title, p.full_name,
                   CASE WHEN e.status = 'WAITLISTED' THEN
                        (SELECT COUNT(*) FROM enrollment w WHERE w.session_id = e.session_id AND w.status = 'WAITLISTED'
                            AND (w.queued_at < e.queued_at OR (w.queued_at = e.queued_at AND w.id <= e.id)))
                   END AS waitlist_position
              FROM enrollment e
              JOIN course_session s ON s.id = e.session_id
              JOIN course c ON c.id = s.course_id
              JOIN person p ON p.id = e.person_id""";

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertSession(long courseId, SessionCommand command, ZoneId zone) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO course_session (course_id, starts_at, ends_at, time_zone, location, online_url, trainer,
                                            capacity, enrolment_deadline)
                VALUES (:course, :starts, :ends, :zone, :location, :url, :trainer, :capacity, :deadline)""")
                .param("course", courseId).param("starts", command.startsAt().atZone(zone).toOffsetDateTime())
                .param("ends", command.endsAt().atZone(zone).toOffsetDateTime()).param("zone", zone.getId())
                .param("location", FieldChecks.blankToNull(command.location())).param("url", FieldChecks.blankToNull(command.onlineUrl()))
                .param("trainer", FieldChecks.blankToNull(command.trainer())).param("capacity", command.capacity())
                .param("deadline", command.enrolmentDeadline()).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<SessionView> session(long id) {
        return jdbc.sql(SESSION_SELECT + " WHERE s.id = :id").param("id", id).query(this::mapSession).optional();
    }

    List<SessionView> sessionsOf(long courseId, boolean includePast, OffsetDateTime now) {
        return jdbc.sql(SESSION_SELECT + " WHERE s.course_id = :course" + (includePast ? "" : " AND s.ends_at >= :now")
                + " ORDER BY s.starts_at").param("course", courseId).param("now", now).query(this::mapSession).list();
    }

    List<SessionView> upcoming(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(SESSION_SELECT + " WHERE s.starts_at >= :from AND s.starts_at < :to AND s.cancelled = FALSE ORDER BY s.starts_at")
                .param("from", from).param("to", to).query(this::mapSession).list();
    }

    /** Takes the session's row lock for the rest of the transaction: enrolments into one session queue up here. */
    Optional<LockedSession> lock(long sessionId) {
        return jdbc.sql("""
                SELECT id, course_id, starts_at, enrolment_deadline, capacity, seats_taken, cancelled
                  FROM course_session WHERE id = :id FOR UPDATE""").param("id", sessionId)
                .query((rs, n) -> new LockedSession(rs.getLong("id"), rs.getLong("course_id"),
                        rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("enrolment_deadline", LocalDate.class),
                        rs.getInt("capacity"), rs.getInt("seats_taken"), rs.getBoolean("cancelled"))).optional();
    }

    void changeSeats(long sessionId, int delta) {
        jdbc.sql("UPDATE course_session SET seats_taken = seats_taken + :delta WHERE id = :id")
                .param("delta", delta).param("id", sessionId).update();
    }

    void markCancelled(long sessionId) {
        jdbc.sql("UPDATE course_session SET cancelled = TRUE, version = version + 1 WHERE id = :id").param("id", sessionId).update();
    }

    Optional<EnrollmentRow> enrollmentOf(long sessionId, long personId) {
        return jdbc.sql("SELECT id, session_id, person_id, status, version FROM enrollment WHERE session_id = :session AND person_id = :person")
                .param("session", sessionId).param("person", personId).query(this::mapRow).optional();
    }

    Optional<EnrollmentRow> enrollmentRow(long id) {
        return jdbc.sql("SELECT id, session_id, person_id, status, version FROM enrollment WHERE id = :id")
                .param("id", id).query(this::mapRow).optional();
    }

    long insertEnrollment(long sessionId, long personId, EnrollmentStatus status, OffsetDateTime now, Long decidedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO enrollment (session_id, person_id, status, requested_at, queued_at, decided_by, decided_at)
                VALUES (:session, :person, :status, :now, :now, :decidedBy, :decidedAt)""")
                .param("session", sessionId).param("person", personId).param("status", status.name()).param("now", now)
                .param("decidedBy", decidedBy).param("decidedAt", decidedBy == null ? null : now).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Starts a cancelled or rejected enrolment over, as if asked for now. */
    void restartEnrollment(long id, EnrollmentStatus status, OffsetDateTime now, Long decidedBy) {
        jdbc.sql("""
                UPDATE enrollment SET status = :status, requested_at = :now, queued_at = :now, decided_by = :decidedBy,
                       decided_at = :decidedAt, decision_note = NULL, cancel_reason = NULL, score = NULL,
                       completed_on = NULL, version = version + 1
                 WHERE id = :id""")
                .param("status", status.name()).param("now", now).param("decidedBy", decidedBy)
                .param("decidedAt", decidedBy == null ? null : now).param("id", id).update();
    }

    void setStatus(long id, EnrollmentStatus status) {
        jdbc.sql("UPDATE enrollment SET status = :status, version = version + 1 WHERE id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    void decide(long id, EnrollmentStatus status, long decidedBy, String note, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE enrollment SET status = :status, decided_by = :by, decided_at = :now, decision_note = :note,
                       queued_at = :now, version = version + 1 WHERE id = :id""")
                .param("status", status.name()).param("by", decidedBy).param("now", now).param("note", note)
                .param("id", id).update();
    }

    void cancel(long id, String reason) {
        jdbc.sql("UPDATE enrollment SET status = 'CANCELLED', cancel_reason = :reason, version = version + 1 WHERE id = :id")
                .param("reason", reason).param("id", id).update();
    }

    void complete(long id, BigDecimal score, LocalDate completedOn, UploadedFile certificate) {
        jdbc.sql("""
                UPDATE enrollment SET status = 'COMPLETED', score = :score, completed_on = :on,
                       certificate_name = :name, certificate_type = :type, certificate = :content, version = version + 1
                 WHERE id = :id""")
                .param("score", score).param("on", completedOn)
                .param("name", certificate == null ? null : certificate.name())
                .param("type", certificate == null ? null : certificate.contentType())
                .param("content", certificate == null ? null : certificate.content()).param("id", id).update();
    }

    Optional<UploadedFile> certificate(long enrollmentId) {
        return jdbc.sql("SELECT certificate_name, certificate_type, certificate FROM enrollment WHERE id = :id AND certificate IS NOT NULL")
                .param("id", enrollmentId)
                .query((rs, n) -> new UploadedFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    Optional<Long> firstWaitlisted(long sessionId) {
        return jdbc.sql("""
                SELECT id FROM enrollment WHERE session_id = :session AND status = 'WAITLISTED'
                 ORDER BY queued_at, id LIMIT 1""").param("session", sessionId).query(Long.class).optional();
    }

    Optional<EnrollmentView> enrollment(long id) {
        return jdbc.sql(ENROLLMENT_SELECT + " WHERE e.id = :id").param("id", id).query(this::mapEnrollment).optional();
    }

    List<EnrollmentView> enrollmentsOfSession(long sessionId) {
        return jdbc.sql(ENROLLMENT_SELECT + " WHERE e.session_id = :session ORDER BY e.status, e.queued_at, e.id")
                .param("session", sessionId).query(this::mapEnrollment).list();
    }

    List<EnrollmentView> enrollmentsOfPerson(long personId) {
        return jdbc.sql(ENROLLMENT_SELECT + " WHERE e.person_id = :person ORDER BY s.starts_at DESC")
                .param("person", personId).query(this::mapEnrollment).list();
    }

    List<EnrollmentView> pendingApprovals() {
        return jdbc.sql(ENROLLMENT_SELECT + " WHERE e.status = 'PENDING_APPROVAL' ORDER BY e.requested_at")
                .query(this::mapEnrollment).list();
    }

    List<EnrollmentView> enrolledIn(long sessionId) {
        return jdbc.sql(ENROLLMENT_SELECT + " WHERE e.session_id = :session AND e.status = 'ENROLLED'")
                .param("session", sessionId).query(this::mapEnrollment).list();
    }

    List<Long> openEnrollmentIds(long sessionId) {
        return jdbc.sql("SELECT id FROM enrollment WHERE session_id = :session AND status IN ('PENDING_APPROVAL', 'ENROLLED', 'WAITLISTED')")
                .param("session", sessionId).query(Long.class).list();
    }

    private EnrollmentRow mapRow(ResultSet rs, int n) throws SQLException {
        return new EnrollmentRow(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("person_id"),
                EnrollmentStatus.valueOf(rs.getString("status")), rs.getLong("version"));
    }

    private SessionView mapSession(ResultSet rs, int n) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        return new SessionView(rs.getLong("id"), rs.getLong("course_id"), rs.getString("course_code"),
                rs.getString("course_title"), zoned(rs, "starts_at", zone), zoned(rs, "ends_at", zone), zone.getId(),
                rs.getString("location"), rs.getString("online_url"), rs.getString("trainer"), rs.getInt("capacity"),
                rs.getObject("enrolment_deadline", LocalDate.class), rs.getInt("seats_taken"), rs.getInt("waitlisted"),
                rs.getInt("pending"), rs.getBoolean("cancelled"), rs.getLong("version"));
    }

    private EnrollmentView mapEnrollment(ResultSet rs, int n) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        Object position = rs.getObject("waitlist_position");
        return new EnrollmentView(rs.getLong("id"), rs.getLong("session_id"), rs.getLong("course_id"),
                rs.getString("course_code"), rs.getString("course_title"), rs.getLong("person_id"),
                rs.getString("full_name"), EnrollmentStatus.valueOf(rs.getString("status")), zoned(rs, "starts_at", zone),
                zoned(rs, "ends_at", zone), rs.getString("location"), rs.getString("online_url"),
                position == null ? null : ((Number) position).intValue(), rs.getBigDecimal("score"),
                rs.getObject("completed_on", LocalDate.class), rs.getString("certificate_name"),
                rs.getString("decision_note"), rs.getLong("version"));
    }

    private static ZonedDateTime zoned(ResultSet rs, String column, ZoneId zone) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(zone);
    }

}
