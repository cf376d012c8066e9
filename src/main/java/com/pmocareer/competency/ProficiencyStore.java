package com.pmocareer.competency;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The derived current levels, kept up to date by applying {@link ProficiencyRule} whenever ratings change. */
@Repository
class ProficiencyStore {

    private final JdbcClient jdbc;
    private final ReadinessTallies tallies;
    private final ApplicationEventPublisher events;

    ProficiencyStore(JdbcClient jdbc, ReadinessTallies tallies, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tallies = tallies;
        this.events = events;
    }

    /** Derives the person's level in the competency again; publishes {@link ProficiencyChanged} when it moved. */
    void rederive(long personId, String competencyCode) {
        var ratings = jdbc.sql("""
                SELECT a.rater_role, a.level, a.rated_at, a.rater_id FROM assessment a
                  LEFT JOIN assessment_round r ON r.id = a.round_id
                 WHERE a.person_id = :person AND a.competency_code = :code
                   AND (a.round_id IS NULL OR r.closed_at IS NOT NULL)""")
                .param("person", personId).param("code", competencyCode)
                .query((rs, n) -> new ProficiencyRule.Rating(RaterRole.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4)))
                .list();
        var derived = ProficiencyRule.derive(ratings);
        Integer previous = find(personId, competencyCode).map(Proficiency::level).orElse(null);
        var params = new HashMap<String, Object>();
        params.put("person", personId);
        params.put("code", competencyCode);
        params.put("level", derived.level());
        params.put("self", derived.selfLevel());
        params.put("peer", derived.peerLevel());
        params.put("diverges", derived.diverges());
        params.put("at", derived.assessedAt() == null ? null : derived.assessedAt().atOffset(ZoneOffset.UTC));
        int updated = jdbc.sql("""
                UPDATE competency_proficiency SET level = :level, self_level = :self, peer_level = :peer,
                       diverges = :diverges, assessed_at = :at
                 WHERE person_id = :person AND competency_code = :code""").params(params).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO competency_proficiency (person_id, competency_code, level, self_level, peer_level, diverges, assessed_at)
                    VALUES (:person, :code, :level, :self, :peer, :diverges, :at)""").params(params).update();
        }
        tallies.forget(personId);
        if (!java.util.Objects.equals(previous, derived.level())) {
            events.publishEvent(new ProficiencyChanged(personId, competencyCode, previous, derived.level()));
        }
    }

    Optional<Proficiency> find(long personId, String competencyCode) {
        return jdbc.sql("SELECT * FROM competency_proficiency WHERE person_id = :person AND competency_code = :code")
                .param("person", personId).param("code", competencyCode).query((rs, n) -> row(rs)).optional();
    }

    Map<String, Proficiency> of(long personId) {
        var byCode = new HashMap<String, Proficiency>();
        jdbc.sql("SELECT * FROM competency_proficiency WHERE person_id = :person").param("person", personId)
                .query(rs -> {
                    var p = row(rs);
                    byCode.put(p.competencyCode(), p);
                });
        return byCode;
    }

    /** Current levels of many people in one competency, for suggestions. */
    Map<Long, Integer> levelsIn(String competencyCode, Collection<Long> personIds) {
        var levels = new HashMap<Long, Integer>();
        if (personIds.isEmpty()) {
            return levels;
        }
        jdbc.sql("""
                SELECT person_id, level FROM competency_proficiency
                 WHERE competency_code = :code AND level IS NOT NULL AND person_id IN (:ids)""")
                .param("code", competencyCode).param("ids", personIds)
                .query(rs -> {
                    levels.put(rs.getLong(1), rs.getInt(2));
                });
        return levels;
    }

    private static Proficiency row(java.sql.ResultSet rs) throws java.sql.SQLException {
        var peer = rs.getBigDecimal("peer_level");
        Timestamp at = rs.getTimestamp("assessed_at");
        return new Proficiency(rs.getString("competency_code"), rs.getObject("level", Integer.class),
                rs.getObject("self_level", Integer.class), peer == null ? null : peer.doubleValue(),
                rs.getBoolean("diverges"), at == null ? null : at.toInstant());
    }
}
