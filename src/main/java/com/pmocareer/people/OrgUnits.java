package com.pmocareer.people;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The org chart: units as a tree. Small enough to read whole for every question about it. */
@Service
@Transactional(readOnly = true)
public class OrgUnits {

    private record Row(long id, String name, Long parentId, long version) {
    }

    private static final String ENTITY = "OrgUnit";

    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    OrgUnits(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    private List<Row> rows() {
        return jdbc.sql("SELECT id, name, parent_id, version FROM org_unit ORDER BY name")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
                        (Long) rs.getObject("parent_id", Long.class), rs.getLong("version")))
                .list();
    }

    public OrgUnitView get(long id) {
        return flattened().stream().filter(unit -> unit.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public OrgUnitView create(CurrentUser viewer, OrgUnitCommand command) {
        PersonDirectory.requireAdmin(viewer);
        requireName(command);
        requireKnownParent(command.parentId());
        requireUniqueName(command.name(), null);
        long id = insert(command.name(), command.parentId());
        auditLog.record(ENTITY, id, "CREATED", Map.of(), state(get(id)));
        return get(id);
    }

    /** Inserts a unit without checks or audit, for callers that set up a PMO (demo data, first start). */
    long insert(String name, Long parentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO org_unit (name, parent_id, version) VALUES (:name, :parent, 0)")
                .param("name", name.trim()).param("parent", parentId).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Renames or moves a unit; a unit cannot move below itself. */
    @Transactional
    public OrgUnitView update(CurrentUser viewer, long id, OrgUnitCommand command) {
        PersonDirectory.requireAdmin(viewer);
        OrgUnitView before = get(id);
        if (command.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you last read");
        }
        requireName(command);
        requireKnownParent(command.parentId());
        if (command.parentId() != null && subtree(id).contains(command.parentId())) {
            throw InvalidInputException.of("parentId", "cannot be the unit itself or one of its sub-units");
        }
        requireUniqueName(command.name(), id);
        int updated = jdbc.sql("""
                UPDATE org_unit SET name = :name, parent_id = :parent, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("name", command.name().trim()).param("parent", command.parentId()).param("id", id)
                .param("version", command.version()).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("Org unit", id);
        }
        OrgUnitView after = get(id);
        auditLog.record(ENTITY, id, "UPDATED", state(before), state(after));
        return after;
    }

    /** Removes an empty unit: one that has no people and no sub-units. */
    @Transactional
    public void delete(CurrentUser viewer, long id) {
        PersonDirectory.requireAdmin(viewer);
        OrgUnitView unit = get(id);
        if (!unit.children().isEmpty()) {
            throw new ConflictException("The unit " + unit.name() + " has sub-units: move or remove them first.");
        }
        long people = jdbc.sql("SELECT COUNT(*) FROM person WHERE org_unit_id = :id").param("id", id)
                .query(Long.class).single();
        if (people > 0) {
            throw new ConflictException("The unit " + unit.name() + " still has " + people + " people: move them first.");
        }
        jdbc.sql("DELETE FROM org_unit WHERE id = :id").param("id", id).update();
        auditLog.record(ENTITY, id, "DELETED", state(unit), Map.of());
    }

    private static void requireName(OrgUnitCommand command) {
        if (command.name() == null || command.name().isBlank()) {
            throw InvalidInputException.of("name", "is required");
        }
        if (command.name().trim().length() > 120) {
            throw InvalidInputException.of("name", "must be at most 120 characters");
        }
    }

    private void requireKnownParent(Long parentId) {
        if (parentId != null && !exists(parentId)) {
            throw InvalidInputException.of("parentId", "is not a known org unit");
        }
    }

    private void requireUniqueName(String name, Long exceptId) {
        idByName(name).filter(other -> !other.equals(exceptId)).ifPresent(other -> {
            throw new ConflictException("An org unit named " + name.trim() + " already exists.");
        });
    }

    private Map<String, Object> state(OrgUnitView unit) {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", unit.name());
        state.put("parent", unit.parentId() == null ? null : namesById().get(unit.parentId()));
        return state;
    }

    public List<OrgUnitView> tree() {
        List<Row> rows = rows();
        return childrenOf(null, rows, 0);
    }

    private static List<OrgUnitView> childrenOf(Long parentId, List<Row> rows, int depth) {
        var children = new ArrayList<OrgUnitView>();
        for (Row row : rows) {
            if (java.util.Objects.equals(row.parentId(), parentId)) {
                children.add(new OrgUnitView(row.id(), row.name(), row.parentId(), depth, row.version(),
                        childrenOf(row.id(), rows, depth + 1)));
            }
        }
        return children;
    }

    /** Every unit in depth-first order, for indented pick lists. */
    public List<OrgUnitView> flattened() {
        var flat = new ArrayList<OrgUnitView>();
        flatten(tree(), flat);
        return flat;
    }

    private static void flatten(List<OrgUnitView> units, List<OrgUnitView> into) {
        for (OrgUnitView unit : units) {
            into.add(unit);
            flatten(unit.children(), into);
        }
    }

    /** The unit and all units below it. */
    public Set<Long> subtree(long rootId) {
        return subtree(rootId, rows());
    }

    /** The unit and all below it, or empty when that is every unit there is (a root of the whole PMO). */
    Optional<Set<Long>> subtreeUnlessEverything(long rootId) {
        List<Row> rows = rows();
        Set<Long> subtree = subtree(rootId, rows);
        return subtree.size() == rows.size() ? Optional.empty() : Optional.of(subtree);
    }

    private static Set<Long> subtree(long rootId, List<Row> rows) {
        Map<Long, List<Long>> childrenByParent = new LinkedHashMap<>();
        for (Row row : rows) {
            childrenByParent.computeIfAbsent(row.parentId(), key -> new ArrayList<>()).add(row.id());
        }
        var result = new HashSet<Long>();
        var pending = new ArrayList<Long>(List.of(rootId));
        while (!pending.isEmpty()) {
            Long id = pending.remove(pending.size() - 1);
            if (result.add(id)) {
                pending.addAll(childrenByParent.getOrDefault(id, List.of()));
            }
        }
        return result;
    }

    public Optional<Long> idByName(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE LOWER(name) = LOWER(:name)").param("name", name.trim())
                .query(Long.class).optional();
    }

    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE id = :id").param("id", id).query(Long.class).single() > 0;
    }

    public Map<Long, String> namesById() {
        var names = new LinkedHashMap<Long, String>();
        rows().forEach(row -> names.put(row.id(), row.name()));
        return names;
    }
}
