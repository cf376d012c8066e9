package com.pmocareer.people;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding, reading, creating and editing people, always within what the caller may see. */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

    static final String ENTITY = "Person";

    private final PersonStore store;
    private final DirectoryIndex index;
    private final PeopleScope scope;
    private final OrgUnits orgUnits;
    private final CareerLevels careerLevels;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    PersonDirectory(PersonStore store, DirectoryIndex index, PeopleScope scope, OrgUnits orgUnits, CareerLevels careerLevels,
            AuditLog auditLog, ApplicationEventPublisher events) {
        this.store = store;
        this.index = index;
        this.scope = scope;
        this.orgUnits = orgUnits;
        this.careerLevels = careerLevels;
        this.auditLog = auditLog;
        this.events = events;
    }

    public PageResponse<PersonView> search(CurrentUser viewer, PeopleQuery query, PageRequest page) {
        var units = query.orgUnitId() == null ? null : orgUnits.subtree(query.orgUnitId());
        var found = index.search(scope.of(viewer), query.text(), query.role(), units, (int) page.offset(), page.size());
        return PageResponse.of(store.findAll(found.ids()), page, found.total());
    }

    /**
     * Every person the viewer may see in the org unit (and below; everyone when null) with the role (any when null),
     * by name, unpaged and from memory: for views that rank a whole team, such as promotion readiness.
     */
    public List<PersonSummary> summaries(CurrentUser viewer, Long orgUnitId, com.pmocareer.shared.Role role) {
        var units = orgUnitId == null ? null : orgUnits.subtree(orgUnitId);
        return index.summaries(scope.of(viewer), role, units);
    }

    /** The ids of everyone holding the role, for work the system does on everyone's behalf (suggesting mentors). */
    public List<Long> idsWithRoleForSystem(com.pmocareer.shared.Role role) {
        return index.search(new PeopleScope.Visibility(true, java.util.Set.of(), java.util.Set.of()), null, role, null,
                0, Integer.MAX_VALUE).ids();
    }

    /** Names by id, from memory, for work the system does (no visibility check: callers show only what they may). */
    public Map<Long, String> namesForSystem(java.util.Collection<Long> ids) {
        return index.names(ids);
    }

    /** The person if the viewer may see them; a person they may not see answers exactly like one that does not exist. */
    public PersonView get(CurrentUser viewer, long id) {
        return find(viewer, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<PersonView> find(CurrentUser viewer, long id) {
        return store.find(id).filter(person -> scope.of(viewer).includes(person.id(), person.orgUnitId()));
    }

    public boolean canSee(CurrentUser viewer, long personId) {
        return find(viewer, personId).isPresent();
    }

    /** Looks a person up without any viewer, for work the system does on its own (events, scheduled jobs). */
    public Optional<PersonView> findForSystem(long id) {
        return store.find(id);
    }

    public Optional<PersonView> findByEmail(CurrentUser viewer, String email) {
        return store.idByEmail(email).flatMap(id -> find(viewer, id));
    }

    /** Headcount per career level code among the people the viewer may see. */
    public Map<String, Long> headcountByCareerLevel(CurrentUser viewer) {
        Map<String, Object> params = new HashMap<>();
        String where = "p.erased_at IS NULL AND " + scope.of(viewer).condition("p", params);
        var counts = new java.util.LinkedHashMap<String, Long>();
        careerLevels.all().forEach(level -> counts.put(level.code(), 0L));
        store.countBy("p.career_level", where, params).forEach(counts::put);
        return counts;
    }

    @Transactional
    public PersonView create(CurrentUser viewer, PersonCommand command) {
        requireAdmin(viewer);
        validateReferences(command, null);
        if (store.idByEmail(command.email()).isPresent()) {
            throw new ConflictException("A person with the e-mail " + command.email() + " already exists.");
        }
        long id = store.insert(command);
        PersonView created = store.find(id).orElseThrow();
        auditLog.record(ENTITY, id, "CREATED", Map.of(), PersonStore.auditState(created));
        events.publishEvent(new PersonHired(id, created.orgUnitId(), created.careerLevel(), created.startDate()));
        return created;
    }

    @Transactional
    public PersonView update(CurrentUser viewer, long id, PersonCommand command) {
        requireAdmin(viewer);
        PersonView before = get(viewer, id);
        if (command.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you last read");
        }
        validateReferences(command, id);
        store.idByEmail(command.email()).filter(other -> other != id).ifPresent(other -> {
            throw new ConflictException("Another person already has the e-mail " + command.email() + ".");
        });
        store.update(id, command, command.version());
        PersonView after = store.find(id).orElseThrow();
        auditLog.record(ENTITY, id, "UPDATED", PersonStore.auditState(before), PersonStore.auditState(after));
        return after;
    }

    void validateReferences(PersonCommand command, Long personId) {
        var problems = new ArrayList<FieldProblem>();
        if (command.orgUnitId() != null && !orgUnits.exists(command.orgUnitId())) {
            problems.add(new FieldProblem("orgUnitId", "is not a known org unit"));
        }
        if (!careerLevels.exists(command.careerLevel())) {
            problems.add(new FieldProblem("careerLevel", "is not a known career level"));
        }
        if (command.lineManagerId() != null) {
            if (Objects.equals(command.lineManagerId(), personId)) {
                problems.add(new FieldProblem("lineManagerId", "cannot be the person themselves"));
            } else if (store.find(command.lineManagerId()).isEmpty()) {
                problems.add(new FieldProblem("lineManagerId", "is not a known person"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are invalid.", problems);
        }
    }

    static void requireAdmin(CurrentUser viewer) {
        if (!viewer.isAdmin()) {
            throw new ForbiddenException("Only a PMO admin may do this.");
        }
    }
}
