package com.pmocareer.competency;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the evidence other modules publish. Evidence does not set a level by itself — a mentor or lead does, by
 * rating — but the profile shows it and flags competencies with evidence newer than their last rating.
 */
@Component
class EvidenceLedger {

    private static final Logger log = LoggerFactory.getLogger(EvidenceLedger.class);

    private final JdbcClient jdbc;
    private final CompetencyFramework framework;
    private final Clock clock;

    EvidenceLedger(JdbcClient jdbc, CompetencyFramework framework, Clock clock) {
        this.jdbc = jdbc;
        this.framework = framework;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(EvidenceRecorded evidence) {
        record(evidence);
    }

    /** Stores the evidence once per source record; redelivery and unknown competencies change nothing. */
    boolean record(EvidenceRecorded evidence) {
        if (framework.current().competency(evidence.competencyCode()).isEmpty()) {
            log.warn("Evidence {} {} names the unknown competency {}; ignored", evidence.source(), evidence.sourceId(),
                    evidence.competencyCode());
            return false;
        }
        boolean known = jdbc.sql("""
                SELECT COUNT(*) FROM competency_evidence
                 WHERE source = :source AND source_id = :sourceId AND person_id = :person AND competency_code = :code""")
                .param("source", evidence.source()).param("sourceId", evidence.sourceId())
                .param("person", evidence.personId()).param("code", evidence.competencyCode())
                .query(Long.class).single() > 0;
        if (known) {
            return false;
        }
        jdbc.sql("""
                INSERT INTO competency_evidence (person_id, competency_code, level, source, source_id, recorded_at)
                VALUES (:person, :code, :level, :source, :sourceId, :at)""")
                .param("person", evidence.personId()).param("code", evidence.competencyCode())
                .param("level", evidence.level()).param("source", evidence.source())
                .param("sourceId", evidence.sourceId())
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).update();
        return true;
    }

    List<EvidenceView> of(long personId, String competencyCode) {
        return jdbc.sql("""
                SELECT competency_code, level, source, source_id, recorded_at FROM competency_evidence
                 WHERE person_id = :person AND competency_code = :code ORDER BY recorded_at DESC""")
                .param("person", personId).param("code", competencyCode)
                .query((rs, n) -> new EvidenceView(rs.getString(1), rs.getObject(2, Integer.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }
}
