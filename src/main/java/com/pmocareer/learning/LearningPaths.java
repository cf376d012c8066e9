package com.pmocareer.learning;

import com.pmocareer.shared.FieldChecks;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.learning.PathViews.AssignCommand;
import com.pmocareer.learning.PathViews.ItemCommand;
import com.pmocareer.learning.PathViews.ItemProgress;
import com.pmocareer.learning.PathViews.PathCommand;
import com.pmocareer.learning.PathViews.PathItem;
import com.pmocareer.learning.PathViews.PathProgress;
import com.pmocareer.learning.PathViews.PathView;
import com.pmocareer.people.CareerLevels;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ordered sets of courses, each required or optional, assigned to a person (by their lead) or to everyone at a career
 * level (by an admin). Progress counts the required courses a person has completed.
 */
@Service
@Transactional(readOnly = true)
public class LearningPaths {

    private final JdbcClient jdbc;
    private final LearningRecords records;
    private final PersonAccess access;
    private final CareerLevels careerLevels;
    private final AuditLog auditLog;
    private final Clock clock;

    LearningPaths(JdbcClient jdbc, LearningRecords records, PersonAccess access, CareerLevels careerLevels,
            AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.access = access;
        this.careerLevels = careerLevels;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<PathView> list() {
        Map<Long, List<PathItem>> items = new HashMap<>();
        jdbc.sql("""
                SELECT i.path_id, i.position, c.id, c.code, c.title, i.required FROM learning_path_item i
                  JOIN course c ON c.id = i.course_id ORDER BY i.path_id, i.position""").query(rs -> {
                    items.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>()).add(new PathItem(rs.getInt(2),
                            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getBoolean(6)));
                });
        Map<Long, List<String>> levels = new HashMap<>();
        jdbc.sql("SELECT path_id, career_level FROM learning_path_assignment WHERE career_level IS NOT NULL ORDER BY career_level")
                .query(rs -> {
                    levels.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("SELECT id, code, name, description, version FROM learning_path ORDER BY name")
                .query((rs, n) -> new PathView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("description"), items.getOrDefault(rs.getLong("id"), List.of()),
                        levels.getOrDefault(rs.getLong("id"), List.of()), rs.getLong("version"))).list();
    }

    public PathView get(long id) {
        return list().stream().filter(p -> p.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Learning path", id));
    }

    @Transactional
    public PathView create(CurrentUser user, PathCommand command) {
        user.requireAdmin("Only an admin edits learning paths.");
        validate(command);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO learning_path (code, name, description) VALUES (:code, :name, :description)")
                    .param("code", command.code().trim().toUpperCase()).param("name", command.name().trim())
                    .param("description", command.description().trim()).update(keys, "id");
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("code", "is already used by another path");
        }
        long id = keys.getKey().longValue();
        writeItems(id, command.items());
        auditLog.record("LearningPath", id, "CREATED", Map.of(), Map.of("name", command.name()));
        return get(id);
    }

    @Transactional
    public PathView update(CurrentUser user, long id, PathCommand command) {
        user.requireAdmin("Only an admin edits learning paths.");
        PathView before = get(id);
        validate(command);
        if (command.version() == null) {
            throw InvalidInputException.of("version", "send back the version you edited");
        }
        int updated = jdbc.sql("""
                UPDATE learning_path SET code = :code, name = :name, description = :description, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("code", command.code().trim().toUpperCase()).param("name", command.name().trim())
                .param("description", command.description().trim()).param("id", id).param("version", command.version())
                .update();
        if (updated == 0) {
            throw ConflictException.staleVersion("Learning path", id);
        }
        jdbc.sql("DELETE FROM learning_path_item WHERE path_id = :id").param("id", id).update();
        writeItems(id, command.items());
        auditLog.record("LearningPath", id, "UPDATED", Map.of("items", before.items().size()), Map.of("items", command.items().size()));
        return get(id);
    }

    private void writeItems(long pathId, List<ItemCommand> items) {
        int position = 1;
        for (ItemCommand item : items) {
            jdbc.sql("INSERT INTO learning_path_item (path_id, position, course_id, required) VALUES (:path, :position, :course, :required)")
                    .param("path", pathId).param("position", position++).param("course", item.courseId())
                    .param("required", item.required() == null || item.required()).update();
        }
    }

    private void validate(PathCommand command) {
        var problems = new ArrayList<FieldProblem>();
        if (command.code() == null || !command.code().trim().toUpperCase().matches("[A-Z0-9][A-Z0-9_-]{1,39}")) {
            problems.add(new FieldProblem("code", "must be 2–40 letters, digits, - or _"));
        }
        FieldChecks.requireText(problems, "name", command.name(), 200);
        FieldChecks.requireText(problems, "description", command.description(), 2000);
        if (command.items() == null || command.items().isEmpty()) {
            problems.add(new FieldProblem("items", "a path needs at least one course"));
        } else {
            Set<Long> ids = new HashSet<>();
            for (ItemCommand item : command.items()) {
                if (item.courseId() == null || !ids.add(item.courseId())) {
                    problems.add(new FieldProblem("items", "each course appears once"));
                    break;
                }
            }
            long known = ids.isEmpty() ? 0 : jdbc.sql("SELECT COUNT(*) FROM course WHERE id IN (:ids)").param("ids", ids)
                    .query(Long.class).single();
            if (known != ids.size()) {
                problems.add(new FieldProblem("items", "must all be courses of the catalog"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The path was not saved", problems);
        }
    }

    /** Assigns a path to a person (their lead or an admin) or to a career level (an admin). Assigning twice is harmless. */
    @Transactional
    public PathView assign(CurrentUser user, long pathId, AssignCommand command) {
        PathView path = get(pathId);
        boolean toPerson = command.personId() != null;
        if (toPerson == (command.careerLevel() != null && !command.careerLevel().isBlank())) {
            throw InvalidInputException.of("personId", "give either a person or a career level");
        }
        if (toPerson) {
            access.requireManager(user, command.personId(), "Only the person's lead or an admin assigns a path.");
        } else {
            user.requireAdmin("Only an admin assigns a path to a whole career level.");
            if (!careerLevels.exists(command.careerLevel().trim())) {
                throw InvalidInputException.of("careerLevel", "is not a career level");
            }
        }
        String column = toPerson ? "person_id" : "career_level";
        Object value = toPerson ? command.personId() : command.careerLevel().trim();
        boolean known = jdbc.sql("SELECT COUNT(*) FROM learning_path_assignment WHERE path_id = :path AND " + column + " = :value")
                .param("path", pathId).param("value", value).query(Long.class).single() > 0;
        if (!known) {
            jdbc.sql("INSERT INTO learning_path_assignment (path_id, " + column + ", assigned_by, assigned_at) VALUES (:path, :value, :by, :now)")
                    .param("path", pathId).param("value", value).param("by", user.personId())
                    .param("now", OffsetDateTime.now(clock)).update();
            auditLog.record("LearningPath", pathId, "ASSIGNED", Map.of(), Map.of(column, value));
        }
        return path;
    }

    /** Whether the person has completed every required course of the path, for work the system does (no viewer). */
    public boolean completedBy(long personId, long pathId) {
        Map<Long, LocalDate> completed = records.completedCourses(personId);
        return list().stream().filter(p -> p.id() == pathId).findFirst()
                .map(path -> path.items().stream().filter(PathItem::required).allMatch(i -> completed.containsKey(i.courseId())))
                .orElse(false);
    }

    /** Every path with the person's progress; assigned ones (directly or through their career level) first. */
    public List<PathProgress> progressOf(CurrentUser viewer, long personId) {
        PersonView person = access.visible(viewer, personId);
        Map<Long, String> assigned = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT path_id, person_id, career_level FROM learning_path_assignment
                 WHERE person_id = :person OR career_level = :level""")
                .param("person", personId).param("level", person.careerLevel()).query(rs -> {
                    assigned.putIfAbsent(rs.getLong(1), rs.getObject(2) != null ? "assigned to you" : "for your career level");
                });
        Map<Long, LocalDate> completed = records.completedCourses(personId);
        List<PathProgress> progress = new ArrayList<>();
        for (PathView path : list()) {
            List<ItemProgress> items = path.items().stream().map(item -> new ItemProgress(item, completed.get(item.courseId()))).toList();
            int requiredTotal = (int) path.requiredCount();
            int requiredDone = (int) items.stream().filter(i -> i.item().required() && i.completedOn() != null).count();
            int percent = requiredTotal == 0 ? 100 : requiredDone * 100 / requiredTotal;
            progress.add(new PathProgress(path, assigned.containsKey(path.id()), assigned.get(path.id()), items,
                    requiredDone, requiredTotal, percent));
        }
        progress.sort((a, b) -> Boolean.compare(b.assigned(), a.assigned()));
        return progress;
    }
}
