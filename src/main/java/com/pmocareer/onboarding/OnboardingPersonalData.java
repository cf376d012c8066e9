package com.pmocareer.onboarding;

import com.pmocareer.people.PersonalDataContributor;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's onboarding plans, task notes, reviews and acknowledgements in a GDPR export; erasure removes the free
 * texts (notes, review answers) and keeps dates and statuses for the programme's statistics.
 */
@Component
class OnboardingPersonalData implements PersonalDataContributor {

    static final String ERASED = "[erased]";

    private final JdbcClient jdbc;
    private final RunningPlans running;

    OnboardingPersonalData(JdbcClient jdbc, RunningPlans running) {
        this.jdbc = jdbc;
        this.running = running;
    }

    @Override
    public String section() {
        return "onboarding";
    }

    @Override
    public Object export(long personId) {
        return Map.of(
                "plans", jdbc.sql("SELECT id, start_date, status, started_at, finished_at FROM onboarding_plan WHERE person_id = :id ORDER BY started_at")
                        .param("id", personId).query().listOfRows(),
                "tasks", jdbc.sql("""
                        SELECT t.plan_id, t.title, t.due_on, t.status, t.closed_at, t.note FROM onboarding_task t
                          JOIN onboarding_plan p ON p.id = t.plan_id WHERE p.person_id = :id ORDER BY t.due_on""")
                        .param("id", personId).query().listOfRows(),
                "reviews", jdbc.sql("""
                        SELECT t.title, r.went_well, r.hard, r.support_needed, r.completed_at FROM onboarding_review r
                          JOIN onboarding_task t ON t.id = r.task_id JOIN onboarding_plan p ON p.id = t.plan_id
                         WHERE p.person_id = :id""").param("id", personId).query().listOfRows(),
                "acknowledgements", jdbc.sql("""
                        SELECT d.title, v.number, a.acknowledged_at FROM document_acknowledgement a
                          JOIN pmo_document_version v ON v.id = a.document_version_id JOIN pmo_document d ON d.id = v.document_id
                         WHERE a.person_id = :id ORDER BY a.acknowledged_at""").param("id", personId).query().listOfRows());
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("""
                UPDATE onboarding_task SET note = NULL WHERE note IS NOT NULL
                   AND plan_id IN (SELECT id FROM onboarding_plan WHERE person_id = :id)""").param("id", personId).update();
        jdbc.sql("""
                UPDATE onboarding_review SET went_well = :erased, hard = :erased, support_needed = :erased
                 WHERE task_id IN (SELECT t.id FROM onboarding_task t JOIN onboarding_plan p ON p.id = t.plan_id
                                    WHERE p.person_id = :id)""").param("erased", ERASED).param("id", personId).update();
        jdbc.sql("UPDATE onboarding_plan SET status = 'CANCELLED', active_person_id = NULL WHERE person_id = :id AND status = 'ACTIVE'")
                .param("id", personId).update();
        running.changed();
    }
}
