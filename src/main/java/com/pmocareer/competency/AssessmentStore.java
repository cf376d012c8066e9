package com.pmocareer.competency;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Ratings, append-only. Evidence links are kept newline-separated. */
@Repository
class AssessmentStore {

    private static final String SELECT = """
            SELECT a.*, c.name AS competency_name, f.number AS framework_number, r.full_name AS rater_name
              FROM assessment a
              JOIN competency c ON c.id = a.competency_id
              JOIN framework_version f ON f.id = c.framework_version_id
              JOIN person r ON r.id = a.rater_id
            """;

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long personId, Framework.Competency competency, long raterId, RaterRole role, int level,
            String comment, List<String> links, Long roundId, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO assessment (person_id, competency_id, competency_code, rater_id, rater_role, level, comment,
                                        evidence_links, round_id, rated_at)
                VALUES (:person, :competency, :code, :rater, :role, :level, :comment, :links, :round, :at)""")
                .param("person", personId).param("competency", competency.id()).param("code", competency.code())
                .param("rater", raterId).param("role", role.name()).param("level", level)
                .param("comment", comment == null || comment.isBlank() ? null : comment.trim())
                .param("links", links.isEmpty() ? null : String.join("\n", links))
                .param("round", roundId).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Ratings outside rounds and from closed rounds, newest first; peer ratings only ever count in aggregate. */
    List<AssessmentView> history(long personId, String competencyCode) {
        return jdbc.sql(SELECT + """
                 LEFT JOIN assessment_round ar ON ar.id = a.round_id
                 WHERE a.person_id = :person AND a.rater_role <> 'PEER'
                   AND (a.round_id IS NULL OR ar.closed_at IS NOT NULL)""" + (competencyCode == null ? "" : " AND a.competency_code = :code")
                + " ORDER BY a.rated_at DESC, a.id DESC")
                .param("person", personId).params(competencyCode == null ? java.util.Map.of() : java.util.Map.of("code", competencyCode))
                .query((rs, n) -> row(rs)).list();
    }

    List<AssessmentView> ofRound(long roundId) {
        return jdbc.sql(SELECT + " WHERE a.round_id = :round ORDER BY a.competency_code, a.rater_role")
                .param("round", roundId).query((rs, n) -> row(rs)).list();
    }

    private static AssessmentView row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String links = rs.getString("evidence_links");
        return new AssessmentView(rs.getLong("id"), rs.getLong("person_id"), rs.getString("competency_code"),
                rs.getString("competency_name"), rs.getInt("framework_number"), rs.getLong("rater_id"),
                rs.getString("rater_name"), RaterRole.valueOf(rs.getString("rater_role")), rs.getInt("level"),
                rs.getString("comment"), links == null ? List.of() : Arrays.asList(links.split("\n")),
                rs.getObject("round_id", Long.class), rs.getObject("rated_at", OffsetDateTime.class).toInstant());
    }
}
