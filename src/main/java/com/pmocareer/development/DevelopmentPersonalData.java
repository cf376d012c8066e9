package com.pmocareer.development;

import com.pmocareer.people.PersonalDataContributor;
import java.util.LinkedHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's plans, goals and check-ins in a GDPR export; erasure removes the free text written about them. */
@Component
class DevelopmentPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;

    DevelopmentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "development";
    }

    @Override
    public Object export(long personId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("plans", jdbc.sql("SELECT cycle, status, approved_at FROM development_plan WHERE person_id = :id ORDER BY cycle")
                .param("id", personId).query().listOfRows());
        data.put("goals", jdbc.sql("""
                SELECT d.cycle, g.title, g.measure, g.competency_code, g.target_level, g.due_on, g.status, g.completed_at
                  FROM development_goal g JOIN development_plan d ON d.id = g.plan_id
                 WHERE d.person_id = :id ORDER BY d.cycle, g.due_on""").param("id", personId).query().listOfRows());
        data.put("checkIns", jdbc.sql("""
                SELECT d.cycle, c.note, c.created_at FROM development_checkin c JOIN development_plan d ON d.id = c.plan_id
                 WHERE d.person_id = :id OR c.author_id = :id ORDER BY c.created_at""").param("id", personId)
                .query().listOfRows());
        return data;
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("""
                UPDATE development_checkin SET note = '[erased]'
                 WHERE author_id = :id OR plan_id IN (SELECT id FROM development_plan WHERE person_id = :id)""")
                .param("id", personId).update();
        jdbc.sql("""
                UPDATE development_goal SET title = '[erased]', measure = '[erased]'
                 WHERE plan_id IN (SELECT id FROM development_plan WHERE person_id = :id)""").param("id", personId).update();
        jdbc.sql("""
                UPDATE development_action SET description = '[erased]', reference_id = NULL
                 WHERE goal_id IN (SELECT g.id FROM development_goal g JOIN development_plan d ON d.id = g.plan_id
                                    WHERE d.person_id = :id)""").param("id", personId).update();
    }
}
