package com.pmocareer.mentoring;

import com.pmocareer.development.DevelopmentPlans;
import com.pmocareer.development.PlanView;
import com.pmocareer.mentoring.JournalViews.ActionCommand;
import com.pmocareer.mentoring.JournalViews.ActionView;
import com.pmocareer.mentoring.JournalViews.AgreementCommand;
import com.pmocareer.mentoring.JournalViews.CloseOutCommand;
import com.pmocareer.mentoring.JournalViews.FeedbackCommand;
import com.pmocareer.mentoring.JournalViews.FeedbackKind;
import com.pmocareer.mentoring.JournalViews.FeedbackView;
import com.pmocareer.mentoring.JournalViews.LinkedGoal;
import com.pmocareer.mentoring.JournalViews.MentorshipPage;
import com.pmocareer.mentoring.JournalViews.SessionCommand;
import com.pmocareer.mentoring.JournalViews.SessionView;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens inside a mentorship: the agreement (goals linked to the mentee's development plan, cadence, planned
 * end), sessions with topics, private notes and action items, two-way feedback after a session or for a month, and
 * the close-out review. The pair writes; the mentee's lead and admins read everything but the notes.
 */
@Service
@Transactional(readOnly = true)
public class MentoringJournal {

    static final int MAX_CADENCE_DAYS = 92;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm");

    private final JdbcClient jdbc;
    private final Mentorships mentorships;
    private final DevelopmentPlans plans;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    MentoringJournal(JdbcClient jdbc, Mentorships mentorships, DevelopmentPlans plans, Notifications notifications,
            AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.mentorships = mentorships;
        this.plans = plans;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public MentorshipPage page(CurrentUser user, long mentorshipId) {
        MentorshipView m = mentorships.get(user, mentorshipId);
        boolean inThePair = inThePair(user, m);
        var row = jdbc.sql("SELECT goals, cadence_days, planned_end, close_out FROM mentorship WHERE id = :id")
                .param("id", mentorshipId).query().singleRow();
        Integer cadence = row.get("cadence_days") == null ? null : ((Number) row.get("cadence_days")).intValue();
        LocalDate plannedEnd = jdbc.sql("SELECT planned_end FROM mentorship WHERE id = :id").param("id", mentorshipId)
                .query(LocalDate.class).optional().orElse(null);
        List<SessionView> sessions = sessions(mentorshipId, inThePair);
        LocalDate nextDue = null;
        if (cadence != null && m.current()) {
            LocalDate last = sessions.stream().map(s -> s.startsAt().toLocalDate()).max(LocalDate::compareTo)
                    .orElse(m.startedOn());
            nextDue = last.plusDays(cadence);
        }
        return new MentorshipPage(m, (String) row.get("goals"), linkedGoals(mentorshipId, m.menteeId()), cadence,
                plannedEnd, (String) row.get("close_out"), sessions, feedback(mentorshipId, m), nextDue, inThePair,
                inThePair && m.current());
    }

    @Transactional
    public MentorshipPage agree(CurrentUser user, long mentorshipId, AgreementCommand command) {
        MentorshipView m = writable(user, mentorshipId);
        var problems = new ArrayList<FieldProblem>();
        FieldChecks.requireText(problems, "goals", command.goals(), 2000);
        if (command.cadenceDays() == null || command.cadenceDays() < 7 || command.cadenceDays() > MAX_CADENCE_DAYS) {
            problems.add(new FieldProblem("cadenceDays", "must be from 7 to " + MAX_CADENCE_DAYS + " days"));
        }
        if (command.plannedEnd() != null && !command.plannedEnd().isAfter(m.startedOn())) {
            problems.add(new FieldProblem("plannedEnd", "must be after the start"));
        }
        Set<Long> goalIds = new LinkedHashSet<>(command.developmentGoalIds() == null ? List.of() : command.developmentGoalIds());
        Set<Long> menteeGoals = plans.plan(user, m.menteeId(), null).goals().stream().map(PlanView.GoalView::id)
                .collect(Collectors.toSet());
        for (Long goalId : goalIds) {
            if (goalId == null || !menteeGoals.contains(goalId)) {
                problems.add(new FieldProblem("developmentGoalIds", goalId + " is not a goal of the mentee's current plan"));
            }
        }
        FieldChecks.refuseIfAny("The agreement was not saved", problems);
        jdbc.sql("""
                UPDATE mentorship SET goals = :goals, cadence_days = :cadence, planned_end = :end, version = version + 1
                 WHERE id = :id""")
                .param("goals", command.goals().trim()).param("cadence", command.cadenceDays())
                .param("end", command.plannedEnd()).param("id", mentorshipId).update();
        jdbc.sql("DELETE FROM mentorship_goal_link WHERE mentorship_id = :id").param("id", mentorshipId).update();
        goalIds.forEach(goalId -> jdbc.sql("INSERT INTO mentorship_goal_link (mentorship_id, development_goal_id) VALUES (:m, :g)")
                .param("m", mentorshipId).param("g", goalId).update());
        auditLog.record(Mentorships.ENTITY, mentorshipId, "AGREED", Map.of(),
                Map.of("cadenceDays", command.cadenceDays(), "goals", goalIds.size()));
        return page(user, mentorshipId);
    }

    /** Logs a session (past or planned) with its action items; the other side of the pair is told. */
    @Transactional
    public SessionView logSession(CurrentUser user, long mentorshipId, SessionCommand command) {
        MentorshipView m = writable(user, mentorshipId);
        var problems = new ArrayList<FieldProblem>();
        if (command.startsAt() == null) {
            problems.add(new FieldProblem("startsAt", "say when the session is or was"));
        } else if (command.startsAt().toLocalDate().isBefore(m.startedOn())) {
            problems.add(new FieldProblem("startsAt", "must not be before the mentorship started"));
        } else if (command.startsAt().isAfter(OffsetDateTime.now(clock).plusYears(1))) {
            problems.add(new FieldProblem("startsAt", "must be within a year"));
        }
        if (command.durationMinutes() == null || command.durationMinutes() < 5 || command.durationMinutes() > 480) {
            problems.add(new FieldProblem("durationMinutes", "must be from 5 to 480 minutes"));
        }
        FieldChecks.requireText(problems, "topics", command.topics(), 500);
        FieldChecks.limitText(problems, "notes", command.notes(), 4000);
        List<ActionCommand> actions = command.actions() == null ? List.of() : command.actions();
        for (int i = 0; i < actions.size(); i++) {
            ActionCommand action = actions.get(i);
            FieldChecks.requireText(problems, "actions[" + i + "].description", action.description(), 500);
            if (action.ownerId() == null || action.ownerId() != m.mentorId() && action.ownerId() != m.menteeId()) {
                problems.add(new FieldProblem("actions[" + i + "].ownerId", "must be the mentor or the mentee"));
            }
            if (action.dueOn() == null) {
                problems.add(new FieldProblem("actions[" + i + "].dueOn", "say when it is due"));
            }
        }
        FieldChecks.refuseIfAny("The session was not saved", problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mentoring_session (mentorship_id, starts_at, duration_minutes, topics, notes, created_by,
                       created_at, version)
                VALUES (:m, :starts, :duration, :topics, :notes, :by, :now, 0)""")
                .param("m", mentorshipId).param("starts", command.startsAt()).param("duration", command.durationMinutes())
                .param("topics", command.topics().trim()).param("notes", FieldChecks.blankToNull(command.notes()))
                .param("by", user.personId()).param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long sessionId = keys.getKey().longValue();
        for (ActionCommand action : actions) {
            jdbc.sql("""
                    INSERT INTO mentoring_action (session_id, description, owner_id, due_on)
                    VALUES (:session, :description, :owner, :due)""")
                    .param("session", sessionId).param("description", action.description().trim())
                    .param("owner", action.ownerId()).param("due", action.dueOn()).update();
        }
        long other = user.personId() == m.mentorId() ? m.menteeId() : m.mentorId();
        boolean planned = command.startsAt().isAfter(OffsetDateTime.now(clock));
        notifications.send(new NewNotification(other, NotificationKind.MENTORING_SESSION,
                (planned ? "Mentoring session planned: " : "Mentoring session logged: ") + command.topics().trim(),
                command.startsAt().format(WHEN) + ", " + command.durationMinutes() + " minutes"
                        + (actions.isEmpty() ? "." : "; " + actions.size() + " action items."),
                "/mentorships/" + mentorshipId, "mentoring-session-" + sessionId + "-" + other));
        auditLog.record("MentoringSession", sessionId, "LOGGED", Map.of(), Map.of("mentorship", mentorshipId,
                "actions", actions.size()));
        return sessions(mentorshipId, true).stream().filter(s -> s.id() == sessionId).findFirst().orElseThrow();
    }

    @Transactional
    public ActionView setActionDone(CurrentUser user, long actionId, boolean done) {
        Long mentorshipId = jdbc.sql("""
                SELECT s.mentorship_id FROM mentoring_action a JOIN mentoring_session s ON s.id = a.session_id WHERE a.id = :id""")
                .param("id", actionId).query(Long.class).optional().orElseThrow(() -> new NotFoundException("Action item", actionId));
        writable(user, mentorshipId);
        jdbc.sql("UPDATE mentoring_action SET done_at = :at WHERE id = :id")
                .param("at", done ? OffsetDateTime.now(clock) : null).param("id", actionId).update();
        return sessions(mentorshipId, true).stream().flatMap(s -> s.actions().stream()).filter(a -> a.id() == actionId)
                .findFirst().orElseThrow();
    }

    /** One rating per person and session, or per person and month. */
    @Transactional
    public FeedbackView giveFeedback(CurrentUser user, long mentorshipId, FeedbackCommand command) {
        MentorshipView m = mentorships.get(user, mentorshipId);
        if (!inThePair(user, m)) {
            throw new ForbiddenException("Only the mentor and the mentee give feedback on their mentorship.");
        }
        var problems = new ArrayList<FieldProblem>();
        if (command.rating() == null || command.rating() < 1 || command.rating() > 5) {
            problems.add(new FieldProblem("rating", "must be from 1 to 5"));
        }
        FieldChecks.limitText(problems, "comment", command.comment(), 2000);
        if ((command.sessionId() == null) == (command.monthOf() == null)) {
            problems.add(new FieldProblem("sessionId", "give either a session or a month"));
        }
        if (command.sessionId() != null && jdbc.sql("SELECT COUNT(*) FROM mentoring_session WHERE id = :s AND mentorship_id = :m")
                .param("s", command.sessionId()).param("m", mentorshipId).query(Long.class).single() == 0) {
            problems.add(new FieldProblem("sessionId", "is not a session of this mentorship"));
        }
        LocalDate month = command.monthOf() == null ? null : command.monthOf().withDayOfMonth(1);
        if (month != null && (month.isBefore(m.startedOn().withDayOfMonth(1)) || month.isAfter(LocalDate.now(clock)))) {
            problems.add(new FieldProblem("monthOf", "must be a month of the mentorship, not a future one"));
        }
        FieldChecks.refuseIfAny("The feedback was not saved", problems);
        FeedbackKind kind = command.sessionId() != null ? FeedbackKind.SESSION : FeedbackKind.MONTHLY;
        boolean given = jdbc.sql("""
                SELECT COUNT(*) FROM mentoring_feedback WHERE mentorship_id = :m AND from_person_id = :from AND kind = :kind
                   AND (session_id = :session OR month_of = :month)""")
                .param("m", mentorshipId).param("from", user.personId()).param("kind", kind.name())
                .param("session", command.sessionId() == null ? -1L : command.sessionId())
                .param("month", month == null ? LocalDate.of(1900, 1, 1) : month).query(Long.class).single() > 0;
        if (given) {
            throw new ConflictException(kind == FeedbackKind.SESSION ? "You gave feedback on this session already."
                    : "You gave feedback for this month already.");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mentoring_feedback (mentorship_id, session_id, from_person_id, rating, comment, month_of, kind, given_at)
                VALUES (:m, :session, :from, :rating, :comment, :month, :kind, :now)""")
                .param("m", mentorshipId).param("session", command.sessionId()).param("from", user.personId())
                .param("rating", command.rating()).param("comment", FieldChecks.blankToNull(command.comment()))
                .param("month", month).param("kind", kind.name()).param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKey().longValue();
        return feedback(mentorshipId, m).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    /** The close-out review ends the mentorship today; from then on the mentor no longer sees the mentee's data. */
    @Transactional
    public MentorshipPage closeOut(CurrentUser user, long mentorshipId, CloseOutCommand command) {
        MentorshipView m = mentorships.get(user, mentorshipId);
        if (!inThePair(user, m) && !mentorships.leads(user, m)) {
            throw new ForbiddenException("The pair or the mentee's lead closes a mentorship.");
        }
        if (!m.current()) {
            throw new ConflictException("This mentorship has already ended.");
        }
        var problems = new ArrayList<FieldProblem>();
        FieldChecks.requireText(problems, "summary", command.summary(), 2000);
        FieldChecks.refuseIfAny("The close-out was not saved", problems);
        jdbc.sql("UPDATE mentorship SET close_out = :summary, ended_on = :today, version = version + 1 WHERE id = :id")
                .param("summary", command.summary().trim()).param("today", LocalDate.now(clock)).param("id", mentorshipId)
                .update();
        auditLog.record(Mentorships.ENTITY, mentorshipId, "CLOSED", Map.of("endedOn", "none"),
                Map.of("endedOn", LocalDate.now(clock)));
        return page(user, mentorshipId);
    }

    List<SessionView> sessions(long mentorshipId, boolean withNotes) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<ActionView>> actions = new HashMap<>();
        jdbc.sql("""
                SELECT a.*, p.full_name AS owner_name FROM mentoring_action a JOIN mentoring_session s ON s.id = a.session_id
                  JOIN person p ON p.id = a.owner_id WHERE s.mentorship_id = :m ORDER BY a.due_on, a.id""")
                .param("m", mentorshipId).query(rs -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    boolean done = rs.getObject("done_at") != null;
                    actions.computeIfAbsent(rs.getLong("session_id"), k -> new ArrayList<>()).add(new ActionView(
                            rs.getLong("id"), rs.getLong("session_id"), rs.getString("description"), rs.getLong("owner_id"),
                            rs.getString("owner_name"), due, done, !done && due.isBefore(today)));
                });
        return jdbc.sql("SELECT * FROM mentoring_session WHERE mentorship_id = :m ORDER BY starts_at DESC")
                .param("m", mentorshipId)
                .query((rs, n) -> new SessionView(rs.getLong("id"), rs.getObject("starts_at", OffsetDateTime.class),
                        rs.getInt("duration_minutes"), rs.getString("topics"), withNotes ? rs.getString("notes") : null,
                        actions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private List<FeedbackView> feedback(long mentorshipId, MentorshipView m) {
        return jdbc.sql("""
                SELECT f.*, p.full_name AS from_name FROM mentoring_feedback f JOIN person p ON p.id = f.from_person_id
                 WHERE f.mentorship_id = :m ORDER BY f.given_at DESC""")
                .param("m", mentorshipId)
                .query((rs, n) -> new FeedbackView(rs.getLong("id"), FeedbackKind.valueOf(rs.getString("kind")),
                        rs.getObject("session_id", Long.class), rs.getObject("month_of", LocalDate.class),
                        rs.getLong("from_person_id"), rs.getString("from_name"), rs.getLong("from_person_id") == m.mentorId(),
                        rs.getInt("rating"), rs.getString("comment"), rs.getObject("given_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private List<LinkedGoal> linkedGoals(long mentorshipId, long menteeId) {
        Set<Long> linked = new LinkedHashSet<>(jdbc.sql("SELECT development_goal_id FROM mentorship_goal_link WHERE mentorship_id = :m")
                .param("m", mentorshipId).query(Long.class).list());
        if (linked.isEmpty()) {
            return List.of();
        }
        return plans.goalTitles(linked).entrySet().stream().map(e -> new LinkedGoal(e.getKey(), e.getValue())).toList();
    }

    private MentorshipView writable(CurrentUser user, long mentorshipId) {
        MentorshipView m = mentorships.get(user, mentorshipId);
        if (!inThePair(user, m)) {
            throw new ForbiddenException("Only the mentor and the mentee write in their mentorship.");
        }
        if (!m.current()) {
            throw new ConflictException("This mentorship has ended; its journal is read-only.");
        }
        return m;
    }

    static boolean inThePair(CurrentUser user, MentorshipView m) {
        return user.personId() == m.mentorId() || user.personId() == m.menteeId();
    }
}
