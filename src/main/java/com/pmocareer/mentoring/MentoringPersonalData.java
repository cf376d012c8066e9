package com.pmocareer.mentoring;

import com.pmocareer.people.PersonalDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's mentorships in a GDPR export; an erased person's current mentorships end that day. */
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
        return Map.of("mentorships", jdbc.sql("""
                SELECT CASE WHEN mentee_id = :id THEN 'MENTEE' ELSE 'MENTOR' END AS role, started_on, ended_on
                  FROM mentorship WHERE mentee_id = :id OR mentor_id = :id ORDER BY started_on""")
                .param("id", personId).query().listOfRows());
    }

    @Override
    public void erase(long personId) {
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("""
                UPDATE mentorship SET ended_on = :today, version = version + 1
                 WHERE (mentee_id = :id OR mentor_id = :id) AND (ended_on IS NULL OR ended_on > :today)""")
                .param("today", today).param("id", personId).update();
    }
}
