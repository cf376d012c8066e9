package com.pmocareer.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What a mentorship's agreement, sessions, action items and feedback take and show. */
public final class JournalViews {

    private JournalViews() {
    }

    public record AgreementCommand(String goals, List<Long> developmentGoalIds, Integer cadenceDays, LocalDate plannedEnd) {
    }

    public record ActionCommand(String description, Long ownerId, LocalDate dueOn) {
    }

    /** {@code startsAt} with its offset, e.g. 2026-12-01T10:00:00+01:00. */
    public record SessionCommand(OffsetDateTime startsAt, Integer durationMinutes, String topics, String notes,
            List<ActionCommand> actions) {
    }

    /** Feedback on a session ({@code sessionId}) or on a month ({@code monthOf}, any day of it). */
    public record FeedbackCommand(Long sessionId, LocalDate monthOf, Integer rating, String comment) {
    }

    public record CloseOutCommand(String summary) {
    }

    public record LinkedGoal(long id, String title) {
    }

    public record ActionView(long id, long sessionId, String description, long ownerId, String ownerName, LocalDate dueOn,
            boolean done, boolean overdue) {
    }

    /** {@code notes} is null for anyone outside the pair. */
    public record SessionView(long id, OffsetDateTime startsAt, int durationMinutes, String topics, String notes,
            List<ActionView> actions) {
    }

    public enum FeedbackKind {
        SESSION, MONTHLY
    }

    public record FeedbackView(long id, FeedbackKind kind, Long sessionId, LocalDate monthOf, long fromPersonId,
            String fromName, boolean fromMentor, int rating, String comment, Instant givenAt) {
    }

    /**
     * A mentorship with everything about it the viewer may see. {@code nextSessionDue}: the last session plus the
     * agreed cadence, or the start plus the cadence before the first.
     */
    public record MentorshipPage(MentorshipView mentorship, String goals, List<LinkedGoal> linkedGoals, Integer cadenceDays,
            LocalDate plannedEnd, String closeOut, List<SessionView> sessions, List<FeedbackView> feedback,
            LocalDate nextSessionDue, boolean inThePair, boolean mayWrite) {
    }
}
