package com.pmocareer.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The org chart: units as a tree. Small enough to read whole for every question about it. */
@Service
@Transactional(readOnly = true)
public class OrgUnits {

    private record Row(long id, String name, Long parentId) {
    }

    private final JdbcClient jdbc;

    OrgUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private List<Row> rows() {
        return jdbc.sql("SELECT id, name, parent_id FROM org_unit ORDER BY name")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"),
                        (Long) rs.getObject("parent_id", Long.class)))
                .list();
    }

    public List<OrgUnitView> tree() {
        List<Row> rows = rows();
        return childrenOf(null, rows, 0);
    }

    private static List<OrgUnitView> childrenOf(Long parentId, List<Row> rows, int depth) {
        var children = new ArrayList<OrgUnitView>();
        for (Row row : rows) {
            if (java.util.Objects.equals(row.parentId(), parentId)) {
                children.add(new OrgUnitView(row.id(), row.name(), row.parentId(), depth,
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
