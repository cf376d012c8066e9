package com.pmocareer.people;

import com.pmocareer.platform.CurrentUser;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whom a user may see: an admin everyone; a PMO lead their org unit and all below it; anyone themselves; plus what
 * other modules add (a mentor's mentees).
 */
@Component
class PeopleScope {

    record Visibility(boolean everyone, Set<Long> orgUnitIds, Set<Long> personIds) {

        /** A SQL condition on the person table aliased {@code alias}; adds its parameters to {@code params}. */
        String condition(String alias, Map<String, Object> params) {
            if (everyone) {
                return "1=1";
            }
            params.put("visiblePeople", personIds);
            if (orgUnitIds.isEmpty()) {
                return alias + ".id IN (:visiblePeople)";
            }
            params.put("visibleUnits", orgUnitIds);
            return "(" + alias + ".org_unit_id IN (:visibleUnits) OR " + alias + ".id IN (:visiblePeople))";
        }

        boolean includes(long personId, long orgUnitId) {
            return everyone || personIds.contains(personId) || orgUnitIds.contains(orgUnitId);
        }
    }

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final List<PeopleVisibilityExtension> extensions;

    PeopleScope(JdbcClient jdbc, OrgUnits orgUnits, List<PeopleVisibilityExtension> extensions) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.extensions = extensions;
    }

    Visibility of(CurrentUser viewer) {
        if (viewer.isAdmin()) {
            return new Visibility(true, Set.of(), Set.of());
        }
        Set<Long> units = Set.of();
        if (viewer.isLead()) {
            var unit = jdbc.sql("SELECT org_unit_id FROM person WHERE id = :id").param("id", viewer.personId())
                    .query(Long.class).optional();
            if (unit.isPresent()) {
                var subtree = orgUnits.subtreeUnlessEverything(unit.get());
                if (subtree.isEmpty()) {
                    // A lead at the root sees the whole PMO; saying so spares every check a long list of units.
                    return new Visibility(true, Set.of(), Set.of());
                }
                units = subtree.get();
            }
        }
        var people = new HashSet<Long>();
        people.add(viewer.personId());
        extensions.forEach(extension -> people.addAll(extension.additionallyVisible(viewer)));
        return new Visibility(false, units, people);
    }
}
