package com.pmocareer.experience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code experience_total}, the log summed per person by process group, ceremony and status, in step with the
 * entries: every change to a person's log rewrites that person's few rows in the same transaction.
 */
@Component
class ExperienceTotals {

    static final String NO_CEREMONY = "-";
    private static final String SUMS = """
            INSERT INTO experience_total (person_id, process_group, ceremony, ceremony_role, status, entries, hours)
            SELECT person_id, process_group, COALESCE(ceremony, '-'), COALESCE(ceremony_role, '-'), status, COUNT(*), SUM(hours)
              FROM experience_entry""";
    private static final String GROUPS = " GROUP BY person_id, process_group, COALESCE(ceremony, '-'), COALESCE(ceremony_role, '-'), status";

    private final JdbcClient jdbc;

    ExperienceTotals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void rebuild(long personId) {
        jdbc.sql("DELETE FROM experience_total WHERE person_id = :person").param("person", personId).update();
        jdbc.sql(SUMS + " WHERE person_id = :person" + GROUPS).param("person", personId).update();
    }

    /** Everyone's, after entries were written in bulk (the demo, the benchmark's generator). */
    static void rebuildAll(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM experience_total").update();
        jdbc.sql(SUMS + GROUPS).update();
    }
}
