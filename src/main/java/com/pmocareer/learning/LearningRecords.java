package com.pmocareer.learning;

import com.pmocareer.competency.EvidenceRecorded;
import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.RecordViews.HoursByMonth;
import com.pmocareer.learning.RecordViews.LearningRecordView;
import com.pmocareer.learning.RecordViews.RecordKind;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning record of each person. Every completion is written here once per source (the enrolment, the xAPI
 * statement, the activity) and published as {@link LearningCompleted}, plus evidence for the competencies of the course.
 */
@Service
@Transactional(readOnly = true)
public class LearningRecords {

    static final String OTHER = "Other";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
    private final PersonDirectory directory;
    private final ComplianceInputs complianceInputs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearningRecords(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate, PersonDirectory directory, ComplianceInputs complianceInputs, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.directory = directory;
        this.complianceInputs = complianceInputs;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a completed course; answers the record id, or empty when this source already recorded it (a repeat is
     * not a second completion).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> completeCourse(long personId, CourseView course, LocalDate completedOn, BigDecimal score, String source,
            String sourceRef) {
        Optional<Long> recordId = insert(personId, course.id(), RecordKind.COMPLETION, null, course.title(), completedOn,
                course.durationHours(), score, null, source, sourceRef);
        recordId.ifPresent(id -> {
            upsertCompletion(personId, course.id(), completedOn);
            complianceInputs.completed(course.id());
            Map<String, Integer> competencies = new LinkedHashMap<>();
            course.competencies().forEach(c -> competencies.put(c.code(), c.targetLevel()));
            events.publishEvent(new LearningCompleted(personId, "course-" + course.id(), course.id(), course.code(),
                    course.title(), completedOn, course.durationHours(), course.units(), competencies, course.pmEducation(), id,
                    course.title()));
            competencies.forEach((code, level) -> events.publishEvent(
                    new EvidenceRecorded(personId, code, level, "COURSE_COMPLETION", String.valueOf(id))));
        });
        return recordId;
    }

    /** Records a verified activity: its hours count in its category. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> completeActivity(long personId, long activityId, String title, LocalDate on, BigDecimal hours,
            UnitCategory category) {
        Optional<Long> recordId = insert(personId, null, RecordKind.ACTIVITY, null, title, on, hours, null, category,
                "ACTIVITY", String.valueOf(activityId));
        recordId.ifPresent(id -> events.publishEvent(new LearningCompleted(personId, "activity-" + activityId, null, null,
                null, on, hours, Map.of(category, hours), Map.of(), false, id, title)));
        return recordId;
    }

    /** An xAPI statement other than a completion, to keep as a plain record. */
    record StatementRecord(long personId, Long courseId, String verb, String title, LocalDate on, String statementId) {
    }

    /**
     * Keeps new statements (their ids not stored before: the statement table holds each id once) as plain records,
     * in one batch.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void keepStatements(List<StatementRecord> statements) {
        if (statements.isEmpty()) {
            return;
        }
        var now = OffsetDateTime.now(clock);
        jdbcTemplate.batchUpdate("""
                INSERT INTO learning_record (person_id, course_id, kind, verb, title, occurred_on, hours, source, source_ref,
                                             created_at)
                VALUES (?, ?, 'STATEMENT', ?, ?, ?, 0, 'XAPI', ?, ?)""", statements, statements.size(), (insert, record) -> {
                    insert.setLong(1, record.personId());
                    if (record.courseId() == null) {
                        insert.setNull(2, java.sql.Types.BIGINT);
                    } else {
                        insert.setLong(2, record.courseId());
                    }
                    insert.setString(3, record.verb().length() > 200 ? record.verb().substring(0, 200) : record.verb());
                    insert.setString(4, record.title().length() > 300 ? record.title().substring(0, 300) : record.title());
                    insert.setObject(5, record.on());
                    insert.setString(6, record.statementId());
                    insert.setObject(7, now);
                });
    }

    /** Keeps a statement that is not a completion (attempted, experienced…) as a plain record. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Long> keepStatement(long personId, Long courseId, String verb, String title, LocalDate on, String sourceRef) {
        return insert(personId, courseId, RecordKind.STATEMENT, verb, title, on, BigDecimal.ZERO, null, null, "XAPI", sourceRef);
    }

    private Optional<Long> insert(long personId, Long courseId, RecordKind kind, String verb, String title, LocalDate on,
            BigDecimal hours, BigDecimal score, UnitCategory category, String source, String sourceRef) {
        // An xAPI statement is new by the time it gets here (the statement table keeps each id once); other sources are
        // looked up first, since a duplicate key would spoil the transaction on PostgreSQL.
        boolean known = sourceRef != null && !"XAPI".equals(source) && jdbc.sql(
                "SELECT COUNT(*) FROM learning_record WHERE source = :source AND source_ref = :ref")
                .param("source", source).param("ref", sourceRef).query(Long.class).single() > 0;
        if (known) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO learning_record (person_id, course_id, kind, verb, title, occurred_on, hours, score, category,
                                                 source, source_ref, created_at)
                    VALUES (:person, :course, :kind, :verb, :title, :on, :hours, :score, :category, :source, :ref, :now)""")
                    .param("person", personId).param("course", courseId).param("kind", kind.name()).param("verb", verb)
                    .param("title", title.length() > 300 ? title.substring(0, 300) : title).param("on", on)
                    .param("hours", hours).param("score", score)
                    .param("category", category == null ? null : category.name()).param("source", source).param("ref", sourceRef)
                    .param("now", OffsetDateTime.now(clock)).update(keys, "id");
        } catch (DuplicateKeyException recordedMeanwhile) {
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    private void upsertCompletion(long personId, long courseId, LocalDate on) {
        int updated = jdbc.sql("""
                UPDATE course_completion SET last_on = CASE WHEN last_on < :on THEN :on ELSE last_on END,
                       first_on = CASE WHEN first_on > :on THEN :on ELSE first_on END
                 WHERE person_id = :person AND course_id = :course""")
                .param("on", on).param("person", personId).param("course", courseId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO course_completion (person_id, course_id, first_on, last_on) VALUES (:person, :course, :on, :on)")
                    .param("person", personId).param("course", courseId).param("on", on).update();
        }
    }

    /** Course ids the person has completed, with the latest completion date. */
    public Map<Long, LocalDate> completedCourses(long personId) {
        Map<Long, LocalDate> completed = new LinkedHashMap<>();
        jdbc.sql("SELECT course_id, last_on FROM course_completion WHERE person_id = :person").param("person", personId)
                .query(rs -> {
                    completed.put(rs.getLong("course_id"), rs.getObject("last_on", LocalDate.class));
                });
        return completed;
    }

    public PageResponse<LearningRecordView> records(CurrentUser viewer, long personId, PageRequest page) {
        directory.get(viewer, personId);
        long total = jdbc.sql("SELECT COUNT(*) FROM learning_record WHERE person_id = :person").param("person", personId)
                .query(Long.class).single();
        List<LearningRecordView> rows = jdbc.sql("""
                SELECT id, kind, course_id, title, verb, occurred_on, hours, score, source FROM learning_record
                 WHERE person_id = :person ORDER BY occurred_on DESC, id DESC LIMIT :size OFFSET :offset""")
                .param("person", personId).param("size", page.size()).param("offset", page.offset())
                .query((rs, n) -> new LearningRecordView(rs.getLong("id"), RecordKind.valueOf(rs.getString("kind")),
                        rs.getObject("course_id", Long.class), rs.getString("title"), rs.getString("verb"),
                        rs.getObject("occurred_on", LocalDate.class), rs.getBigDecimal("hours"), rs.getBigDecimal("score"),
                        rs.getString("source"))).list();
        return PageResponse.of(rows, page, total);
    }

    /**
     * Hours of the last twelve months by month and Talent Triangle side: a course's hours are split in proportion to
     * its PDUs per side (hours of a course without PDUs show as "Other"); an activity's hours go to its category.
     */
    public HoursByMonth hoursByMonth(CurrentUser viewer, long personId) {
        directory.get(viewer, personId);
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(11);
        List<String> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
        for (UnitCategory side : Set.of(UnitCategory.values()).stream().filter(LearningRecords::isPdu).sorted().toList()) {
            byCategory.put(side.label(), zeros(months.size()));
        }
        byCategory.put(OTHER, zeros(months.size()));
        Map<Long, Map<UnitCategory, BigDecimal>> courseUnits = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT r.course_id, r.occurred_on, r.hours, r.category FROM learning_record r
                 WHERE r.person_id = :person AND r.kind IN ('COMPLETION', 'ACTIVITY') AND r.occurred_on >= :from""")
                .param("person", personId).param("from", first.atDay(1)).query(rs -> {
                    int month = months.indexOf(YearMonth.from(rs.getObject("occurred_on", LocalDate.class)).toString());
                    if (month < 0) {
                        return;
                    }
                    BigDecimal hours = rs.getBigDecimal("hours");
                    String category = rs.getString("category");
                    Long courseId = rs.getObject("course_id", Long.class);
                    Map<UnitCategory, BigDecimal> split = category != null ? Map.of(UnitCategory.valueOf(category), hours)
                            : courseId != null ? courseUnits.computeIfAbsent(courseId, this::unitsOf) : Map.of();
                    add(byCategory, month, hours, split);
                });
        Map<String, List<BigDecimal>> result = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (var entry : byCategory.entrySet()) {
            result.put(entry.getKey(), List.of(entry.getValue()));
            for (BigDecimal value : entry.getValue()) {
                total = total.add(value);
            }
        }
        return new HoursByMonth(months, result, total.setScale(1, RoundingMode.HALF_UP));
    }

    private Map<UnitCategory, BigDecimal> unitsOf(long courseId) {
        Map<UnitCategory, BigDecimal> units = new EnumMap<>(UnitCategory.class);
        jdbc.sql("SELECT category, amount FROM course_unit WHERE course_id = :id").param("id", courseId).query(rs -> {
            units.put(UnitCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount"));
        });
        return units;
    }

    private static void add(Map<String, BigDecimal[]> byCategory, int month, BigDecimal hours, Map<UnitCategory, BigDecimal> split) {
        BigDecimal pdus = split.entrySet().stream().filter(e -> isPdu(e.getKey())).map(Map.Entry::getValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (pdus.signum() == 0) {
            byCategory.get(OTHER)[month] = byCategory.get(OTHER)[month].add(hours);
            return;
        }
        split.forEach((category, amount) -> {
            if (isPdu(category)) {
                BigDecimal share = hours.multiply(amount).divide(pdus, 2, RoundingMode.HALF_UP);
                byCategory.get(category.label())[month] = byCategory.get(category.label())[month].add(share);
            }
        });
    }

    static boolean isPdu(UnitCategory category) {
        return category.name().startsWith("PDU_");
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] values = new BigDecimal[size];
        java.util.Arrays.fill(values, BigDecimal.ZERO);
        return values;
    }
}
