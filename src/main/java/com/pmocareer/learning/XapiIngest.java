package com.pmocareer.learning;

import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes xAPI statements from an external LMS. A batch is all or nothing: one invalid statement refuses it whole with
 * the reasons. Each statement is kept once by its id (the same statement again changes nothing; a different one with
 * a used id is a conflict). {@code completed}/{@code passed} on a mapped activity completes the course; other verbs
 * become learning records; a statement whose actor or activity is unknown waits in the review queue, never lost.
 */
@Service
@Transactional(readOnly = true)
public class XapiIngest {

    public static final int MAX_BATCH = 500;

    public record ReviewItem(String statementId, OffsetDateTime receivedAt, String actorMbox, String verbIri,
            String activityIri, String reason) {
    }

    public record MappingView(String activityIri, long courseId, String courseTitle) {
    }

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final JsonMapper json;
    private final Catalog catalogService;
    private final LearningRecords records;
    private final AuditLog auditLog;
    private final Clock clock;

    XapiIngest(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, JsonMapper json, Catalog catalogService, LearningRecords records,
            AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
        this.catalogService = catalogService;
        this.records = records;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Stores a body of one statement or an array of them; answers the statement ids in order. */
    @Transactional
    public List<String> ingest(String body) {
        List<XapiStatement> statements = parse(body);
        Map<String, String> known = existingBodies(statements);
        var fresh = new ArrayList<XapiStatement>();
        var seen = new HashSet<String>();
        for (XapiStatement statement : statements) {
            String stored = known.get(statement.id());
            if (stored != null) {
                if (!same(stored, statement.body())) {
                    throw new ConflictException("Statement " + statement.id() + " exists with different content.");
                }
            } else if (seen.add(statement.id())) {
                fresh.add(statement);
            }
        }
        Map<String, Long> people = peopleByEmail(fresh);
        Map<String, Long> mappings = mappings(fresh);
        Map<Long, CourseView> courses = new HashMap<>();
        var rows = new ArrayList<Object[]>(fresh.size());
        var plain = new ArrayList<LearningRecords.StatementRecord>();
        var completions = new ArrayList<XapiStatement>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (XapiStatement statement : fresh) {
            Long personId = statement.email() == null ? null : people.get(statement.email());
            Long courseId = mappings.get(statement.activityIri());
            String reason = reviewReason(statement, personId, courseId);
            rows.add(new Object[] {statement.id(), now, statement.mbox(), statement.verbIri(), statement.activityIri(),
                statement.timestamp(), personId, courseId, reason == null ? "RECORDED" : "REVIEW", reason, body(statement)});
            if (reason != null) {
                continue;
            }
            if (statement.completion()) {
                completions.add(statement);
            } else {
                plain.add(new LearningRecords.StatementRecord(personId, courseId, statement.verbName(),
                        title(statement, courseId, courses), statement.timestamp().toLocalDate(), statement.id()));
            }
        }
        try {
            // Fresh statements only: the statement id keeps each one once, so rows are written in batches.
            jdbcTemplate.batchUpdate("""
                    INSERT INTO xapi_statement (statement_id, received_at, actor_mbox, verb_iri, activity_iri, occurred_at,
                                                person_id, course_id, status, reason, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, rows.size(), XapiIngest::bind);
            records.keepStatements(plain);
            for (XapiStatement statement : completions) {
                record(statement, people.get(statement.email()), mappings.get(statement.activityIri()), courses);
            }
        } catch (DuplicateKeyException sentTwiceAtOnce) {
            throw new ConflictException("Some of these statements were being stored by another request at the same moment;"
                    + " nothing of this request was stored. Send it again.");
        }
        return statements.stream().map(XapiStatement::id).toList();
    }

    private static void bind(java.sql.PreparedStatement insert, Object[] row) throws java.sql.SQLException {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                insert.setNull(i + 1, i == 6 || i == 7 ? java.sql.Types.BIGINT : java.sql.Types.VARCHAR);
            } else {
                insert.setObject(i + 1, row[i]);
            }
        }
    }

    private static String reviewReason(XapiStatement statement, Long personId, Long courseId) {
        if (personId == null) {
            return statement.email() == null ? "The actor has no mbox to match a person by."
                    : "No person has the e-mail " + statement.email() + ".";
        }
        return statement.completion() && courseId == null ? "The activity is not mapped to a catalog course." : null;
    }

    private String title(XapiStatement statement, Long courseId, Map<Long, CourseView> courses) {
        return courseId != null ? courses.computeIfAbsent(courseId, catalogService::get).title()
                : statement.activityName() != null ? statement.activityName() : statement.activityIri();
    }

    private static String body(XapiStatement statement) {
        return statement.body().length() > 20000 ? statement.body().substring(0, 20000) : statement.body();
    }

    private List<XapiStatement> parse(String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JacksonException malformed) {
            throw InvalidInputException.of("statements", "the body is not JSON");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw InvalidInputException.of("statements", "send a statement or an array of statements");
        }
        var problems = new ArrayList<FieldProblem>();
        var statements = new ArrayList<XapiStatement>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (root.isArray()) {
            if (root.size() > MAX_BATCH) {
                throw InvalidInputException.of("statements", "at most " + MAX_BATCH + " statements per request");
            }
            if (root.isEmpty()) {
                throw InvalidInputException.of("statements", "the array is empty");
            }
            int index = 0;
            for (JsonNode node : root) {
                statements.add(XapiStatement.read(node, "statements[" + index++ + "].", now, problems));
            }
        } else {
            statements.add(XapiStatement.read(root, "", now, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The statements were refused; none was stored", problems);
        }
        return statements;
    }

    private boolean same(String stored, String incoming) {
        try {
            return json.readTree(stored).equals(json.readTree(incoming));
        } catch (JacksonException unreadable) {
            return false;
        }
    }

    private Map<String, String> existingBodies(List<XapiStatement> statements) {
        Map<String, String> bodies = new HashMap<>();
        Set<String> ids = new HashSet<>();
        statements.forEach(s -> ids.add(s.id()));
        jdbc.sql("SELECT statement_id, body FROM xapi_statement WHERE statement_id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    bodies.put(rs.getString(1), rs.getString(2));
                });
        return bodies;
    }

    private Map<String, Long> peopleByEmail(List<XapiStatement> statements) {
        Set<String> emails = new HashSet<>();
        statements.forEach(s -> {
            if (s.email() != null) {
                emails.add(s.email());
            }
        });
        Map<String, Long> people = new HashMap<>();
        if (!emails.isEmpty()) {
            jdbc.sql("SELECT id, email FROM person WHERE email IN (:emails) AND erased_at IS NULL")
                    .param("emails", emails).query(rs -> {
                        people.put(rs.getString(2), rs.getLong(1));
                    });
        }
        return people;
    }

    private Map<String, Long> mappings(List<XapiStatement> statements) {
        Set<String> iris = new HashSet<>();
        statements.forEach(s -> iris.add(s.activityIri()));
        Map<String, Long> mappings = new HashMap<>();
        if (!iris.isEmpty()) {
            jdbc.sql("SELECT activity_iri, course_id FROM xapi_activity_mapping WHERE activity_iri IN (:iris)")
                    .param("iris", iris).query(rs -> {
                        mappings.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return mappings;
    }

    private void record(XapiStatement statement, long personId, Long courseId, Map<Long, CourseView> courses) {
        if (statement.completion()) {
            CourseView course = courses.computeIfAbsent(courseId, catalogService::get);
            records.completeCourse(personId, course, statement.timestamp().toLocalDate(), statement.scorePercent(), "XAPI",
                    statement.id());
        } else {
            records.keepStatement(personId, courseId, statement.verbName(), title(statement, courseId, courses),
                    statement.timestamp().toLocalDate(), statement.id());
        }
    }

    public PageResponse<ReviewItem> reviewQueue(CurrentUser user, PageRequest page) {
        user.requireAdmin("Only an admin works the xAPI review queue.");
        long total = jdbc.sql("SELECT COUNT(*) FROM xapi_statement WHERE status = 'REVIEW'").query(Long.class).single();
        List<ReviewItem> items = jdbc.sql("""
                SELECT statement_id, received_at, actor_mbox, verb_iri, activity_iri, reason FROM xapi_statement
                 WHERE status = 'REVIEW' ORDER BY received_at, statement_id LIMIT :size OFFSET :offset""")
                .param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> new ReviewItem(rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
        return PageResponse.of(items, page, total);
    }

    public List<MappingView> mappings(CurrentUser user) {
        user.requireAdmin("Only an admin maps xAPI activities.");
        return jdbc.sql("""
                SELECT m.activity_iri, c.id, c.title FROM xapi_activity_mapping m JOIN course c ON c.id = m.course_id
                 ORDER BY c.title, m.activity_iri""")
                .query((rs, n) -> new MappingView(rs.getString(1), rs.getLong(2), rs.getString(3))).list();
    }

    /** Maps an activity to a course; statements waiting for it are processed again at once. Answers how many were. */
    @Transactional
    public int map(CurrentUser user, String activityIri, long courseId) {
        user.requireAdmin("Only an admin maps xAPI activities.");
        if (activityIri == null || !activityIri.trim().matches("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+") || activityIri.trim().length() > 500) {
            throw InvalidInputException.of("activityIri", "must be an IRI such as https://lms.example/course/42");
        }
        CourseView course = catalogService.get(courseId);
        String iri = activityIri.trim();
        jdbc.sql("DELETE FROM xapi_activity_mapping WHERE activity_iri = :iri").param("iri", iri).update();
        jdbc.sql("INSERT INTO xapi_activity_mapping (activity_iri, course_id) VALUES (:iri, :course)")
                .param("iri", iri).param("course", course.id()).update();
        auditLog.record("XapiActivityMapping", course.id(), "MAPPED", Map.of(), Map.of("activity", iri, "course", course.title()));
        return retry(jdbc.sql("SELECT statement_id FROM xapi_statement WHERE status = 'REVIEW' AND activity_iri = :iri")
                .param("iri", iri).query(String.class).list());
    }

    /** Processes a waiting statement again (after the person was added, say); answers whether it left the queue. */
    @Transactional
    public boolean retry(CurrentUser user, String statementId) {
        user.requireAdmin("Only an admin works the xAPI review queue.");
        boolean waiting = jdbc.sql("SELECT COUNT(*) FROM xapi_statement WHERE statement_id = :id AND status = 'REVIEW'")
                .param("id", statementId).query(Long.class).single() > 0;
        if (!waiting) {
            throw new NotFoundException("Statement in review", statementId);
        }
        return retry(List.of(statementId)) > 0;
    }

    @Transactional
    public void dismiss(CurrentUser user, String statementId) {
        user.requireAdmin("Only an admin works the xAPI review queue.");
        int dismissed = jdbc.sql("UPDATE xapi_statement SET status = 'DISMISSED' WHERE statement_id = :id AND status = 'REVIEW'")
                .param("id", statementId).update();
        if (dismissed == 0) {
            throw new NotFoundException("Statement in review", statementId);
        }
        auditLog.record("XapiStatement", 0, "DISMISSED", Map.of(), Map.of("statement", statementId));
    }

    private int retry(List<String> statementIds) {
        if (statementIds.isEmpty()) {
            return 0;
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        jdbc.sql("SELECT statement_id, body FROM xapi_statement WHERE statement_id IN (:ids)").param("ids", statementIds)
                .query(rs -> {
                    bodies.put(rs.getString(1), rs.getString(2));
                });
        var statements = new ArrayList<XapiStatement>();
        var problems = new ArrayList<FieldProblem>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        bodies.values().forEach(body -> statements.add(XapiStatement.read(json.readTree(body), "", now, problems)));
        Map<String, Long> people = peopleByEmail(statements);
        Map<String, Long> mappings = mappings(statements);
        Map<Long, CourseView> courses = new HashMap<>();
        int processed = 0;
        for (XapiStatement statement : statements) {
            Long personId = statement.email() == null ? null : people.get(statement.email());
            Long courseId = mappings.get(statement.activityIri());
            if (personId == null || statement.completion() && courseId == null) {
                continue;
            }
            jdbc.sql("UPDATE xapi_statement SET status = 'RECORDED', reason = NULL, person_id = :person, course_id = :course WHERE statement_id = :id")
                    .param("person", personId).param("course", courseId).param("id", statement.id()).update();
            record(statement, personId, courseId, courses);
            processed++;
        }
        return processed;
    }
}
