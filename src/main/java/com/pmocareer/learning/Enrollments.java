package com.pmocareer.learning;

import com.pmocareer.shared.FieldChecks;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.SessionStore.EnrollmentRow;
import com.pmocareer.learning.SessionStore.LockedSession;
import com.pmocareer.learning.SessionViews.CompletionCommand;
import com.pmocareer.learning.SessionViews.EnrollmentView;
import com.pmocareer.learning.SessionViews.SessionCommand;
import com.pmocareer.learning.SessionViews.SessionView;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and enrolment. A request for a course that costs money (or asks for approval) waits for a lead's yes; then
 * the person takes a seat or joins the waitlist. Every seat change happens under the session's row lock, so a session
 * never holds more people than seats however many ask at once; a freed seat goes to the first on the waitlist.
 */
@Service
@Transactional(readOnly = true)
public class Enrollments {

    static final String ENTITY = "Enrollment";
    static final long MAX_CERTIFICATE_BYTES = 5L * 1024 * 1024;
    static final java.util.Set<String> CERTIFICATE_TYPES = java.util.Set.of("application/pdf", "image/png", "image/jpeg");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");

    private final SessionStore store;
    private final Catalog catalog;
    private final LearningRecords records;
    private final PersonAccess access;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    Enrollments(SessionStore store, Catalog catalog, LearningRecords records, PersonAccess access,
            Notifications notifications, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.records = records;
        this.access = access;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<SessionView> sessions(long courseId, boolean includePast) {
        catalog.get(courseId);
        return store.sessionsOf(courseId, includePast, now());
    }

    public SessionView session(long sessionId) {
        return store.session(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
    }

    @Transactional
    public SessionView schedule(CurrentUser user, long courseId, SessionCommand command) {
        user.requireAdmin("Only an admin schedules sessions.");
        CourseView course = catalog.get(courseId);
        ZoneId zone = validate(command);
        long id = store.insertSession(course.id(), command, zone);
        auditLog.record("CourseSession", id, "SCHEDULED", Map.of(), Map.of("course", course.title(),
                "startsAt", command.startsAt().toString(), "capacity", command.capacity()));
        return session(id);
    }

    private ZoneId validate(SessionCommand command) {
        var problems = new ArrayList<FieldProblem>();
        ZoneId zone = null;
        try {
            zone = ZoneId.of(command.timeZone() == null || command.timeZone().isBlank() ? "" : command.timeZone().trim());
        } catch (DateTimeException unknown) {
            problems.add(new FieldProblem("timeZone", "must be a time zone such as Europe/Berlin"));
        }
        if (command.startsAt() == null) {
            problems.add(new FieldProblem("startsAt", "must be given"));
        }
        if (command.endsAt() == null) {
            problems.add(new FieldProblem("endsAt", "must be given"));
        } else if (command.startsAt() != null && !command.endsAt().isAfter(command.startsAt())) {
            problems.add(new FieldProblem("endsAt", "must be after the start"));
        }
        if (command.capacity() == null || command.capacity() < 1 || command.capacity() > 1000) {
            problems.add(new FieldProblem("capacity", "must be 1 to 1000 seats"));
        }
        if (command.enrolmentDeadline() == null) {
            problems.add(new FieldProblem("enrolmentDeadline", "must be given"));
        } else if (command.startsAt() != null && command.enrolmentDeadline().isAfter(command.startsAt().toLocalDate())) {
            problems.add(new FieldProblem("enrolmentDeadline", "must not be after the first day"));
        }
        boolean noPlace = FieldChecks.blankToNull(command.location()) == null && FieldChecks.blankToNull(command.onlineUrl()) == null;
        if (noPlace) {
            problems.add(new FieldProblem("location", "give a room or an online link"));
        }
        if (FieldChecks.blankToNull(command.onlineUrl()) != null && !FieldChecks.isWebAddress(command.onlineUrl())) {
            problems.add(new FieldProblem("onlineUrl", "must be an http or https address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The session was not scheduled", problems);
        }
        return zone;
    }

    /**
     * Enrols a person (themselves, or by their lead): PENDING_APPROVAL when the course needs a lead's yes and nobody
     * managing the person asked; otherwise ENROLLED while seats are left, else WAITLISTED.
     */
    @Transactional
    public EnrollmentView enrol(CurrentUser user, long sessionId, long personId) {
        PersonView person = access.visible(user, personId);
        boolean byManager = user.personId() != personId;
        if (byManager && !access.manages(user, personId)) {
            throw new ForbiddenException("Only the person or their lead enrols them.");
        }
        LockedSession session = store.lock(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        refuseClosed(session);
        CourseView course = catalog.get(session.courseId());
        refuseMissingPrerequisites(course, personId, person);
        var existing = store.enrollmentOf(sessionId, personId);
        if (existing.isPresent() && existing.get().status().open()) {
            throw new ConflictException(person.fullName() + " is already " + existing.get().status().label().toLowerCase()
                    + " for this session.");
        }
        if (existing.isPresent() && existing.get().status() == EnrollmentStatus.COMPLETED) {
            throw new ConflictException(person.fullName() + " has completed this session already.");
        }
        EnrollmentStatus status = course.needsApproval() && !byManager ? EnrollmentStatus.PENDING_APPROVAL
                : session.seatsTaken() < session.capacity() ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED;
        Long decidedBy = byManager && course.needsApproval() ? user.personId() : null;
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            store.restartEnrollment(id, status, now(), decidedBy);
        } else {
            try {
                id = store.insertEnrollment(sessionId, personId, status, now(), decidedBy);
            } catch (DuplicateKeyException enrolledMeanwhile) {
                throw new ConflictException(person.fullName() + " is already enrolled for this session.");
            }
        }
        if (status == EnrollmentStatus.ENROLLED) {
            store.changeSeats(sessionId, 1);
        }
        auditLog.record(ENTITY, id, "REQUESTED", Map.of(), Map.of("person", person.fullName(), "course", course.title(),
                "status", status.name()));
        EnrollmentView enrollment = view(id);
        tellAbout(enrollment, person);
        return enrollment;
    }

    private void refuseClosed(LockedSession session) {
        if (session.cancelled()) {
            throw new ConflictException("This session is cancelled.");
        }
        if (!session.startsAt().isAfter(now())) {
            throw new ConflictException("This session has started; enrolment is closed.");
        }
        if (LocalDate.now(clock).isAfter(session.deadline())) {
            throw new ConflictException("Enrolment closed on " + session.deadline() + ".");
        }
    }

    private void refuseMissingPrerequisites(CourseView course, long personId, PersonView person) {
        if (course.prerequisites().isEmpty()) {
            return;
        }
        var completed = records.completedCourses(personId).keySet();
        var missing = course.prerequisites().stream().filter(p -> !completed.contains(p.id())).map(p -> p.title()).toList();
        if (!missing.isEmpty()) {
            throw new ConflictException(person.fullName() + " first needs to complete: " + String.join(", ", missing) + ".");
        }
    }

    private void tellAbout(EnrollmentView enrollment, PersonView person) {
        String when = enrollment.startsAt().format(WHEN);
        switch (enrollment.status()) {
            case ENROLLED -> notify(enrollment, "You are enrolled: " + enrollment.courseTitle(),
                    "Session on " + when + ". It is in your calendar feed.", "enrolled");
            case WAITLISTED -> notify(enrollment, "You are on the waitlist: " + enrollment.courseTitle(),
                    "Place " + enrollment.waitlistPosition() + " for the session on " + when
                            + ". You will hear as soon as a seat frees up.", "waitlisted");
            case PENDING_APPROVAL -> {
                notify(enrollment, "Enrolment requested: " + enrollment.courseTitle(),
                        "Your lead decides; you will hear the answer here.", "requested");
                if (person.lineManagerId() != null) {
                    notifications.send(new NewNotification(person.lineManagerId(), NotificationKind.ENROLMENT_TO_APPROVE,
                            person.fullName() + " asks to attend " + enrollment.courseTitle(),
                            "Session on " + when + ". Approve or decline in your approvals inbox.",
                            "/learning/approvals", "enrollment-" + enrollment.id() + "-v" + enrollment.version() + "-approve"));
                }
            }
            default -> {
            }
        }
    }

    private void notify(EnrollmentView enrollment, String title, String body, String occasion) {
        notifications.send(new NewNotification(enrollment.personId(), NotificationKind.ENROLMENT_UPDATE, title, body,
                "/learning", "enrollment-" + enrollment.id() + "-v" + enrollment.version() + "-" + occasion));
    }

    /** A lead approves a request: the person takes a seat if one is left, else joins the waitlist from now. */
    @Transactional
    public EnrollmentView approve(CurrentUser user, long enrollmentId, String note) {
        EnrollmentRow row = managedRow(user, enrollmentId, "Only the person's lead approves an enrolment.");
        LockedSession session = store.lock(row.sessionId()).orElseThrow();
        row = store.enrollmentRow(enrollmentId).orElseThrow();
        requireStatus(row, EnrollmentStatus.PENDING_APPROVAL);
        refuseClosed(session);
        EnrollmentStatus status = session.seatsTaken() < session.capacity() ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED;
        store.decide(enrollmentId, status, user.personId(), FieldChecks.blankToNull(note), now());
        if (status == EnrollmentStatus.ENROLLED) {
            store.changeSeats(row.sessionId(), 1);
        }
        auditLog.record(ENTITY, enrollmentId, "APPROVED", Map.of("status", "PENDING_APPROVAL"), Map.of("status", status.name()));
        EnrollmentView enrollment = view(enrollmentId);
        tellAbout(enrollment, access.visible(user, row.personId()));
        return enrollment;
    }

    @Transactional
    public EnrollmentView reject(CurrentUser user, long enrollmentId, String note) {
        EnrollmentRow row = managedRow(user, enrollmentId, "Only the person's lead declines an enrolment.");
        store.lock(row.sessionId());
        row = store.enrollmentRow(enrollmentId).orElseThrow();
        requireStatus(row, EnrollmentStatus.PENDING_APPROVAL);
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "say why, so that the person knows what to do instead");
        }
        store.decide(enrollmentId, EnrollmentStatus.REJECTED, user.personId(), note.trim(), now());
        auditLog.record(ENTITY, enrollmentId, "REJECTED", Map.of("status", "PENDING_APPROVAL"), Map.of("status", "REJECTED"));
        EnrollmentView enrollment = view(enrollmentId);
        notify(enrollment, "Not approved: " + enrollment.courseTitle(), note.trim(), "rejected");
        return enrollment;
    }

    /** Cancels an open enrolment (the person or their lead); a freed seat goes to the first on the waitlist. */
    @Transactional
    public EnrollmentView cancel(CurrentUser user, long enrollmentId, String reason) {
        EnrollmentRow row = store.enrollmentRow(enrollmentId).orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        access.requireSelfOrManager(user, row.personId(), "Only the person or their lead cancels an enrolment.");
        store.lock(row.sessionId());
        row = store.enrollmentRow(enrollmentId).orElseThrow();
        if (!row.status().open() || row.status() == EnrollmentStatus.ATTENDED) {
            throw new ConflictException("This enrolment is " + row.status().label().toLowerCase() + "; there is nothing to cancel.");
        }
        store.cancel(enrollmentId, FieldChecks.blankToNull(reason));
        if (row.status() == EnrollmentStatus.ENROLLED) {
            store.changeSeats(row.sessionId(), -1);
            promoteFirstWaitlisted(row.sessionId());
        }
        auditLog.record(ENTITY, enrollmentId, "CANCELLED", Map.of("status", row.status().name()), Map.of("status", "CANCELLED"));
        return view(enrollmentId);
    }

    private void promoteFirstWaitlisted(long sessionId) {
        store.firstWaitlisted(sessionId).ifPresent(next -> {
            store.setStatus(next, EnrollmentStatus.ENROLLED);
            store.changeSeats(sessionId, 1);
            EnrollmentView promoted = view(next);
            auditLog.record(ENTITY, next, "PROMOTED", Map.of("status", "WAITLISTED"), Map.of("status", "ENROLLED"));
            notify(promoted, "A seat is yours: " + promoted.courseTitle(),
                    "Someone cancelled and you were first on the waitlist. Session on " + promoted.startsAt().format(WHEN) + ".",
                    "promoted");
        });
    }

    /** Cancels a session: every open enrolment ends and the people hear why. */
    @Transactional
    public SessionView cancelSession(CurrentUser user, long sessionId, String reason) {
        user.requireAdmin("Only an admin cancels a session.");
        store.lock(sessionId).orElseThrow(() -> new NotFoundException("Session", sessionId));
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "say why the session is cancelled");
        }
        for (long id : store.openEnrollmentIds(sessionId)) {
            store.cancel(id, reason.trim());
            EnrollmentView cancelled = view(id);
            notify(cancelled, "Session cancelled: " + cancelled.courseTitle(), reason.trim(), "session-cancelled");
        }
        store.markCancelled(sessionId);
        store.changeSeats(sessionId, -session(sessionId).seatsTaken());
        auditLog.record("CourseSession", sessionId, "CANCELLED", Map.of(), Map.of("reason", reason.trim()));
        return session(sessionId);
    }

    /** Takes attendance: ENROLLED becomes ATTENDED or NO_SHOW (and may be corrected until completed). */
    @Transactional
    public EnrollmentView attendance(CurrentUser user, long enrollmentId, boolean attended) {
        EnrollmentRow row = managedRow(user, enrollmentId, "Only a lead or an admin takes attendance.");
        if (row.status() != EnrollmentStatus.ENROLLED && row.status() != EnrollmentStatus.ATTENDED
                && row.status() != EnrollmentStatus.NO_SHOW) {
            throw new ConflictException("Attendance is taken for enrolled people; this enrolment is "
                    + row.status().label().toLowerCase() + ".");
        }
        EnrollmentStatus status = attended ? EnrollmentStatus.ATTENDED : EnrollmentStatus.NO_SHOW;
        store.setStatus(enrollmentId, status);
        auditLog.record(ENTITY, enrollmentId, "ATTENDANCE", Map.of("status", row.status().name()), Map.of("status", status.name()));
        return view(enrollmentId);
    }

    /** Completes an enrolment (with an optional score and certificate) and records the completion. */
    @Transactional
    public EnrollmentView complete(CurrentUser user, long enrollmentId, CompletionCommand command, UploadedFile certificate) {
        EnrollmentRow row = managedRow(user, enrollmentId, "Only a lead or an admin records a completion.");
        if (row.status() == EnrollmentStatus.COMPLETED) {
            return view(enrollmentId);
        }
        if (row.status() != EnrollmentStatus.ENROLLED && row.status() != EnrollmentStatus.ATTENDED) {
            throw new ConflictException("Only an enrolled or attending person completes; this enrolment is "
                    + row.status().label().toLowerCase() + ".");
        }
        SessionView session = session(row.sessionId());
        LocalDate today = LocalDate.now(clock);
        LocalDate completedOn = command != null && command.completedOn() != null ? command.completedOn()
                : session.endsAt().toLocalDate().isAfter(today) ? today : session.endsAt().toLocalDate();
        var problems = new ArrayList<FieldProblem>();
        if (completedOn.isAfter(today)) {
            problems.add(new FieldProblem("completedOn", "must not be in the future"));
        }
        if (completedOn.isBefore(session.startsAt().toLocalDate())) {
            problems.add(new FieldProblem("completedOn", "must not be before the session started"));
        }
        BigDecimal score = command == null ? null : command.score();
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add(new FieldProblem("score", "must be 0 to 100"));
        }
        if (certificate != null && certificate.content().length > MAX_CERTIFICATE_BYTES) {
            problems.add(new FieldProblem("certificate", "must be at most 5 MB"));
        }
        if (certificate != null && !CERTIFICATE_TYPES.contains(certificate.contentType())) {
            problems.add(new FieldProblem("certificate", "must be a PDF, PNG or JPEG file"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The completion was not recorded", problems);
        }
        store.complete(enrollmentId, score, completedOn, certificate);
        records.completeCourse(row.personId(), catalog.get(session.courseId()), completedOn, score, "SESSION",
                String.valueOf(enrollmentId));
        auditLog.record(ENTITY, enrollmentId, "COMPLETED", Map.of("status", row.status().name()),
                Map.of("status", "COMPLETED", "completedOn", completedOn.toString()));
        return view(enrollmentId);
    }

    public java.util.Optional<UploadedFile> certificate(CurrentUser user, long enrollmentId) {
        EnrollmentRow row = store.enrollmentRow(enrollmentId).orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        access.visible(user, row.personId());
        return store.certificate(enrollmentId);
    }

    public EnrollmentView enrollment(CurrentUser user, long enrollmentId) {
        EnrollmentRow row = store.enrollmentRow(enrollmentId).orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        access.visible(user, row.personId());
        return view(enrollmentId);
    }

    public List<EnrollmentView> ofPerson(CurrentUser user, long personId) {
        access.visible(user, personId);
        return store.enrollmentsOfPerson(personId);
    }

    /** The roster of a session: the people the viewer may see (an admin all), for leads and admins. */
    public List<EnrollmentView> roster(CurrentUser user, long sessionId) {
        session(sessionId);
        if (!user.isAdmin() && !user.isLead()) {
            throw new ForbiddenException("Rosters are for leads and admins.");
        }
        return store.enrollmentsOfSession(sessionId).stream()
                .filter(e -> user.isAdmin() || access.manages(user, e.personId())).toList();
    }

    /** Requests waiting for the viewer's decision: of the people they manage. */
    public List<EnrollmentView> approvalsFor(CurrentUser user) {
        if (!user.isAdmin() && !user.isLead()) {
            return List.of();
        }
        return store.pendingApprovals().stream().filter(e -> access.manages(user, e.personId())).toList();
    }

    public boolean manages(CurrentUser user, long personId) {
        return access.manages(user, personId);
    }

    private EnrollmentRow managedRow(CurrentUser user, long enrollmentId, String refusal) {
        EnrollmentRow row = store.enrollmentRow(enrollmentId).orElseThrow(() -> new NotFoundException("Enrollment", enrollmentId));
        access.requireManager(user, row.personId(), refusal);
        return row;
    }

    private static void requireStatus(EnrollmentRow row, EnrollmentStatus expected) {
        if (row.status() != expected) {
            throw new ConflictException("This enrolment is " + row.status().label().toLowerCase() + " already.");
        }
    }

    private EnrollmentView view(long id) {
        return store.enrollment(id).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
