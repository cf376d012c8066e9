package com.pmocareer.people;

import com.pmocareer.shared.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people directory held in memory for searching: a free-text search must look at every row, which a database
 * does at about a tenth of the speed. It stays exact across instances: every change to people or roles bumps a
 * revision in the same transaction, and each search first compares that revision with the one it loaded.
 */
@Component
class DirectoryIndex {

    record Entry(long id, long orgUnitId, String fullName, String searchText, Set<Role> roles, String careerLevel,
            java.time.LocalDate levelSince) {

        PersonSummary summary() {
            return new PersonSummary(id, fullName, orgUnitId, careerLevel, levelSince);
        }
    }

    record Page(long total, List<Long> ids) {
    }

    private record Snapshot(long revision, List<Entry> entries, Map<Long, Entry> byId) {

        Snapshot(long revision, List<Entry> entries) {
            this(revision, entries, entries.stream().collect(java.util.stream.Collectors.toMap(Entry::id, entry -> entry)));
        }
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    DirectoryIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** To be called in the transaction of every change to a person or their roles. */
    static void changed(JdbcClient jdbc) {
        jdbc.sql("UPDATE directory_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    Map<Long, String> names(java.util.Collection<Long> ids) {
        var byId = current().byId();
        var names = new HashMap<Long, String>();
        ids.forEach(id -> {
            var entry = byId.get(id);
            if (entry != null) {
                names.put(id, entry.fullName());
            }
        });
        return names;
    }

    /** Everyone visible in the units (all when null) with the role (any when null), by name. */
    List<PersonSummary> summaries(PeopleScope.Visibility visibility, Role role, Set<Long> orgUnits) {
        var found = new ArrayList<PersonSummary>();
        for (Entry entry : current().entries()) {
            if ((orgUnits == null || orgUnits.contains(entry.orgUnitId())) && (role == null || entry.roles().contains(role))
                    && visibility.includes(entry.id(), entry.orgUnitId())) {
                found.add(entry.summary());
            }
        }
        return found;
    }

    Page search(PeopleScope.Visibility visibility, String text, Role role, Set<Long> orgUnits, int offset, int limit) {
        String needle = text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT);
        long total = 0;
        var ids = new ArrayList<Long>(Math.min(limit, 256));
        for (Entry entry : current().entries()) {
            if (visibility.includes(entry.id(), entry.orgUnitId())
                    && (needle == null || entry.searchText().contains(needle))
                    && (role == null || entry.roles().contains(role))
                    && (orgUnits == null || orgUnits.contains(entry.orgUnitId()))) {
                if (total >= offset && ids.size() < limit) {
                    ids.add(entry.id());
                }
                total++;
            }
        }
        return new Page(total, ids);
    }

    private Snapshot current() {
        long revision = revision();
        Snapshot known = snapshot;
        if (known != null && known.revision() == revision) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (known == null || known.revision() != revision) {
                // The revision was read before the rows: a change committed in between only causes one more reload.
                known = new Snapshot(revision, load());
                snapshot = known;
            }
            return known;
        }
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM directory_revision WHERE id = 1").query(Long.class).single();
    }

    private List<Entry> load() {
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT person_id, role FROM account_role").query((rs, n) -> roles
                .computeIfAbsent(rs.getLong("person_id"), id -> EnumSet.noneOf(Role.class))
                .add(Role.valueOf(rs.getString("role")))).list();
        List<Entry> entries = new ArrayList<>(jdbc.sql("""
                        SELECT id, org_unit_id, full_name, search_text, career_level, level_since FROM person
                         WHERE erased_at IS NULL""")
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getLong("org_unit_id"), rs.getString("full_name"),
                        rs.getString("search_text"), roles.getOrDefault(rs.getLong("id"), Set.of()),
                        rs.getString("career_level"), rs.getObject("level_since", java.time.LocalDate.class)))
                .list());
        entries.sort(Comparator.comparing(Entry::fullName).thenComparingLong(Entry::id));
        return List.copyOf(entries);
    }
}
