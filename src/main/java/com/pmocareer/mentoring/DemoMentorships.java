package com.pmocareer.mentoring;

import com.pmocareer.people.DemoPmoLoaded;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo PMO's pairs. Aisha (junior2) has no mentor yet: the lead's matching starts there. */
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

    @EventListener
    @Order(1)
    void on(DemoPmoLoaded demo) {
        MENTOR_OF.forEach((mentee, mentor) -> jdbc.sql("""
                INSERT INTO mentorship (mentor_id, mentee_id, started_on, version) VALUES (:mentor, :mentee, :from, 0)""")
                .param("mentor", demo.id(mentor)).param("mentee", demo.id(mentee))
                .param("from", demo.today().minusMonths(2 + mentee.length() % 5)).update());
    }
}
