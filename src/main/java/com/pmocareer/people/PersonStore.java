package com.pmocareer.people;

import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Reads and writes the person table; knows SQL, not rules. */
@Component
class PersonStore {

    static final String SELECT = """
            SELECT p.*, o.name AS org_unit_name, c.name AS career_level_name, m.full_name AS line_manager_name
              FROM person p
              JOIN org_unit o ON o.id = p.org_unit_id
              JOIN career_level c ON c.code = p.career_level
              LEFT JOIN person m ON m.id = p.line_manager_id
            """;

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    Optional<PersonView> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id AND p.erased_at IS NULL").param("id", id)
                .query(PersonStore::row).optional().map(this::withRoles);
    }

    Optional<Long> idByEmail(String email) {
        return jdbc.sql("SELECT id FROM person WHERE email = :email").param("email", normalizeEmail(email))
                .query(Long.class).optional();
    }

    long count(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT COUNT(*) FROM person p WHERE " + where).params(params).query(Long.class).single();
    }

    Map<String, Long> countBy(String column, String where, Map<String, Object> params) {
        var counts = new java.util.LinkedHashMap<String, Long>();
        jdbc.sql("SELECT " + column + " AS grp, COUNT(*) AS n FROM person p WHERE " + where + " GROUP BY " + column)
                .params(params)
                .query((rs, n) -> counts.put(rs.getString("grp"), rs.getLong("n"))).list();
        return counts;
    }

    long insert(PersonCommand command) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO person (email, full_name, job_title, org_unit_id, career_level, start_date, level_since,
                                    education_level, line_manager_id, search_text, version)
                VALUES (:email, :fullName, :jobTitle, :orgUnitId, :careerLevel, :startDate, :startDate, :education,
                        :manager, :searchText, 0)""")
                .params(columns(command))
                .update(keys, "id");
        DirectoryIndex.changed(jdbc);
        return keys.getKey().longValue();
    }

    /** Applies the change only if nobody changed the person since {@code version}; otherwise refuses with 409. */
    void update(long id, PersonCommand command, long version) {
        var params = columns(command);
        params.put("id", id);
        params.put("version", version);
        int updated = jdbc.sql("""
                UPDATE person SET email = :email, full_name = :fullName, job_title = :jobTitle,
                       level_since = CASE WHEN career_level = :careerLevel THEN level_since ELSE CURRENT_DATE END,
                       org_unit_id = :orgUnitId, career_level = :careerLevel, start_date = :startDate,
                       education_level = :education, line_manager_id = :manager, search_text = :searchText,
                       version = version + 1
                 WHERE id = :id AND version = :version AND erased_at IS NULL""")
                .params(params).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("Person", id);
        }
        DirectoryIndex.changed(jdbc);
    }

    void setLineManager(long id, Long managerId) {
        jdbc.sql("UPDATE person SET line_manager_id = :manager, version = version + 1 WHERE id = :id")
                .param("manager", managerId).param("id", id).update();
    }

    private static Map<String, Object> columns(PersonCommand command) {
        var params = new HashMap<String, Object>();
        params.put("email", normalizeEmail(command.email()));
        params.put("fullName", command.fullName().trim());
        params.put("jobTitle", blankToNull(command.jobTitle()));
        params.put("orgUnitId", command.orgUnitId());
        params.put("careerLevel", command.careerLevel());
        params.put("startDate", command.startDate());
        params.put("education", command.educationLevel() == null ? null : command.educationLevel().name());
        params.put("manager", command.lineManagerId());
        params.put("searchText", searchText(command.fullName(), command.email(), command.jobTitle()));
        return params;
    }

    /** What the directory's free-text search matches against, lower-cased once on write rather than on every search. */
    static String searchText(String fullName, String email, String jobTitle) {
        return (fullName.trim() + " " + normalizeEmail(email) + " " + (jobTitle == null ? "" : jobTitle.trim()))
                .toLowerCase(Locale.ROOT);
    }

    /** Replaces what identifies a person with placeholders, keeping org unit, level and start date for statistics. */
    void anonymise(long id, java.time.OffsetDateTime erasedAt) {
        String name = "Erased person " + id;
        String email = "erased-" + id + "@erased.invalid";
        jdbc.sql("""
                UPDATE person SET email = :email, full_name = :name, job_title = NULL, education_level = NULL,
                       search_text = :searchText, erased_at = :erasedAt, version = version + 1
                 WHERE id = :id""")
                .param("email", email).param("name", name).param("searchText", searchText(name, email, null))
                .param("erasedAt", erasedAt).param("id", id).update();
        DirectoryIndex.changed(jdbc);
    }

    /** The people with these ids, in the order of the ids. */
    List<PersonView> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonView> byId = new HashMap<>();
        jdbc.sql(SELECT + " WHERE p.id IN (:ids)").param("ids", ids).query(PersonStore::row).list()
                .forEach(person -> byId.put(person.id(), person));
        return withRoles(ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The fields the audit log compares before and after a change. */
    static Map<String, Object> auditState(PersonView person) {
        var state = new LinkedHashMap<String, Object>();
        state.put("email", person.email());
        state.put("fullName", person.fullName());
        state.put("jobTitle", person.jobTitle());
        state.put("orgUnit", person.orgUnitName());
        state.put("careerLevel", person.careerLevel());
        state.put("startDate", person.startDate());
        state.put("educationLevel", person.educationLevel());
        state.put("lineManager", person.lineManagerName());
        return state;
    }

    private static PersonView row(ResultSet rs, int rowNum) throws SQLException {
        String education = rs.getString("education_level");
        return new PersonView(rs.getLong("id"), rs.getString("email"), rs.getString("full_name"),
                rs.getString("job_title"), rs.getLong("org_unit_id"), rs.getString("org_unit_name"),
                rs.getString("career_level"), rs.getString("career_level_name"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("level_since", LocalDate.class),
                education == null ? null : EducationLevel.valueOf(education),
                rs.getObject("line_manager_id", Long.class), rs.getString("line_manager_name"), Set.of(),
                rs.getLong("version"));
    }

    private PersonView withRoles(PersonView person) {
        return withRoles(List.of(person)).get(0);
    }

    private List<PersonView> withRoles(List<PersonView> people) {
        if (people.isEmpty()) {
            return people;
        }
        Map<Long, Set<Role>> roles = rolesOf(people.stream().map(PersonView::id).toList());
        var result = new ArrayList<PersonView>(people.size());
        for (PersonView p : people) {
            result.add(new PersonView(p.id(), p.email(), p.fullName(), p.jobTitle(), p.orgUnitId(), p.orgUnitName(),
                    p.careerLevel(), p.careerLevelName(), p.startDate(), p.levelSince(), p.educationLevel(), p.lineManagerId(),
                    p.lineManagerName(), roles.getOrDefault(p.id(), Set.of()), p.version()));
        }
        return result;
    }

    Map<Long, Set<Role>> rolesOf(Collection<Long> personIds) {
        var roles = new HashMap<Long, Set<Role>>();
        jdbc.sql("SELECT person_id, role FROM account_role WHERE person_id IN (:ids)").param("ids", personIds)
                .query((rs, n) -> {
                    roles.computeIfAbsent(rs.getLong("person_id"), id -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(rs.getString("role")));
                    return null;
                }).list();
        return roles;
    }
}
