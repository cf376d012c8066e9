package com.pmocareer.mentoring;

import com.pmocareer.people.DemoPmoLoaded;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo PMO's pairs and mentor profiles. Aisha (junior2) and Noah (junior12) have no mentor yet: the lead's matching
 * starts there, and Sofia and Elena each have one place left. Liam's mentorship with Sofia has an agreement, two months
 * of fortnightly sessions with action items (one overdue) and feedback both ways; Tomás had Marcus before, a
 * mentorship closed with a review.
 */
@Component
class DemoMentorships {

    static final Map<String, String> MENTOR_OF = Map.ofEntries(
            Map.entry("junior@pmo.example", "mentor@pmo.example"),
            Map.entry("junior3@pmo.example", "mentor@pmo.example"),
            Map.entry("junior4@pmo.example", "mentor@pmo.example"),
            Map.entry("junior5@pmo.example", "mentor2@pmo.example"),
            Map.entry("junior6@pmo.example", "mentor2@pmo.example"),
            Map.entry("junior7@pmo.example", "mentor2@pmo.example"),
            Map.entry("junior8@pmo.example", "mentor3@pmo.example"),
            Map.entry("junior9@pmo.example", "mentor3@pmo.example"),
            Map.entry("junior10@pmo.example", "mentor4@pmo.example"),
            Map.entry("junior11@pmo.example", "mentor4@pmo.example"));

    private final JdbcClient jdbc;

    DemoMentorships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record DemoProfile(String mentor, int capacity, String languages, String zone, boolean crossTeam, String availability) {
    }

    static final java.util.List<DemoProfile> PROFILES = java.util.List.of(
            new DemoProfile("mentor@pmo.example", 4, "en,sv", "Europe/Stockholm", true, "Tuesday and Thursday afternoons"),
            new DemoProfile("mentor2@pmo.example", 3, "en,zh", "Europe/London", true, "Mornings"),
            new DemoProfile("mentor3@pmo.example", 3, "en,ru,de", "Europe/Berlin", true, "Fridays"),
            new DemoProfile("mentor4@pmo.example", 2, "en", "Europe/Dublin", false, "Monday lunchtime"));

    @EventListener
    @Order(1)
    void on(DemoPmoLoaded demo) {
        LocalDate today = demo.today();
        MENTOR_OF.forEach((mentee, mentor) -> jdbc.sql("""
                INSERT INTO mentorship (mentor_id, mentee_id, started_on, version) VALUES (:mentor, :mentee, :from, 0)""")
                .param("mentor", demo.id(mentor)).param("mentee", demo.id(mentee))
                .param("from", today.minusMonths(2 + mentee.length() % 5)).update());
        PROFILES.forEach(p -> jdbc.sql("""
                INSERT INTO mentor_profile (person_id, capacity, availability, languages, time_zone, cross_team_welcome,
                       strengths_edited, updated_at, version)
                VALUES (:id, :capacity, :availability, :languages, :zone, :crossTeam, FALSE, :now, 0)""")
                .param("id", demo.id(p.mentor())).param("capacity", p.capacity()).param("availability", p.availability())
                .param("languages", p.languages()).param("zone", p.zone()).param("crossTeam", p.crossTeam())
                .param("now", OffsetDateTime.now()).update());
        jdbc.sql("""
                INSERT INTO mentee_preference (person_id, languages, time_zone, topics, updated_at)
                VALUES (:id, 'en,bn', 'Europe/Berlin', 'Stakeholder management, agile delivery', :now)""")
                .param("id", demo.id("junior2@pmo.example")).param("now", OffsetDateTime.now()).update();
        journalOfLiam(demo, today);
        closedMentorshipOfTomas(demo, today);
    }

    private void journalOfLiam(DemoPmoLoaded demo, LocalDate today) {
        long liam = demo.id("junior@pmo.example");
        long sofia = demo.id("mentor@pmo.example");
        long mentorship = jdbc.sql("SELECT id FROM mentorship WHERE mentee_id = :m").param("m", liam).query(Long.class).single();
        jdbc.sql("""
                UPDATE mentorship SET goals = :goals, cadence_days = 14, planned_end = :end WHERE id = :id""")
                .param("goals", "Run the steering committee of the data centre consolidation on my own; get ready for the "
                        + "PMP exam; practise negotiation with vendors.")
                .param("end", today.plusMonths(6)).param("id", mentorship).update();
        String[] topics = {"Getting started: goals and ways of working", "Preparing the steering committee",
                "Vendor negotiation role-play", "Risk register review", "Lessons from the SOC roll-out"};
        for (int i = 0; i < topics.length; i++) {
            var at = today.minusDays(10 + 14L * (topics.length - 1 - i)).atTime(14, 0).atOffset(ZoneOffset.ofHours(1));
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO mentoring_session (mentorship_id, starts_at, duration_minutes, topics, notes, created_by,
                           created_at, version)
                    VALUES (:m, :at, 60, :topics, :notes, :by, :at, 0)""")
                    .param("m", mentorship).param("at", at).param("topics", topics[i])
                    .param("notes", "Talked it through; Liam takes the lead next time.").param("by", sofia).update(keys, "id");
            long session = keys.getKey().longValue();
            jdbc.sql("""
                    INSERT INTO mentoring_action (session_id, description, owner_id, due_on, done_at)
                    VALUES (:s, :description, :owner, :due, :done)""")
                    .param("s", session).param("description", i == topics.length - 1 ? "Draft the lessons-learned summary"
                            : "Follow up: " + topics[i].toLowerCase()).param("owner", liam)
                    .param("due", at.toLocalDate().plusDays(7))
                    .param("done", i == topics.length - 1 ? null : at.plusDays(5)).update();
            jdbc.sql("""
                    INSERT INTO mentoring_feedback (mentorship_id, session_id, from_person_id, rating, comment, kind, given_at)
                    VALUES (:m, :s, :from, :rating, :comment, 'SESSION', :at)""")
                    .param("m", mentorship).param("s", session).param("from", liam).param("rating", 4 + i % 2)
                    .param("comment", "Useful and concrete.").param("at", at.plusHours(2)).update();
        }
        jdbc.sql("""
                INSERT INTO mentoring_feedback (mentorship_id, from_person_id, rating, comment, month_of, kind, given_at)
                VALUES (:m, :from, 4, :comment, :month, 'MONTHLY', :at)""")
                .param("m", mentorship).param("from", sofia).param("comment", "Liam prepares well; next: speak up earlier in steering meetings.")
                .param("month", today.minusMonths(1).withDayOfMonth(1)).param("at", OffsetDateTime.now()).update();
    }

    private void closedMentorshipOfTomas(DemoPmoLoaded demo, LocalDate today) {
        jdbc.sql("""
                INSERT INTO mentorship (mentor_id, mentee_id, started_on, ended_on, goals, cadence_days, close_out, version)
                VALUES (:mentor, :mentee, :from, :to, :goals, 30, :closeOut, 1)""")
                .param("mentor", demo.id("mentor2@pmo.example")).param("mentee", demo.id("junior3@pmo.example"))
                .param("from", today.minusMonths(16)).param("to", today.minusMonths(7))
                .param("goals", "Learn the PMO's reporting and change control.")
                .param("closeOut", "Goals met: Tomás reports weekly without help and runs change control on CLD-AZ-26.")
                .update();
    }
}
