package com.pmocareer.experience;

import com.pmocareer.experience.ProjectViews.AssignmentCommand;
import com.pmocareer.experience.ProjectViews.AssignmentView;
import com.pmocareer.experience.ProjectViews.ProjectCommand;
import com.pmocareer.experience.ProjectViews.ProjectPage;
import com.pmocareer.experience.ProjectViews.ProjectQuery;
import com.pmocareer.experience.ProjectViews.ProjectView;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PMO's project registry and who works on which project in which role. Everyone may browse projects; a project's
 * team shows only the people the viewer may see. PMO leads and admins keep the registry; a lead assigns the people of
 * their part of the PMO.
 */
@Service
@Transactional(readOnly = true)
public class Projects {

    static final String ENTITY = "Project";
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final Pattern TAG = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,29}");
    static final int MAX_TAGS = 10;
    private static final int MAX_LISTED = 500;
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);
    private static final String SELECT_PROJECT = """
            SELECT p.*, pm.full_name AS pm_name FROM project p LEFT JOIN person pm ON pm.id = p.pm_id""";
    static final String SELECT_ASSIGNMENT = """
            SELECT a.*, p.code AS project_code, p.name AS project_name, person.full_name AS person_name
              FROM project_assignment a JOIN project p ON p.id = a.project_id JOIN person ON person.id = a.person_id""";

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final PersonAccess access;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final ProjectExperience experience;
    private final Clock clock;

    Projects(JdbcClient jdbc, PersonDirectory directory, PersonAccess access, AuditLog auditLog,
            ApplicationEventPublisher events, ProjectExperience experience, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
        this.experience = experience;
        this.clock = clock;
    }

    public List<ProjectView> search(ProjectQuery query) {
        var where = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (query.text() != null && !query.text().isBlank()) {
            where.add("p.search_text LIKE :text");
            params.put("text", "%" + query.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (query.type() != null) {
            where.add("p.project_type = :type");
            params.put("type", query.type().name());
        }
        if (query.status() != null) {
            where.add("p.status = :status");
            params.put("status", query.status().name());
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            where.add("EXISTS (SELECT 1 FROM project_tag t WHERE t.project_id = p.id AND t.tag = :tag)");
            params.put("tag", query.tag().trim().toUpperCase(Locale.ROOT));
        }
        String sql = SELECT_PROJECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY p.starts_on DESC, p.code FETCH FIRST " + MAX_LISTED + " ROWS ONLY";
        List<ProjectView> projects = jdbc.sql(sql).params(params).query(this::project).list();
        return withTags(projects);
    }

    public ProjectView get(long id) {
        ProjectView project = jdbc.sql(SELECT_PROJECT + " WHERE p.id = :id").param("id", id).query(this::project).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
        return withTags(List.of(project)).get(0);
    }

    public ProjectPage page(CurrentUser viewer, long id) {
        ProjectView project = get(id);
        List<AssignmentView> all = jdbc.sql(SELECT_ASSIGNMENT + " WHERE a.project_id = :project ORDER BY a.starts_on, person.full_name")
                .param("project", id).query(this::assignmentRow).list();
        List<AssignmentView> visible = all.stream().filter(a -> directory.canSee(viewer, a.personId())).toList();
        long othersOnTeam = all.stream().filter(a -> !directory.canSee(viewer, a.personId())).map(AssignmentView::personId)
                .distinct().count();
        return new ProjectPage(project, visible, (int) othersOnTeam, mayManageRegistry(viewer));
    }

    public boolean mayManageRegistry(CurrentUser viewer) {
        return viewer.isAdmin() || viewer.isLead();
    }

    @Transactional
    public ProjectView create(CurrentUser viewer, ProjectCommand command) {
        requireRegistryKeeper(viewer);
        Set<String> tags = validate(command, null);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO project (code, name, project_type, methodology, budget_band, starts_on, ends_on, status, sponsor,
                       pm_id, description, search_text, created_at, version)
                VALUES (:code, :name, :type, :methodology, :band, :starts, :ends, :status, :sponsor, :pm, :description,
                        :search, :now, 0)""")
                .params(columns(command)).param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKey().longValue();
        saveTags(id, tags);
        ProjectView created = get(id);
        auditLog.record(ENTITY, id, "CREATED", Map.of(), auditState(created));
        return created;
    }

    @Transactional
    public ProjectView update(CurrentUser viewer, long id, ProjectCommand command) {
        requireRegistryKeeper(viewer);
        ProjectView before = get(id);
        Set<String> tags = validate(command, id);
        int updated = jdbc.sql("""
                UPDATE project SET code = :code, name = :name, project_type = :type, methodology = :methodology,
                       budget_band = :band, starts_on = :starts, ends_on = :ends, status = :status, sponsor = :sponsor,
                       pm_id = :pm, description = :description, search_text = :search, version = version + 1
                 WHERE id = :id AND version = :version""")
                .params(columns(command)).param("id", id).param("version", requireVersion(command.version())).update();
        if (updated == 0) {
            throw new ConflictException("Someone changed " + before.name() + " since you opened it; reload and try again.");
        }
        jdbc.sql("DELETE FROM project_tag WHERE project_id = :id").param("id", id).update();
        saveTags(id, tags);
        ProjectView after = get(id);
        auditLog.record(ENTITY, id, "UPDATED", auditState(before), auditState(after));
        return after;
    }

    /** Assigns a person; one assignment per person and project at any time. */
    @Transactional
    public AssignmentView assign(CurrentUser viewer, long projectId, AssignmentCommand command) {
        ProjectView project = get(projectId);
        var problems = new ArrayList<FieldProblem>();
        PersonView person = command.personId() == null ? null : directory.find(viewer, command.personId()).orElse(null);
        if (person == null) {
            problems.add(new FieldProblem("personId", "is not a person you may assign"));
        } else if (!access.manages(viewer, person.id())) {
            throw new ForbiddenException("Only a PMO lead of the person or an admin assigns people to projects.");
        }
        validateAssignment(command, problems);
        FieldChecks.refuseIfAny("The assignment was not saved", problems);
        requireNoOverlap(projectId, person.id(), command.startsOn(), command.endsOn(), null);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO project_assignment (project_id, person_id, assignment_role, allocation, starts_on, ends_on,
                       source, created_by, created_at, version)
                VALUES (:project, :person, :role, :allocation, :starts, :ends, 'MANUAL', :by, :now, 0)""")
                .param("project", projectId).param("person", person.id()).param("role", command.role().name())
                .param("allocation", command.allocation()).param("starts", command.startsOn()).param("ends", command.endsOn())
                .param("by", viewer.personId()).param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKey().longValue();
        AssignmentView created = assignment(id);
        auditLog.record("ProjectAssignment", id, "CREATED", Map.of(), assignmentState(created));
        experience.assignmentsChanged();
        events.publishEvent(new AssignmentChanged(person.id(), project.id()));
        return created;
    }

    /** Changes role, allocation or dates: a shadow becomes co-PM from a date by ending one and starting another. */
    @Transactional
    public AssignmentView changeAssignment(CurrentUser viewer, long assignmentId, AssignmentCommand command) {
        AssignmentView before = assignment(assignmentId);
        access.visible(viewer, before.personId());
        if (!access.manages(viewer, before.personId())) {
            throw new ForbiddenException("Only a PMO lead of the person or an admin changes assignments.");
        }
        var problems = new ArrayList<FieldProblem>();
        validateAssignment(command, problems);
        FieldChecks.refuseIfAny("The assignment was not saved", problems);
        requireNoOverlap(before.projectId(), before.personId(), command.startsOn(), command.endsOn(), assignmentId);
        int updated = jdbc.sql("""
                UPDATE project_assignment SET assignment_role = :role, allocation = :allocation, starts_on = :starts,
                       ends_on = :ends, version = version + 1 WHERE id = :id AND version = :version""")
                .param("role", command.role().name()).param("allocation", command.allocation())
                .param("starts", command.startsOn()).param("ends", command.endsOn()).param("id", assignmentId)
                .param("version", requireVersion(command.version())).update();
        if (updated == 0) {
            throw new ConflictException("Someone changed this assignment since you opened it; reload and try again.");
        }
        AssignmentView after = assignment(assignmentId);
        auditLog.record("ProjectAssignment", assignmentId, "UPDATED", assignmentState(before), assignmentState(after));
        experience.assignmentsChanged();
        events.publishEvent(new AssignmentChanged(after.personId(), after.projectId()));
        return after;
    }

    public List<AssignmentView> assignmentsOf(CurrentUser viewer, long personId) {
        access.visible(viewer, personId);
        return assignmentsOf(List.of(personId));
    }

    List<AssignmentView> assignmentsOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_ASSIGNMENT + " WHERE a.person_id IN (:people) ORDER BY a.starts_on DESC, a.id DESC")
                .param("people", personIds).query(this::assignmentRow).list();
    }

    AssignmentView assignment(long id) {
        return jdbc.sql(SELECT_ASSIGNMENT + " WHERE a.id = :id").param("id", id).query(this::assignmentRow).optional()
                .orElseThrow(() -> new NotFoundException("Assignment", id));
    }

    public AssignmentView assignment(CurrentUser viewer, long id) {
        AssignmentView found = assignment(id);
        if (!directory.canSee(viewer, found.personId())) {
            throw new NotFoundException("Assignment", id);
        }
        return found;
    }

    private void requireNoOverlap(long projectId, long personId, LocalDate from, LocalDate to, Long except) {
        LocalDate end = to == null ? OPEN_END : to;
        boolean overlaps = jdbc.sql("""
                SELECT COUNT(*) FROM project_assignment WHERE project_id = :project AND person_id = :person
                   AND starts_on <= :end AND (ends_on IS NULL OR ends_on >= :from) AND id <> :except""")
                .param("project", projectId).param("person", personId).param("end", end)
                .param("from", from).param("except", except == null ? -1L : except).query(Long.class).single() > 0;
        if (overlaps) {
            throw new ConflictException("The person already has an assignment on this project in those dates; "
                    + "change that one, or end it before the new one starts.");
        }
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw com.pmocareer.shared.InvalidInputException.of("version", "send the version you edited");
        }
        return version;
    }

    private static void validateAssignment(AssignmentCommand command, List<FieldProblem> problems) {
        if (command.role() == null) {
            problems.add(new FieldProblem("role", "choose observer, shadow, co-PM or PM"));
        }
        if (command.allocation() == null || command.allocation() < 1 || command.allocation() > 100) {
            problems.add(new FieldProblem("allocation", "must be a percentage from 1 to 100"));
        }
        if (command.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "say when the assignment starts"));
        } else if (command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            problems.add(new FieldProblem("endsOn", "must not be before the start"));
        }
    }

    private Set<String> validate(ProjectCommand command, Long id) {
        var problems = new ArrayList<FieldProblem>();
        String code = command.code() == null ? null : command.code().trim().toUpperCase(Locale.ROOT);
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "must be 2 to 40 letters, digits or dashes"));
        } else if (jdbc.sql("SELECT COUNT(*) FROM project WHERE code = :code AND id <> :id").param("code", code)
                .param("id", id == null ? -1L : id).query(Long.class).single() > 0) {
            problems.add(new FieldProblem("code", "is taken by another project"));
        }
        FieldChecks.requireText(problems, "name", command.name(), 200);
        if (command.type() == null) {
            problems.add(new FieldProblem("type", "choose the kind of project"));
        }
        if (command.methodology() == null) {
            problems.add(new FieldProblem("methodology", "choose predictive, agile or hybrid"));
        }
        if (command.budgetBand() == null) {
            problems.add(new FieldProblem("budgetBand", "choose a budget band"));
        }
        if (command.status() == null) {
            problems.add(new FieldProblem("status", "choose a status"));
        }
        if (command.startsOn() == null) {
            problems.add(new FieldProblem("startsOn", "say when the project starts"));
        } else if (command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            problems.add(new FieldProblem("endsOn", "must not be before the start"));
        }
        FieldChecks.limitText(problems, "sponsor", command.sponsor(), 200);
        FieldChecks.limitText(problems, "description", command.description(), 2000);
        if (command.pmId() != null && directory.findForSystem(command.pmId()).isEmpty()) {
            problems.add(new FieldProblem("pmId", "is not a person of the PMO"));
        }
        Set<String> tags = new TreeSet<>();
        for (String tag : command.tags() == null ? Set.<String>of() : command.tags()) {
            if (tag == null || tag.isBlank()) {
                continue;
            }
            String normalised = tag.trim().toUpperCase(Locale.ROOT);
            if (!TAG.matcher(normalised).matches()) {
                problems.add(new FieldProblem("tags", "'" + tag.trim() + "' is not a tag: use 2 to 30 letters or digits"));
            }
            tags.add(normalised);
        }
        if (tags.size() > MAX_TAGS) {
            problems.add(new FieldProblem("tags", "must be at most " + MAX_TAGS));
        }
        FieldChecks.refuseIfAny("The project was not saved", problems);
        return tags;
    }

    private static Map<String, Object> columns(ProjectCommand command) {
        var columns = new HashMap<String, Object>();
        String code = command.code().trim().toUpperCase(Locale.ROOT);
        columns.put("code", code);
        columns.put("name", command.name().trim());
        columns.put("type", command.type().name());
        columns.put("methodology", command.methodology().name());
        columns.put("band", command.budgetBand().name());
        columns.put("starts", command.startsOn());
        columns.put("ends", command.endsOn());
        columns.put("status", command.status().name());
        columns.put("sponsor", FieldChecks.blankToNull(command.sponsor()));
        columns.put("pm", command.pmId());
        columns.put("description", FieldChecks.blankToNull(command.description()));
        columns.put("search", (code + " " + command.name().trim() + " "
                + (command.sponsor() == null ? "" : command.sponsor().trim())).toLowerCase(Locale.ROOT));
        return columns;
    }

    private void saveTags(long projectId, Set<String> tags) {
        tags.forEach(tag -> jdbc.sql("INSERT INTO project_tag (project_id, tag) VALUES (:project, :tag)")
                .param("project", projectId).param("tag", tag).update());
    }

    private List<ProjectView> withTags(List<ProjectView> projects) {
        if (projects.isEmpty()) {
            return projects;
        }
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.sql("SELECT project_id, tag FROM project_tag WHERE project_id IN (:ids) ORDER BY tag")
                .param("ids", projects.stream().map(ProjectView::id).toList())
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return projects.stream().map(p -> new ProjectView(p.id(), p.code(), p.name(), p.type(), p.methodology(),
                p.budgetBand(), p.startsOn(), p.endsOn(), p.status(), p.sponsor(), p.pmId(), p.pmName(), p.description(),
                List.copyOf(tags.getOrDefault(p.id(), List.of())), p.version())).toList();
    }

    private void requireRegistryKeeper(CurrentUser viewer) {
        if (!mayManageRegistry(viewer)) {
            throw new ForbiddenException("Only a PMO lead or an admin keeps the project registry.");
        }
    }

    private static Map<String, Object> auditState(ProjectView project) {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", project.code());
        state.put("name", project.name());
        state.put("status", project.status().name());
        state.put("tags", project.tags());
        return state;
    }

    private static Map<String, Object> assignmentState(AssignmentView a) {
        var state = new LinkedHashMap<String, Object>();
        state.put("project", a.projectCode());
        state.put("person", a.personName());
        state.put("role", a.role().name());
        state.put("allocation", a.allocation());
        state.put("startsOn", a.startsOn());
        state.put("endsOn", a.endsOn());
        return state;
    }

    private ProjectView project(ResultSet rs, int rowNum) throws SQLException {
        return new ProjectView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ProjectType.valueOf(rs.getString("project_type")), Methodology.valueOf(rs.getString("methodology")),
                BudgetBand.valueOf(rs.getString("budget_band")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), ProjectStatus.valueOf(rs.getString("status")),
                rs.getString("sponsor"), rs.getObject("pm_id", Long.class), rs.getString("pm_name"),
                rs.getString("description"), List.of(), rs.getLong("version"));
    }

    AssignmentView assignmentRow(ResultSet rs, int rowNum) throws SQLException {
        LocalDate today = LocalDate.now(clock);
        LocalDate starts = rs.getObject("starts_on", LocalDate.class);
        LocalDate ends = rs.getObject("ends_on", LocalDate.class);
        return new AssignmentView(rs.getLong("id"), rs.getLong("project_id"), rs.getString("project_code"),
                rs.getString("project_name"), rs.getLong("person_id"), rs.getString("person_name"),
                AssignmentRole.valueOf(rs.getString("assignment_role")), rs.getInt("allocation"), starts, ends,
                rs.getBigDecimal("planned_hours"), EntrySource.valueOf(rs.getString("source")),
                !starts.isAfter(today) && (ends == null || !ends.isBefore(today)), rs.getLong("version"));
    }
}
