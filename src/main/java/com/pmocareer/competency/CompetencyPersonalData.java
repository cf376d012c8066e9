package com.pmocareer.competency;

import com.pmocareer.people.PersonalDataContributor;
import java.util.LinkedHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's ratings, derived levels and evidence in a GDPR export; erasure removes the free-text comments. */
@Component
class CompetencyPersonalData implements PersonalDataContributor {

    private final JdbcClient jdbc;
    private final FrameworkStore frameworks;

    CompetencyPersonalData(JdbcClient jdbc, FrameworkStore frameworks) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
    }

    @Override
    public String section() {
        return "competency";
    }

    @Override
    public Object export(long personId) {
        var data = new LinkedHashMap<String, Object>();
        data.put("ratingsReceived", jdbc.sql("""
                SELECT competency_code, rater_role, level, comment, evidence_links, rated_at FROM assessment
                 WHERE person_id = :id AND rater_role <> 'PEER' ORDER BY rated_at""").param("id", personId)
                .query().listOfRows());
        data.put("ratingsGiven", jdbc.sql("""
                SELECT person_id, competency_code, rater_role, level, comment, rated_at FROM assessment
                 WHERE rater_id = :id ORDER BY rated_at""").param("id", personId).query().listOfRows());
        data.put("currentLevels", jdbc.sql("""
                SELECT competency_code, level, self_level, peer_level, diverges, assessed_at FROM competency_proficiency
                 WHERE person_id = :id ORDER BY competency_code""").param("id", personId).query().listOfRows());
        data.put("evidence", jdbc.sql("""
                SELECT competency_code, level, source, source_id, recorded_at FROM competency_evidence
                 WHERE person_id = :id ORDER BY recorded_at""").param("id", personId).query().listOfRows());
        return data;
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("UPDATE assessment SET comment = NULL, evidence_links = NULL WHERE person_id = :id OR rater_id = :id")
                .param("id", personId).update();
        jdbc.sql("UPDATE competency_evidence SET description = NULL WHERE person_id = :id").param("id", personId).update();
        // A published version names the admin who published it; the erased name must not linger in the cache.
        frameworks.forgetCached();
    }
}
