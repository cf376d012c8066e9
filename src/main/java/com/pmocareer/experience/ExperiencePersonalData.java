package com.pmocareer.experience;

import com.pmocareer.people.PersonalDataContributor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's assignments, experience log and work products (without file contents) in a GDPR export. Erasure removes
 * the log's free text and the work products with their reviews; assignments stay, since a project's history needs them
 * and the person record itself is anonymised.
 */
@Component
class ExperiencePersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;

    ExperiencePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "experience";
    }

    @Override
    public Object export(long personId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("assignments", jdbc.sql("""
                SELECT p.code AS project, a.assignment_role, a.allocation, a.starts_on, a.ends_on, a.planned_hours
                  FROM project_assignment a JOIN project p ON p.id = a.project_id WHERE a.person_id = :id ORDER BY a.starts_on""")
                .param("id", personId).query().listOfRows());
        data.put("experienceLog", jdbc.sql("""
                SELECT occurred_on, until_on, hours, process_group, activity, ceremony, ceremony_role, description, status, source
                  FROM experience_entry WHERE person_id = :id ORDER BY occurred_on""")
                .param("id", personId).query().listOfRows());
        data.put("workProducts", jdbc.sql("""
                SELECT a.artifact_type, a.title, a.status, v.number, v.file_name, v.note, v.uploaded_at
                  FROM artifact a JOIN artifact_version v ON v.artifact_id = a.id WHERE a.person_id = :id
                 ORDER BY a.id, v.number""")
                .param("id", personId).query().listOfRows());
        data.put("reviewsGiven", jdbc.sql("""
                SELECT r.artifact_id, r.version_number, r.decision, r.summary, r.reviewed_at FROM artifact_review r
                 WHERE r.reviewer_id = :id ORDER BY r.reviewed_at""")
                .param("id", personId).query().listOfRows());
        return Map.copyOf(data);
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("UPDATE experience_entry SET description = NULL, activity = 'Erased' WHERE person_id = :id")
                .param("id", personId).update();
        jdbc.sql("DELETE FROM artifact WHERE person_id = :id").param("id", personId).update();
    }
}
