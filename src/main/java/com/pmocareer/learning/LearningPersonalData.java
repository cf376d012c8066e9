package com.pmocareer.learning;

import com.pmocareer.people.PersonalDataContributor;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's enrolments, learning records, activities, exemptions and xAPI statements in a GDPR export. Erasure drops
 * free texts, evidence files, certificates and the raw statements, and keeps dates, hours and statuses for statistics.
 */
@Component
class LearningPersonalData implements PersonalDataContributor {

    static final String ERASED = "[erased]";

    private final JdbcClient jdbc;

    LearningPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "learning";
    }

    @Override
    public Object export(long personId) {
        return Map.of(
                "enrollments", jdbc.sql("""
                        SELECT c.title, s.starts_at, e.status, e.score, e.completed_on, e.decision_note, e.cancel_reason
                          FROM enrollment e JOIN course_session s ON s.id = e.session_id JOIN course c ON c.id = s.course_id
                         WHERE e.person_id = :id ORDER BY s.starts_at""").param("id", personId).query().listOfRows(),
                "records", jdbc.sql("""
                        SELECT kind, title, verb, occurred_on, hours, score, source FROM learning_record
                         WHERE person_id = :id ORDER BY occurred_on""").param("id", personId).query().listOfRows(),
                "activities", jdbc.sql("""
                        SELECT kind, title, provider, description, occurred_on, hours, category, evidence_url, status
                          FROM learning_activity WHERE person_id = :id ORDER BY occurred_on""").param("id", personId)
                        .query().listOfRows(),
                "exemptions", jdbc.sql("""
                        SELECT r.name, x.reason, x.approved_at, x.until_on FROM compliance_exemption x
                          JOIN compliance_requirement r ON r.id = x.requirement_id WHERE x.person_id = :id""")
                        .param("id", personId).query().listOfRows(),
                "xapiStatements", jdbc.sql("SELECT statement_id, verb_iri, activity_iri, occurred_at, status FROM xapi_statement WHERE person_id = :id")
                        .param("id", personId).query().listOfRows());
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("""
                UPDATE enrollment SET decision_note = NULL, cancel_reason = NULL, certificate = NULL, certificate_name = NULL,
                       certificate_type = NULL WHERE person_id = :id""").param("id", personId).update();
        jdbc.sql("""
                UPDATE learning_activity SET title = :erased, provider = NULL, description = NULL, evidence_url = NULL,
                       evidence = NULL, evidence_name = NULL, evidence_type = NULL WHERE person_id = :id""")
                .param("erased", ERASED).param("id", personId).update();
        jdbc.sql("UPDATE compliance_exemption SET reason = :erased WHERE person_id = :id").param("erased", ERASED)
                .param("id", personId).update();
        jdbc.sql("UPDATE xapi_statement SET body = '{}', actor_mbox = NULL WHERE person_id = :id").param("id", personId).update();
    }
}
