package com.pmocareer.learning;

import com.pmocareer.learning.CourseViews.CatalogQuery;
import com.pmocareer.learning.CourseViews.CourseCommand;
import com.pmocareer.learning.CourseViews.CourseCompetency;
import com.pmocareer.learning.CourseViews.CourseRef;
import com.pmocareer.learning.CourseViews.CourseSummary;
import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.CourseViews.ProviderCommand;
import com.pmocareer.learning.CourseViews.ProviderView;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.PageRequest;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of providers, courses and what hangs off a course: competencies, units, prerequisites. */
@Repository
class CatalogStore {

    private final JdbcClient jdbc;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ProviderView> providers() {
        return jdbc.sql("SELECT * FROM learning_provider ORDER BY in_house DESC, name").query((rs, n) -> new ProviderView(
                rs.getLong("id"), rs.getString("name"), rs.getBoolean("in_house"), rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("contract_ref"))).list();
    }

    Optional<Long> providerIdByName(String name) {
        return jdbc.sql("SELECT id FROM learning_provider WHERE LOWER(name) = LOWER(:name)").param("name", name.trim())
                .query(Long.class).optional();
    }

    long insertProvider(ProviderCommand command) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO learning_provider (name, in_house, contact_name, contact_email, contract_ref)
                VALUES (:name, :inHouse, :contactName, :contactEmail, :contractRef)""")
                .param("name", command.name().trim()).param("inHouse", Boolean.TRUE.equals(command.inHouse()))
                .param("contactName", command.contactName()).param("contactEmail", command.contactEmail())
                .param("contractRef", command.contractRef()).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<CourseView> find(long id) {
        return jdbc.sql(COURSE_SELECT + " WHERE c.id = :id").param("id", id).query(this::course).optional()
                .map(this::withDetails);
    }

    Optional<Long> idByCode(String code) {
        return jdbc.sql("SELECT id FROM course WHERE UPPER(code) = UPPER(:code)").param("code", code.trim())
                .query(Long.class).optional();
    }

    /** Matches a course by code or by title, ignoring case: onboarding tasks and paths name courses either way. */
    Optional<CourseRef> byCodeOrTitle(String reference) {
        return jdbc.sql("SELECT id, code, title FROM course WHERE UPPER(code) = UPPER(:ref) OR LOWER(title) = LOWER(:ref)")
                .param("ref", reference.trim())
                .query((rs, n) -> new CourseRef(rs.getLong("id"), rs.getString("code"), rs.getString("title")))
                .list().stream().findFirst();
    }

    List<CourseRef> refs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, code, title FROM course WHERE id IN (:ids) ORDER BY title").param("ids", ids)
                .query((rs, n) -> new CourseRef(rs.getLong("id"), rs.getString("code"), rs.getString("title"))).list();
    }

    List<CourseRef> allRefs() {
        return jdbc.sql("SELECT id, code, title FROM course WHERE active = TRUE ORDER BY title")
                .query((rs, n) -> new CourseRef(rs.getLong("id"), rs.getString("code"), rs.getString("title"))).list();
    }

    long count(CatalogQuery query) {
        var params = new HashMap<String, Object>();
        return jdbc.sql("SELECT COUNT(*) FROM course c WHERE " + where(query, params)).params(params).query(Long.class)
                .single();
    }

    List<CourseSummary> search(CatalogQuery query, PageRequest page, OffsetDateTime now) {
        var params = new HashMap<String, Object>();
        params.put("now", now);
        List<CourseSummary> rows = jdbc.sql("""
                SELECT c.id, c.code, c.title, c.topic, c.format, c.duration_hours, c.cost, c.currency, c.course_level,
                       c.active, p.name AS provider_name,
                       (SELECT MIN(s.starts_at) FROM course_session s
                         WHERE s.course_id = c.id AND s.cancelled = FALSE AND s.starts_at > :now) AS next_session_at
                  FROM course c JOIN learning_provider p ON p.id = c.provider_id""" + " WHERE " + where(query, params) + " ORDER BY c.title LIMIT " + page.size() + " OFFSET " + page.offset())
                .params(params)
                .query((rs, n) -> new CourseSummary(rs.getLong("id"), rs.getString("code"), rs.getString("title"),
                        Topic.valueOf(rs.getString("topic")), CourseFormat.valueOf(rs.getString("format")),
                        rs.getBigDecimal("duration_hours"), rs.getBigDecimal("cost"), rs.getString("currency"),
                        CourseLevel.valueOf(rs.getString("course_level")), rs.getString("provider_name"),
                        rs.getBoolean("active"), new ArrayList<>(), rs.getObject("next_session_at", OffsetDateTime.class)))
                .list();
        if (!rows.isEmpty()) {
            Map<Long, CourseSummary> byId = new HashMap<>();
            rows.forEach(row -> byId.put(row.id(), row));
            jdbc.sql("SELECT course_id, competency_code FROM course_competency WHERE course_id IN (:ids) ORDER BY competency_code")
                    .param("ids", byId.keySet())
                    .query(rs -> {
                        byId.get(rs.getLong("course_id")).competencyCodes().add(rs.getString("competency_code"));
                    });
        }
        return rows;
    }

    private static String where(CatalogQuery query, Map<String, Object> params) {
        var conditions = new ArrayList<String>();
        conditions.add("1=1");
        if (!query.includeInactive()) {
            conditions.add("c.active = TRUE");
        }
        if (query.q() != null && !query.q().isBlank()) {
            int index = 0;
            for (String word : query.q().trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                params.put("word" + index, "%" + word.replace("%", "").replace("_", "") + "%");
                conditions.add("c.search_text LIKE :word" + index++);
            }
        }
        if (query.topic() != null) {
            params.put("topic", query.topic().name());
            conditions.add("c.topic = :topic");
        }
        if (query.format() != null) {
            params.put("format", query.format().name());
            conditions.add("c.format = :format");
        }
        if (query.providerId() != null) {
            params.put("provider", query.providerId());
            conditions.add("c.provider_id = :provider");
        }
        if (query.competency() != null && !query.competency().isBlank()) {
            params.put("competency", query.competency().trim().toUpperCase(Locale.ROOT));
            conditions.add("EXISTS (SELECT 1 FROM course_competency cc WHERE cc.course_id = c.id AND cc.competency_code = :competency)");
        }
        return String.join(" AND ", conditions);
    }

    long insert(CourseCommand command, long providerId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO course (code, title, summary, topic, provider_id, format, duration_hours, cost, currency,
                                    language, course_level, approval_required, pm_education, external_url, active, search_text)
                VALUES (:code, :title, :summary, :topic, :provider, :format, :hours, :cost, :currency, :language, :level,
                        :approval, :pmEducation, :url, :active, :search)""")
                .params(columns(command, providerId)).update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, CourseCommand command, long providerId) {
        Map<String, Object> params = columns(command, providerId);
        params.put("id", id);
        params.put("version", command.version());
        int updated = jdbc.sql("""
                UPDATE course SET code = :code, title = :title, summary = :summary, topic = :topic, provider_id = :provider,
                       format = :format, duration_hours = :hours, cost = :cost, currency = :currency, language = :language,
                       course_level = :level, approval_required = :approval, pm_education = :pmEducation,
                       external_url = :url, active = :active, search_text = :search, version = version + 1
                 WHERE id = :id AND version = :version""").params(params).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("Course", id);
        }
    }

    void replaceDetails(long id, CourseCommand command, Map<String, Long> prerequisiteIds) {
        jdbc.sql("DELETE FROM course_competency WHERE course_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM course_unit WHERE course_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM course_prerequisite WHERE course_id = :id").param("id", id).update();
        command.competencyMap().forEach((code, level) -> jdbc.sql(
                "INSERT INTO course_competency (course_id, competency_code, target_level) VALUES (:id, :code, :level)")
                .param("id", id).param("code", code.trim().toUpperCase(Locale.ROOT)).param("level", level).update());
        command.unitMap().forEach((category, amount) -> jdbc.sql(
                "INSERT INTO course_unit (course_id, category, amount) VALUES (:id, :category, :amount)")
                .param("id", id).param("category", category.name()).param("amount", amount).update());
        prerequisiteIds.values().forEach(prerequisite -> jdbc.sql(
                "INSERT INTO course_prerequisite (course_id, prerequisite_id) VALUES (:id, :prerequisite)")
                .param("id", id).param("prerequisite", prerequisite).update());
    }

    /** Prerequisite edges of the whole catalog, to refuse a cycle before writing one. */
    Map<Long, List<Long>> prerequisiteGraph() {
        Map<Long, List<Long>> graph = new HashMap<>();
        jdbc.sql("SELECT course_id, prerequisite_id FROM course_prerequisite").query(rs -> {
            graph.computeIfAbsent(rs.getLong("course_id"), key -> new ArrayList<>()).add(rs.getLong("prerequisite_id"));
        });
        return graph;
    }

    private static Map<String, Object> columns(CourseCommand command, long providerId) {
        var params = new HashMap<String, Object>();
        params.put("code", command.code().trim().toUpperCase(Locale.ROOT));
        params.put("title", command.title().trim());
        params.put("summary", command.summary().trim());
        params.put("topic", command.topic().name());
        params.put("provider", providerId);
        params.put("format", command.format().name());
        params.put("hours", command.durationHours());
        params.put("cost", command.cost() == null ? BigDecimal.ZERO : command.cost());
        params.put("currency", command.currency() == null || command.currency().isBlank() ? "EUR"
                : command.currency().trim().toUpperCase(Locale.ROOT));
        params.put("language", command.language() == null || command.language().isBlank() ? "en" : command.language().trim());
        params.put("level", command.level() == null ? CourseLevel.INTRODUCTORY.name() : command.level().name());
        params.put("approval", Boolean.TRUE.equals(command.approvalRequired()));
        params.put("pmEducation", Boolean.TRUE.equals(command.pmEducation()));
        params.put("url", command.externalUrl() == null || command.externalUrl().isBlank() ? null : command.externalUrl().trim());
        params.put("active", command.active() == null || command.active());
        params.put("search", (command.title() + " " + command.code() + " " + command.topic().label() + " "
                + command.summary()).toLowerCase(Locale.ROOT));
        return params;
    }

    private static final String COURSE_SELECT = """
            SELECT c.*, p.name AS provider_name, p.in_house
              FROM course c JOIN learning_provider p ON p.id = c.provider_id""";

    private CourseView course(ResultSet rs, int row) throws SQLException {
        return new CourseView(rs.getLong("id"), rs.getString("code"), rs.getString("title"), rs.getString("summary"),
                Topic.valueOf(rs.getString("topic")), rs.getLong("provider_id"), rs.getString("provider_name"),
                rs.getBoolean("in_house"), CourseFormat.valueOf(rs.getString("format")), rs.getBigDecimal("duration_hours"),
                rs.getBigDecimal("cost"), rs.getString("currency"), rs.getString("language"),
                CourseLevel.valueOf(rs.getString("course_level")), rs.getBoolean("approval_required"),
                rs.getBoolean("pm_education"), rs.getString("external_url"), rs.getBoolean("active"), List.of(), Map.of(),
                List.of(), rs.getLong("version"));
    }

    private CourseView withDetails(CourseView course) {
        List<CourseCompetency> competencies = jdbc.sql("""
                SELECT competency_code, target_level FROM course_competency WHERE course_id = :id ORDER BY competency_code""")
                .param("id", course.id())
                .query((rs, n) -> new CourseCompetency(rs.getString("competency_code"), rs.getString("competency_code"),
                        rs.getInt("target_level"))).list();
        Map<UnitCategory, BigDecimal> units = new EnumMap<>(UnitCategory.class);
        jdbc.sql("SELECT category, amount FROM course_unit WHERE course_id = :id").param("id", course.id())
                .query(rs -> {
                    units.put(UnitCategory.valueOf(rs.getString("category")), rs.getBigDecimal("amount").stripTrailingZeros());
                });
        List<CourseRef> prerequisites = jdbc.sql("""
                SELECT c.id, c.code, c.title FROM course_prerequisite p JOIN course c ON c.id = p.prerequisite_id
                 WHERE p.course_id = :id ORDER BY c.title""").param("id", course.id())
                .query((rs, n) -> new CourseRef(rs.getLong("id"), rs.getString("code"), rs.getString("title"))).list();
        return new CourseView(course.id(), course.code(), course.title(), course.summary(), course.topic(),
                course.providerId(), course.providerName(), course.inHouse(), course.format(), course.durationHours(),
                course.cost(), course.currency(), course.language(), course.level(), course.approvalRequired(),
                course.pmEducation(), course.externalUrl(), course.active(), competencies, units, prerequisites,
                course.version());
    }

    /** Competencies and units of many courses at once, for completions in bulk (xAPI batches). */
    Map<Long, CourseView> findAll(Collection<Long> ids) {
        Map<Long, CourseView> courses = new LinkedHashMap<>();
        for (Long id : ids) {
            find(id).ifPresent(course -> courses.put(id, course));
        }
        return courses;
    }
}
