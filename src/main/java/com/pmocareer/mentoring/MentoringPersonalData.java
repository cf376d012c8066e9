package com.pmocareer.mentoring;

import com.pmocareer.people.PersonalDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's mentorships with their journals, mentor profile and matching preferences in a GDPR export. Erasure ends
 * the person's current mentorships that day and removes session notes, feedback comments, the profile, the
 * preferences and the person's places in matching proposals.
 */
@Component
class MentoringPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;
    private final Clock clock;

    MentoringPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "mentoring";
    }

    @Override
    public Object export(long personId) {
        var data = new java.util.LinkedHashMap<String, Object>();
        data.put("mentorships", jdbc.sql("""
                SELECT id, CASE WHEN mentee_id = :id THEN 'MENTEE' ELSE 'MENTOR' END AS role, started_on, ended_on, goals,
                       cadence_days, planned_end, close_out
                  FROM mentorship WHERE mentee_id = :id OR mentor_id = :id ORDER BY started_on""")
                .param("id", personId).query().listOfRows());
        data.put("sessions", jdbc.sql("""
                SELECT s.mentorship_id, s.starts_at, s.duration_minutes, s.topics, s.notes FROM mentoring_session s
                  JOIN mentorship m ON m.id = s.mentorship_id WHERE m.mentee_id = :id OR m.mentor_id = :id ORDER BY s.starts_at""")
                .param("id", personId).query().listOfRows());
        data.put("actionItems", jdbc.sql("""
                SELECT description, due_on, done_at FROM mentoring_action WHERE owner_id = :id ORDER BY due_on""")
                .param("id", personId).query().listOfRows());
        data.put("feedbackGiven", jdbc.sql("""
                SELECT mentorship_id, kind, rating, comment, month_of, given_at FROM mentoring_feedback
                 WHERE from_person_id = :id ORDER BY given_at""").param("id", personId).query().listOfRows());
        data.put("mentorProfile", jdbc.sql("SELECT capacity, availability, languages, time_zone, location, topics FROM mentor_profile"
                + " WHERE person_id = :id").param("id", personId).query().listOfRows());
        data.put("matchingPreferences", jdbc.sql("SELECT languages, time_zone, topics FROM mentee_preference WHERE person_id = :id")
                .param("id", personId).query().listOfRows());
        return data;
    }

    @Override
    public void erase(long personId) {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                UPDATE mentorship SET ended_on = :today, version = version + 1
                 WHERE (mentee_id = :id OR mentor_id = :id) AND (ended_on IS NULL OR ended_on > :today)""")
                .param("today", today).param("id", personId).update();
        jdbc.sql("""
                UPDATE mentoring_session SET notes = NULL
                 WHERE mentorship_id IN (SELECT id FROM mentorship WHERE mentee_id = :id OR mentor_id = :id)""")
                .param("id", personId).update();
        jdbc.sql("UPDATE mentoring_feedback SET comment = NULL WHERE from_person_id = :id").param("id", personId).update();
        jdbc.sql("DELETE FROM mentor_strength WHERE person_id = :id").param("id", personId).update();
        jdbc.sql("DELETE FROM mentor_profile WHERE person_id = :id").param("id", personId).update();
        jdbc.sql("DELETE FROM mentee_preference WHERE person_id = :id").param("id", personId).update();
        jdbc.sql("UPDATE matching_pair SET mentor_id = NULL, score = NULL, reasons = 'erased' WHERE mentor_id = :id")
                .param("id", personId).update();
    }
}
