package com.pmocareer.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** Sessions and enrolments as pages and the API show them, and what they take. */
public final class SessionViews {

    private SessionViews() {
    }

    public record SessionView(long id, long courseId, String courseCode, String courseTitle, ZonedDateTime startsAt,
            ZonedDateTime endsAt, String timeZone, String location, String onlineUrl, String trainer, int capacity,
            LocalDate enrolmentDeadline, int seatsTaken, int waitlisted, int pendingApproval, boolean cancelled,
            long version) {

        public int seatsLeft() {
            return Math.max(0, capacity - seatsTaken);
        }

        public boolean full() {
            return seatsTaken >= capacity;
        }
    }

    /** Start and end are wall-clock times in {@code timeZone} (an IANA zone such as Europe/Berlin). */
    public record SessionCommand(LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, String location,
            String onlineUrl, String trainer, Integer capacity, LocalDate enrolmentDeadline) {
    }

    public record EnrollmentView(long id, long sessionId, long courseId, String courseCode, String courseTitle,
            long personId, String personName, EnrollmentStatus status, ZonedDateTime startsAt, ZonedDateTime endsAt,
            String location, String onlineUrl, Integer waitlistPosition, BigDecimal score, LocalDate completedOn,
            String certificateName, String decisionNote, long version) {

        public String statusLabel() {
            return status.label();
        }
    }

    public record EnrolCommand(Long personId) {
    }

    public record CompletionCommand(BigDecimal score, LocalDate completedOn) {
    }

}
