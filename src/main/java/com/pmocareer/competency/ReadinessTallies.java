package com.pmocareer.competency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per person, how many required competencies of a level they meet — counted once and kept until their ratings, their
 * level or the level's requirements change. A cache in the database: losing a row only costs a recount.
 */
@Repository
class ReadinessTallies {

    private static final Logger log = LoggerFactory.getLogger(ReadinessTallies.class);
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    ReadinessTallies(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Required competencies met per person for the level; counts what is not kept yet, and keeps it. */
    Map<Long, Integer> met(List<Long> personIds, String levelCode, Map<String, Integer> required) {
        var met = new HashMap<Long, Integer>();
        if (required.isEmpty()) {
            return met;
        }
        String signature = signature(levelCode, required);
        for (var chunk : chunks(personIds)) {
            jdbc.sql("SELECT person_id, met FROM readiness_tally WHERE person_id IN (:ids) AND level_code = :level AND signature = :signature")
                    .param("ids", chunk).param("level", levelCode).param("signature", signature)
                    .query(rs -> {
                        met.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        var missing = personIds.stream().filter(id -> !met.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            var counted = count(missing, required);
            keep(counted, levelCode, signature);
            met.putAll(counted);
        }
        return met;
    }

    /** A person's ratings changed: their tally is counted again when next asked for. */
    void forget(long personId) {
        jdbc.sql("DELETE FROM readiness_tally WHERE person_id = :id").param("id", personId).update();
    }

    /**
     * Counts in the database: the levels are found by primary key for a chunk of people and compared with the
     * requirements inlined in the query, so that one number per person travels.
     */
    private Map<Long, Integer> count(List<Long> personIds, Map<String, Integer> required) {
        var sql = new StringBuilder("SELECT person_id, SUM(CASE competency_code");
        var params = new HashMap<String, Object>();
        int i = 0;
        for (var requirement : required.entrySet()) {
            sql.append(" WHEN :code").append(i).append(" THEN CASE WHEN level >= :level").append(i).append(" THEN 1 ELSE 0 END");
            params.put("code" + i, requirement.getKey());
            params.put("level" + i, requirement.getValue());
            i++;
        }
        sql.append(" ELSE 0 END) FROM competency_proficiency WHERE person_id IN (:ids) AND level IS NOT NULL GROUP BY person_id");
        var counted = new HashMap<Long, Integer>();
        personIds.forEach(id -> counted.put(id, 0));
        for (var chunk : chunks(personIds)) {
            params.put("ids", chunk);
            jdbc.sql(sql.toString()).params(params).query(rs -> {
                counted.put(rs.getLong(1), rs.getInt(2));
            });
        }
        return counted;
    }

    /** Written in a transaction of its own, so that a read-only caller can fill the cache and a clash harms nothing. */
    private void keep(Map<Long, Integer> counted, String levelCode, String signature) {
        try {
            separately.executeWithoutResult(status -> {
                for (var chunk : chunks(new ArrayList<>(counted.keySet()))) {
                    jdbc.sql("DELETE FROM readiness_tally WHERE person_id IN (:ids)").param("ids", chunk).update();
                }
                counted.forEach((id, met) -> jdbc.sql("""
                        INSERT INTO readiness_tally (person_id, level_code, signature, met)
                        VALUES (:id, :level, :signature, :met)""")
                        .param("id", id).param("level", levelCode).param("signature", signature).param("met", met).update());
            });
        } catch (DataAccessException concurrentlyKept) {
            log.debug("Another request kept these tallies first: {}", concurrentlyKept.getMessage());
        }
    }

    static String signature(String levelCode, Map<String, Integer> required) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((levelCode + new TreeMap<>(required)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        var chunks = new ArrayList<List<Long>>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(from + CHUNK, ids.size())));
        }
        return chunks;
    }
}
