package com.pmocareer.onboarding;

import com.pmocareer.notification.CalendarEntry;
import com.pmocareer.notification.CalendarEntrySource;
import com.pmocareer.people.MentorRelations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open onboarding tasks in a person's calendar: their own as a new hire, their mentees' mentor tasks, and the lead
 * tasks of the people they line-manage.
 */
@Component
class OnboardingCalendar implements CalendarEntrySource {

    private final JdbcClient jdbc;
    private final MentorRelations mentors;

    OnboardingCalendar(JdbcClient jdbc, MentorRelations mentors) {
        this.jdbc = jdbc;
        this.mentors = mentors;
    }

    @Override
    public List<CalendarEntry> entriesFor(long personId, LocalDate from) {
        var entries = new ArrayList<CalendarEntry>();
        entries.addAll(tasks("p.person_id = :person AND t.owner_role = 'NEW_HIRE'", personId, Set.of(), from));
        Set<Long> mentees = mentors.currentMenteesOf(personId);
        if (!mentees.isEmpty()) {
            entries.addAll(tasks("p.person_id IN (:mentees) AND t.owner_role = 'MENTOR'", personId, mentees, from));
        }
        entries.addAll(tasks("person.line_manager_id = :person AND t.owner_role = 'LEAD'", personId, Set.of(), from));
        return entries;
    }

    private List<CalendarEntry> tasks(String condition, long personId, Set<Long> mentees, LocalDate from) {
        var query = jdbc.sql("""
                SELECT t.id, t.title, t.description, t.due_on, person.full_name, p.person_id
                  FROM onboarding_task t
                  JOIN onboarding_plan p ON p.id = t.plan_id
                  JOIN person person ON person.id = p.person_id
                 WHERE p.status = 'ACTIVE' AND t.status = 'OPEN' AND t.due_on >= :from AND """ + " " + condition
                + " ORDER BY t.due_on").param("person", personId).param("from", from);
        if (!mentees.isEmpty()) {
            query = query.param("mentees", mentees);
        }
        return query.query((rs, n) -> {
            boolean own = rs.getLong("person_id") == personId;
            String title = "Onboarding: " + rs.getString("title") + (own ? "" : " (" + rs.getString("full_name") + ")");
            return CalendarEntry.allDay("onboarding-task-" + rs.getLong("id") + "@pmo-career", title,
                    rs.getString("description"), rs.getObject("due_on", LocalDate.class));
        }).list();
    }
}
