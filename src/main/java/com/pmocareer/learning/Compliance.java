package com.pmocareer.learning;

import com.pmocareer.shared.FieldChecks;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.learning.ComplianceInputs.Person;
import com.pmocareer.learning.ComplianceRules.Standing;
import com.pmocareer.learning.ComplianceViews.Cell;
import com.pmocareer.learning.ComplianceViews.ExemptionCommand;
import com.pmocareer.learning.ComplianceViews.Matrix;
import com.pmocareer.learning.ComplianceViews.RequirementCommand;
import com.pmocareer.learning.ComplianceViews.RequirementTotals;
import com.pmocareer.learning.ComplianceViews.RequirementView;
import com.pmocareer.learning.ComplianceViews.Row;
import com.pmocareer.learning.CourseViews.CourseRef;
import com.pmocareer.people.CareerLevels;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonSummary;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mandatory training: requirements by audience and recurrence, each person's standing (see {@link ComplianceRules}),
 * exemptions with reason and approver, and the matrix leads filter and export. A requirement is met by completing any
 * of its courses; the standing is computed when asked, from the latest completion of each course.
 */
@Service
@Transactional(readOnly = true)
public class Compliance {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
    private static final int CHUNK = 1000;

    /** Every person's row, computed once per change of the inputs (or of the day) and shared by all requests. */
    private record Standings(ComplianceInputs.Inputs inputs, LocalDate day, List<RequirementView> requirements,
            Map<Long, Row> byPerson) {
    }

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final OrgUnits orgUnits;
    private final CareerLevels careerLevels;
    private final List<ProjectTagAudience> projectAudiences;
    private final PersonAccess access;
    private final ComplianceInputs inputs;
    private final AuditLog auditLog;
    private final Clock clock;
    private volatile Standings standings;

    Compliance(JdbcClient jdbc, PersonDirectory directory, OrgUnits orgUnits, CareerLevels careerLevels,
            List<ProjectTagAudience> projectAudiences, PersonAccess access, ComplianceInputs inputs, AuditLog auditLog,
            Clock clock) {
        this.inputs = inputs;
        this.jdbc = jdbc;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.careerLevels = careerLevels;
        this.projectAudiences = projectAudiences;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<RequirementView> requirements(boolean includeInactive) {
        Map<Long, List<CourseRef>> courses = new HashMap<>();
        jdbc.sql("""
                SELECT rc.requirement_id, c.id, c.code, c.title FROM compliance_requirement_course rc
                  JOIN course c ON c.id = rc.course_id ORDER BY c.title""").query(rs -> {
                    courses.computeIfAbsent(rs.getLong(1), key -> new ArrayList<>())
                            .add(new CourseRef(rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        Map<Long, String> units = orgUnits.namesById();
        return jdbc.sql("SELECT * FROM compliance_requirement" + (includeInactive ? "" : " WHERE active = TRUE") + " ORDER BY name")
                .query((rs, n) -> requirement(rs, courses, units)).list();
    }

    public RequirementView requirement(long id) {
        return requirements(true).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Compliance requirement", id));
    }

    private RequirementView requirement(ResultSet rs, Map<Long, List<CourseRef>> courses, Map<Long, String> units)
            throws SQLException {
        Audience audience = Audience.valueOf(rs.getString("audience"));
        String value = rs.getString("audience_value");
        String label = switch (audience) {
            case ALL -> "All staff";
            case CAREER_LEVEL -> "Career level " + careerLevels.all().stream().filter(l -> l.code().equals(value))
                    .map(l -> l.name()).findFirst().orElse(value);
            case ORG_UNIT -> units.getOrDefault(Long.valueOf(value), "unit " + value) + " and below";
            case PROJECT_TAG -> "People on projects tagged " + value;
        };
        return new RequirementView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), audience, value, label,
                audience != Audience.PROJECT_TAG || !projectAudiences.isEmpty(), Recurrence.valueOf(rs.getString("recurrence")),
                rs.getObject("every_months", Integer.class), rs.getObject("window_month", Integer.class),
                rs.getInt("grace_days"), rs.getInt("new_joiner_days"), rs.getInt("due_soon_days"), rs.getBoolean("active"),
                courses.getOrDefault(rs.getLong("id"), List.of()), rs.getLong("version"));
    }

    @Transactional
    public RequirementView create(CurrentUser user, RequirementCommand command) {
        user.requireAdmin("Only an admin sets mandatory training.");
        validate(command);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO compliance_requirement (code, name, description, audience, audience_value, recurrence,
                           every_months, window_month, grace_days, new_joiner_days, due_soon_days, active)
                    VALUES (:code, :name, :description, :audience, :value, :recurrence, :every, :window, :grace, :joiner,
                            :soon, :active)""").params(columns(command)).update(keys, "id");
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("code", "is already used by another requirement");
        }
        long id = keys.getKey().longValue();
        replaceCourses(id, command.courseIds());
        inputs.changed();
        auditLog.record("ComplianceRequirement", id, "CREATED", Map.of(), Map.of("code", command.code(), "name", command.name()));
        return requirement(id);
    }

    @Transactional
    public RequirementView update(CurrentUser user, long id, RequirementCommand command) {
        user.requireAdmin("Only an admin sets mandatory training.");
        RequirementView before = requirement(id);
        if (command.version() == null) {
            throw InvalidInputException.of("version", "send back the version you edited");
        }
        validate(command);
        Map<String, Object> params = columns(command);
        params.put("id", id);
        params.put("version", command.version());
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE compliance_requirement SET code = :code, name = :name, description = :description,
                           audience = :audience, audience_value = :value, recurrence = :recurrence, every_months = :every,
                           window_month = :window, grace_days = :grace, new_joiner_days = :joiner, due_soon_days = :soon,
                           active = :active, version = version + 1
                     WHERE id = :id AND version = :version""").params(params).update();
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("code", "is already used by another requirement");
        }
        if (updated == 0) {
            throw ConflictException.staleVersion("Compliance requirement", id);
        }
        replaceCourses(id, command.courseIds());
        inputs.changed();
        auditLog.record("ComplianceRequirement", id, "UPDATED", Map.of("name", before.name(), "recurrence", before.recurrenceLabel()),
                Map.of("name", command.name(), "recurrence", command.recurrence().name()));
        return requirement(id);
    }

    private void replaceCourses(long id, List<Long> courseIds) {
        jdbc.sql("DELETE FROM compliance_requirement_course WHERE requirement_id = :id").param("id", id).update();
        new HashSet<>(courseIds).forEach(course -> jdbc.sql(
                "INSERT INTO compliance_requirement_course (requirement_id, course_id) VALUES (:id, :course)")
                .param("id", id).param("course", course).update());
    }

    private void validate(RequirementCommand command) {
        var problems = new ArrayList<FieldProblem>();
        if (command.code() == null || !CODE.matcher(command.code().trim().toUpperCase()).matches()) {
            problems.add(new FieldProblem("code", "must be 2–40 letters, digits, - or _"));
        }
        FieldChecks.requireText(problems, "name", command.name(), 200);
        if (command.audience() == null) {
            problems.add(new FieldProblem("audience", "choose who must complete it"));
        } else {
            String value = command.audienceValue() == null ? "" : command.audienceValue().trim();
            switch (command.audience()) {
                case CAREER_LEVEL -> {
                    if (!careerLevels.exists(value)) {
                        problems.add(new FieldProblem("audienceValue", "must be a career level code"));
                    }
                }
                case ORG_UNIT -> {
                    if (!value.matches("\\d{1,18}") || !orgUnits.exists(Long.parseLong(value))) {
                        problems.add(new FieldProblem("audienceValue", "must be an org unit id"));
                    }
                }
                case PROJECT_TAG -> {
                    if (!value.matches("[A-Za-z0-9_ -]{2,40}")) {
                        problems.add(new FieldProblem("audienceValue", "must be a project compliance tag such as HIPAA"));
                    }
                }
                case ALL -> {
                }
            }
        }
        if (command.recurrence() == null) {
            problems.add(new FieldProblem("recurrence", "choose how often it is due"));
        } else if (command.recurrence() == Recurrence.EVERY_MONTHS
                && (command.everyMonths() == null || command.everyMonths() < 1 || command.everyMonths() > 120)) {
            problems.add(new FieldProblem("everyMonths", "must be 1 to 120 months"));
        } else if (command.recurrence() == Recurrence.CALENDAR_WINDOW
                && (command.windowMonth() == null || command.windowMonth() < 1 || command.windowMonth() > 12)) {
            problems.add(new FieldProblem("windowMonth", "must be a month, 1 to 12"));
        }
        checkDays(problems, "graceDays", command.graceDays());
        checkDays(problems, "newJoinerDays", command.newJoinerDays());
        checkDays(problems, "dueSoonDays", command.dueSoonDays());
        if (command.courseIds() == null || command.courseIds().isEmpty()) {
            problems.add(new FieldProblem("courseIds", "name at least one course that meets it"));
        } else {
            long known = jdbc.sql("SELECT COUNT(*) FROM course WHERE id IN (:ids)").param("ids", new HashSet<>(command.courseIds()))
                    .query(Long.class).single();
            if (known != new HashSet<>(command.courseIds()).size()) {
                problems.add(new FieldProblem("courseIds", "must all be courses of the catalog"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The requirement was not saved", problems);
        }
    }

    private static void checkDays(List<FieldProblem> problems, String field, Integer days) {
        if (days != null && (days < 0 || days > 730)) {
            problems.add(new FieldProblem(field, "must be 0 to 730 days"));
        }
    }

    private static Map<String, Object> columns(RequirementCommand command) {
        var params = new HashMap<String, Object>();
        params.put("code", command.code().trim().toUpperCase());
        params.put("name", command.name().trim());
        params.put("description", command.description() == null || command.description().isBlank() ? null : command.description().trim());
        params.put("audience", command.audience().name());
        params.put("value", command.audience() == Audience.ALL ? null : command.audienceValue().trim());
        params.put("recurrence", command.recurrence().name());
        params.put("every", command.recurrence() == Recurrence.EVERY_MONTHS ? command.everyMonths() : null);
        params.put("window", command.recurrence() == Recurrence.CALENDAR_WINDOW ? command.windowMonth() : null);
        params.put("grace", command.graceDays() == null ? 0 : command.graceDays());
        params.put("joiner", command.newJoinerDays() == null ? 30 : command.newJoinerDays());
        params.put("soon", command.dueSoonDays() == null ? 30 : command.dueSoonDays());
        params.put("active", command.active() == null || command.active());
        return params;
    }

    /** The person's standing against every active requirement that applies to them. */
    public List<Cell> standingOf(CurrentUser viewer, long personId) {
        var person = directory.get(viewer, personId);
        return rowsOf(List.of(person.summary()), standings()).get(0).cells();
    }

    private Standings standings() {
        ComplianceInputs.Inputs known = inputs.current();
        LocalDate today = LocalDate.now(clock);
        Standings kept = standings;
        if (kept != null && kept.inputs() == known && kept.day().equals(today)) {
            return kept;
        }
        // One request computes everyone's rows while the others wait for them.
        synchronized (this) {
            return recompute(known, today);
        }
    }

    private Standings recompute(ComplianceInputs.Inputs known, LocalDate today) {
        Standings kept = standings;
        if (kept != null && kept.inputs() == known && kept.day().equals(today)) {
            return kept;
        }
        List<RequirementView> requirements = requirements(false);
        Map<Long, Row> byPerson = new HashMap<>();
        rows(List.copyOf(known.people().values()), requirements, today).forEach(row -> byPerson.put(row.personId(), row));
        kept = new Standings(known, today, requirements, byPerson);
        standings = kept;
        return kept;
    }

    /** The rows of these people, in their order: from the shared standings, or computed now for people added since. */
    private List<Row> rowsOf(List<PersonSummary> people, Standings kept) {
        List<PersonSummary> missing = people.stream().filter(p -> !kept.byPerson().containsKey(p.id())).toList();
        Map<Long, Row> added = new HashMap<>();
        if (!missing.isEmpty()) {
            rows(withStartDates(missing), kept.requirements(), kept.day()).forEach(row -> added.put(row.personId(), row));
        }
        List<Row> rows = new ArrayList<>(people.size());
        for (PersonSummary person : people) {
            Row row = kept.byPerson().getOrDefault(person.id(), added.get(person.id()));
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The matrix for the people the viewer may see in the org unit (and below; everyone visible when null), optionally
     * narrowed to one requirement and one state; totals count every matching person, rows are paged.
     */
    public Matrix matrix(CurrentUser viewer, Long orgUnitId, Long requirementId, ComplianceState state, PageRequest page) {
        return matrix(viewer, orgUnitId, requirementId, state, null, page);
    }

    /** The matrix narrowed to people whose name contains {@code name} (ignoring case) as well. */
    public Matrix matrix(CurrentUser viewer, Long orgUnitId, Long requirementId, ComplianceState state, String name,
            PageRequest page) {
        return build(viewer, orgUnitId, requirementId, state, name, page.page(), page.size());
    }

    /** Every row of the matrix, unpaged, for the CSV and XLSX exports. */
    public Matrix fullMatrix(CurrentUser viewer, Long orgUnitId, Long requirementId, ComplianceState state) {
        return build(viewer, orgUnitId, requirementId, state, null, 0, Integer.MAX_VALUE);
    }

    private Matrix build(CurrentUser viewer, Long orgUnitId, Long requirementId, ComplianceState state, String name,
            int page, int size) {
        Standings kept = standings();
        List<RequirementView> requirements = kept.requirements().stream()
                .filter(r -> requirementId == null || r.id() == requirementId).toList();
        List<Row> rows = rowsOf(directory.summaries(viewer, orgUnitId, null), kept);
        if (requirementId != null) {
            rows = rows.stream().map(row -> new Row(row.personId(), row.fullName(), row.orgUnitName(), row.careerLevel(),
                    row.cells().stream().filter(c -> c.requirementId() == requirementId).toList())).toList();
        }
        if (state != null) {
            rows = rows.stream().filter(row -> row.cells().stream().anyMatch(c -> c.state() == state)).toList();
        }
        if (name != null && !name.isBlank()) {
            String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
            rows = rows.stream().filter(row -> row.fullName().toLowerCase(java.util.Locale.ROOT).contains(wanted)).toList();
        }
        // Who needs a word first: past the grace period, then overdue, then due soon; by name within each.
        rows = rows.stream().sorted(java.util.Comparator.comparingInt(Compliance::urgency).reversed()
                .thenComparing(Row::fullName)).toList();
        List<RequirementTotals> totals = new ArrayList<>();
        for (RequirementView requirement : requirements) {
            Map<ComplianceState, Integer> counts = new EnumMap<>(ComplianceState.class);
            for (ComplianceState each : ComplianceState.values()) {
                counts.put(each, 0);
            }
            rows.forEach(row -> {
                Cell cell = row.cell(requirement.id());
                if (cell != null) {
                    counts.merge(cell.state(), 1, Integer::sum);
                }
            });
            int applicable = counts.values().stream().mapToInt(Integer::intValue).sum();
            int good = counts.get(ComplianceState.COMPLIANT) + counts.get(ComplianceState.DUE_SOON) + counts.get(ComplianceState.EXEMPT);
            totals.add(new RequirementTotals(requirement.id(), requirement.code(), requirement.name(), counts,
                    applicable == 0 ? 100 : good * 100 / applicable));
        }
        int from = (int) Math.min((long) page * size, rows.size());
        int to = (int) Math.min((long) from + size, rows.size());
        return new Matrix(totals, rows.subList(from, to), rows.size(), page, size, (int) ((rows.size() + (long) size - 1) / size));
    }

    private static int urgency(Row row) {
        int urgency = 0;
        for (Cell cell : row.cells()) {
            int level = cell.pastGrace() ? 3 : cell.state() == ComplianceState.OVERDUE ? 2 : cell.state() == ComplianceState.DUE_SOON ? 1 : 0;
            urgency = Math.max(urgency, level);
        }
        return urgency;
    }

    /** Everyone, for the daily scan. */
    List<Person> everyone() {
        return jdbc.sql("SELECT id, full_name, org_unit_id, career_level, start_date FROM person WHERE erased_at IS NULL ORDER BY full_name")
                .query((rs, n) -> new Person(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).list();
    }

    private List<Person> withStartDates(List<PersonSummary> summaries) {
        Map<Long, Person> known = inputs.current().people();
        Map<Long, LocalDate> starts = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        summaries.forEach(s -> {
            Person person = known.get(s.id());
            if (person != null) {
                starts.put(s.id(), person.startDate());
            } else {
                missing.add(s.id());
            }
        });
        for (int from = 0; from < missing.size(); from += CHUNK) {
            jdbc.sql("SELECT id, start_date FROM person WHERE id IN (:ids)")
                    .param("ids", missing.subList(from, Math.min(missing.size(), from + CHUNK)))
                    .query(rs -> {
                        starts.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                    });
        }
        return summaries.stream().filter(s -> starts.containsKey(s.id()))
                .map(s -> new Person(s.id(), s.fullName(), s.orgUnitId(), s.careerLevel(), starts.get(s.id()))).toList();
    }

    /** Standings of many people at once: three queries whatever the number of people. */
    List<Row> rows(List<Person> people, List<RequirementView> requirements, LocalDate today) {
        ComplianceInputs.Inputs known = inputs.current();
        Map<Long, Set<Long>> subtrees = new HashMap<>();
        Map<Long, Set<Long>> taggedAudiences = new HashMap<>();
        Map<Long, String> unitNames = orgUnits.namesById();
        List<Row> rows = new ArrayList<>(people.size());
        for (Person person : people) {
            List<Cell> cells = new ArrayList<>();
            for (RequirementView requirement : requirements) {
                if (!applies(requirement, person, subtrees, taggedAudiences, today)) {
                    continue;
                }
                LocalDate last = null;
                for (CourseRef course : requirement.courses()) {
                    LocalDate on = known.lastCompleted(person.id(), course.id());
                    if (on != null && (last == null || on.isAfter(last))) {
                        last = on;
                    }
                }
                ComplianceInputs.Exemption exemption = known.exemption(requirement.id(), person.id());
                Standing standing = ComplianceRules.standing(requirement.schedule(), person.startDate(), last,
                        exemption == null ? null : exemption.until(), exemption != null, today);
                cells.add(new Cell(requirement.id(), standing.state(), standing.dueOn(), standing.lastCompletedOn(),
                        standing.pastGrace(), standing.state() == ComplianceState.EXEMPT ? exemption.reason() : null));
            }
            rows.add(new Row(person.id(), person.fullName(), unitNames.getOrDefault(person.orgUnitId(), ""),
                    person.careerLevel(), cells));
        }
        return rows;
    }

    private boolean applies(RequirementView requirement, Person person, Map<Long, Set<Long>> subtrees,
            Map<Long, Set<Long>> taggedAudiences, LocalDate today) {
        return switch (requirement.audience()) {
            case ALL -> true;
            case CAREER_LEVEL -> requirement.audienceValue().equals(person.careerLevel());
            case ORG_UNIT -> subtrees.computeIfAbsent(Long.valueOf(requirement.audienceValue()), orgUnits::subtree)
                    .contains(person.orgUnitId());
            case PROJECT_TAG -> taggedAudiences.computeIfAbsent(requirement.id(), id -> {
                Set<Long> tagged = new HashSet<>();
                projectAudiences.forEach(source -> tagged.addAll(source.peopleOnProjectsTagged(requirement.audienceValue(), today)));
                return tagged;
            }).contains(person.id());
        };
    }

    /** Exempts a person from a requirement, with a reason; the approver is the lead or admin who grants it. */
    @Transactional
    public Cell exempt(CurrentUser user, ExemptionCommand command) {
        if (command.personId() != null) {
            access.requireManager(user, command.personId(), "Only the person's lead or an admin grants an exemption.");
        }
        var problems = new ArrayList<FieldProblem>();
        if (command.requirementId() == null) {
            problems.add(new FieldProblem("requirementId", "choose a requirement"));
        }
        if (command.personId() == null) {
            problems.add(new FieldProblem("personId", "choose a person"));
        }
        if (command.reason() == null || command.reason().isBlank() || command.reason().trim().length() > 500) {
            problems.add(new FieldProblem("reason", "say why, in at most 500 characters"));
        }
        if (command.until() != null && command.until().isBefore(LocalDate.now(clock))) {
            problems.add(new FieldProblem("until", "must not be in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The exemption was not granted", problems);
        }
        RequirementView requirement = requirement(command.requirementId());
        var exempted = directory.get(user, command.personId());
        boolean applies = rowsOf(List.of(exempted.summary()), standings()).get(0).cell(requirement.id()) != null;
        if (!applies) {
            throw InvalidInputException.of("requirementId", requirement.name() + " does not apply to " + exempted.fullName());
        }
        jdbc.sql("DELETE FROM compliance_exemption WHERE requirement_id = :requirement AND person_id = :person")
                .param("requirement", requirement.id()).param("person", command.personId()).update();
        jdbc.sql("""
                INSERT INTO compliance_exemption (requirement_id, person_id, reason, approved_by, approved_at, until_on)
                VALUES (:requirement, :person, :reason, :by, :now, :until)""")
                .param("requirement", requirement.id()).param("person", command.personId())
                .param("reason", command.reason().trim()).param("by", user.personId())
                .param("now", OffsetDateTime.now(clock)).param("until", command.until()).update();
        inputs.changed();
        auditLog.record("ComplianceExemption", command.personId(), "GRANTED", Map.of(),
                Map.of("requirement", requirement.code(), "reason", command.reason().trim()));
        // The shared standings change when this transaction commits; the answer is computed with the new exemption now.
        var person = exempted;
        LocalDate last = requirement.courses().stream().map(c -> inputs.current().lastCompleted(person.id(), c.id()))
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        Standing standing = ComplianceRules.standing(requirement.schedule(), person.startDate(), last, command.until(), true,
                LocalDate.now(clock));
        return new Cell(requirement.id(), standing.state(), standing.dueOn(), last, standing.pastGrace(), command.reason().trim());
    }

    @Transactional
    public void revokeExemption(CurrentUser user, long requirementId, long personId) {
        access.requireManager(user, personId, "Only the person's lead or an admin revokes an exemption.");
        int removed = jdbc.sql("DELETE FROM compliance_exemption WHERE requirement_id = :requirement AND person_id = :person")
                .param("requirement", requirementId).param("person", personId).update();
        if (removed == 0) {
            throw new NotFoundException("Exemption", requirementId + "/" + personId);
        }
        inputs.changed();
        auditLog.record("ComplianceExemption", personId, "REVOKED", Map.of("requirement", requirementId), Map.of());
    }

    /** Whether everyone of the people is up to date (no overdue requirement): for the career ladder's criterion. */
    Map<Long, List<String>> overdueRequirements(Collection<PersonSummary> summaries) {
        Map<Long, List<String>> overdue = new LinkedHashMap<>();
        Standings kept = standings();
        Map<Long, String> names = new HashMap<>();
        kept.requirements().forEach(r -> names.put(r.id(), r.name()));
        for (Row row : rowsOf(List.copyOf(summaries), kept)) {
            overdue.put(row.personId(), row.cells().stream().filter(c -> c.state() == ComplianceState.OVERDUE)
                    .map(c -> names.get(c.requirementId())).toList());
        }
        return overdue;
    }
}
