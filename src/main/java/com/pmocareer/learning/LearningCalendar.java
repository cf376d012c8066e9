package com.pmocareer.learning;

import com.pmocareer.learning.SessionViews.EnrollmentView;
import com.pmocareer.notification.CalendarEntry;
import com.pmocareer.notification.CalendarEntrySource;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The sessions a person holds a seat in, as timed entries of their calendar feed. */
@Component
class LearningCalendar implements CalendarEntrySource {

    private final SessionStore sessions;

    LearningCalendar(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public List<CalendarEntry> entriesFor(long personId, LocalDate from) {
        return sessions.enrollmentsOfPerson(personId).stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED || e.status() == EnrollmentStatus.ATTENDED)
                .filter(e -> !e.endsAt().toLocalDate().isBefore(from))
                .map(LearningCalendar::entry).toList();
    }

    private static CalendarEntry entry(EnrollmentView enrollment) {
        String where = enrollment.location() != null ? enrollment.location() : enrollment.onlineUrl();
        String description = enrollment.onlineUrl() != null ? "Join: " + enrollment.onlineUrl() : "Course " + enrollment.courseCode();
        return CalendarEntry.timed("course-session-" + enrollment.sessionId() + "@pmo-career", "Course: " + enrollment.courseTitle(),
                description, enrollment.startsAt(), enrollment.endsAt(), where);
    }
}
