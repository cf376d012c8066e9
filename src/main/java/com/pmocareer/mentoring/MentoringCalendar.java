package com.pmocareer.mentoring;

import com.pmocareer.notification.CalendarEntry;
import com.pmocareer.notification.CalendarEntrySource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Mentoring sessions in both the mentor's and the mentee's calendar feed, and their open action items as all-day entries. */
@Component
class MentoringCalendar implements CalendarEntrySource {

    private final JdbcClient jdbc;

    MentoringCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarEntry> entriesFor(long personId, LocalDate from) {
        var sessions = jdbc.sql("""
                SELECT s.id, s.starts_at, s.duration_minutes, s.topics, m.mentor_id, mentor.full_name AS mentor_name,
                       mentee.full_name AS mentee_name
                  FROM mentoring_session s JOIN mentorship m ON m.id = s.mentorship_id
                  JOIN person mentor ON mentor.id = m.mentor_id JOIN person mentee ON mentee.id = m.mentee_id
                 WHERE (m.mentor_id = :person OR m.mentee_id = :person) AND s.starts_at >= :from""")
                .param("person", personId).param("from", from.atStartOfDay().atOffset(ZoneOffset.UTC))
                .query((rs, n) -> {
                    var start = rs.getObject("starts_at", OffsetDateTime.class).atZoneSameInstant(ZoneOffset.UTC);
                    String with = rs.getLong("mentor_id") == personId ? rs.getString("mentee_name") : rs.getString("mentor_name");
                    return CalendarEntry.timed("mentoring-session-" + rs.getLong("id") + "@pmo-career",
                            "Mentoring with " + with, rs.getString("topics"), start,
                            start.plusMinutes(rs.getInt("duration_minutes")), null);
                }).list();
        var actions = jdbc.sql("""
                SELECT id, description, due_on FROM mentoring_action WHERE owner_id = :person AND done_at IS NULL
                   AND due_on >= :from""")
                .param("person", personId).param("from", from)
                .query((rs, n) -> CalendarEntry.allDay("mentoring-action-" + rs.getLong("id") + "@pmo-career",
                        "Mentoring action: " + rs.getString("description"), "From a mentoring session",
                        rs.getObject("due_on", LocalDate.class))).list();
        return java.util.stream.Stream.concat(sessions.stream(), actions.stream()).toList();
    }
}
