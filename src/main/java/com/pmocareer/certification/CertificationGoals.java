package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.BudgetCommand;
import com.pmocareer.certification.CertificationViews.BudgetDecision;
import com.pmocareer.certification.CertificationViews.CertificationTypeView;
import com.pmocareer.certification.CertificationViews.CredentialCommand;
import com.pmocareer.certification.CertificationViews.GoalCommand;
import com.pmocareer.certification.CertificationViews.GoalProgress;
import com.pmocareer.certification.CertificationViews.GoalView;
import com.pmocareer.certification.CertificationViews.RenewalCommand;
import com.pmocareer.certification.CertificationViews.TeamBudget;
import com.pmocareer.learning.Catalog;
import com.pmocareer.learning.CourseViews.CourseRef;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonSummary;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certification goals — planned exam, status from plan to result, attempts, study plan of catalog courses — and their
 * exam and course costs against each team's yearly certification budget, which the person's lead approves.
 */
@Service
@Transactional(readOnly = true)
public class CertificationGoals {

    private static final String ENTITY = "certification_goal";
    private static final BigDecimal MAX_COST = BigDecimal.valueOf(100000);

    private final JdbcClient jdbc;
    private final CertificationCatalog catalog;
    private final Credentials credentials;
    private final Catalog courses;
    private final PersonAccess access;
    private final PersonDirectory directory;
    private final OrgUnits orgUnits;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String currency;

    CertificationGoals(JdbcClient jdbc, CertificationCatalog catalog, Credentials credentials, Catalog courses,
            PersonAccess access, PersonDirectory directory, OrgUnits orgUnits, Notifications notifications,
            AuditLog auditLog, Clock clock, @Value("${pmo.certification.currency:EUR}") String currency) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.credentials = credentials;
        this.courses = courses;
        this.access = access;
        this.directory = directory;
        this.orgUnits = orgUnits;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
        this.currency = currency;
    }

    /** The currency of goal costs and team budgets. */
    public String currency() {
        return currency;
    }

    /** The type's exam fee when it is quoted in the budgets' currency; else the person enters the cost. */
    private BigDecimal defaultExamCost(CertificationTypeView type) {
        return currency.equals(type.currency()) ? orZero(type.examFee()) : BigDecimal.ZERO;
    }

    public List<GoalView> of(CurrentUser user, long personId) {
        access.visible(user, personId);
        return jdbc.sql(SELECT + " WHERE g.person_id = :person ORDER BY g.planned_exam_on, g.id").param("person", personId)
                .query(this::goal).list();
    }

    public GoalView get(CurrentUser user, long personId, long goalId) {
        access.visible(user, personId);
        return find(goalId).filter(g -> g.personId() == personId).orElseThrow(() -> new NotFoundException("Certification goal", goalId));
    }

    @Transactional
    public GoalView create(CurrentUser user, long personId, GoalCommand command) {
        access.requireSelfOrManager(user, personId, "People set their own certification goals, or their lead does.");
        CertificationTypeView type = validate(command);
        BigDecimal examCost = command.examCost() != null ? command.examCost() : defaultExamCost(type);
        BigDecimal courseCost = orZero(command.courseCost());
        BudgetStatus budget = examCost.add(courseCost).signum() > 0 ? BudgetStatus.REQUESTED : BudgetStatus.NOT_NEEDED;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO certification_goal (person_id, type_id, status, planned_exam_on, exam_cost, course_cost,
                    budget_year, budget_status, notes, created_at)
                VALUES (:person, :type, 'PLANNED', :planned, :examCost, :courseCost, :year, :budget, :notes, :now)""")
                .param("person", personId).param("type", type.id()).param("planned", command.plannedExamOn())
                .param("examCost", examCost).param("courseCost", courseCost).param("year", budgetYear(command))
                .param("budget", budget.name()).param("notes", FieldChecks.blankToNull(command.notes()))
                .param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceCourses(id, command.courseIds());
        auditLog.record(ENTITY, id, "CREATED", Map.of(), Map.of("type", type.code()));
        if (budget == BudgetStatus.REQUESTED) {
            askForApproval(personId, id, type, examCost.add(courseCost));
        }
        return get(user, personId, id);
    }

    @Transactional
    public GoalView update(CurrentUser user, long personId, long goalId, GoalCommand command) {
        access.requireSelfOrManager(user, personId, "People change their own certification goals, or their lead does.");
        GoalView goal = get(user, personId, goalId);
        if (!goal.typeCode().equals(command.typeCode())) {
            throw InvalidInputException.of("typeCode", "a goal keeps its certification: set a new goal for another one");
        }
        CertificationTypeView type = validate(command);
        BigDecimal examCost = command.examCost() != null ? command.examCost() : goal.examCost();
        BigDecimal courseCost = command.courseCost() != null ? command.courseCost() : goal.courseCost();
        boolean costsChanged = examCost.compareTo(goal.examCost()) != 0 || courseCost.compareTo(goal.courseCost()) != 0
                || budgetYear(command) != goal.budgetYear();
        BudgetStatus budget = !costsChanged ? goal.budgetStatus()
                : examCost.add(courseCost).signum() > 0 ? BudgetStatus.REQUESTED : BudgetStatus.NOT_NEEDED;
        int changed = jdbc.sql("""
                UPDATE certification_goal SET planned_exam_on = :planned, exam_cost = :examCost, course_cost = :courseCost,
                    budget_year = :year, budget_status = :budget, notes = :notes, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("planned", command.plannedExamOn()).param("examCost", examCost).param("courseCost", courseCost)
                .param("year", budgetYear(command)).param("budget", budget.name())
                .param("notes", FieldChecks.blankToNull(command.notes())).param("id", goalId)
                .param("version", command.version() == null ? goal.version() : command.version()).update();
        if (changed == 0) {
            throw ConflictException.staleVersion("Certification goal", goalId);
        }
        replaceCourses(goalId, command.courseIds());
        auditLog.record(ENTITY, goalId, "UPDATED", Map.of("budget", goal.budgetStatus().name()), Map.of("budget", budget.name()));
        if (costsChanged && budget == BudgetStatus.REQUESTED) {
            askForApproval(personId, goalId, type, examCost.add(courseCost));
        }
        return get(user, personId, goalId);
    }

    /** Moves a goal on; a result counts an attempt, and a pass records the credential (or renews it by exam). */
    @Transactional
    public GoalView progress(CurrentUser user, long personId, long goalId, GoalProgress progress) {
        access.requireSelfOrManager(user, personId, "People move their own certification goals on, or their lead does.");
        GoalView goal = get(user, personId, goalId);
        if (progress == null || progress.status() == null || !goal.status().next().contains(progress.status())) {
            throw InvalidInputException.of("status", "from " + goal.status() + " a goal moves to "
                    + (goal.status().next().isEmpty() ? "nothing: it is passed" : goal.status().next().stream().sorted().map(Enum::name).collect(Collectors.joining(" or "))));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = progress.on() == null ? today : progress.on();
        boolean result = progress.status() == GoalStatus.PASSED || progress.status() == GoalStatus.FAILED;
        if (result && on.isAfter(today)) {
            throw InvalidInputException.of("on", "an exam result cannot be in the future");
        }
        int changed = jdbc.sql("""
                UPDATE certification_goal SET status = :status, attempts = attempts + :attempt,
                    planned_exam_on = CASE WHEN :result THEN :on ELSE planned_exam_on END, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("status", progress.status().name()).param("attempt", result ? 1 : 0).param("result", result)
                .param("on", on).param("id", goalId)
                .param("version", progress.version() == null ? goal.version() : progress.version()).update();
        if (changed == 0) {
            throw ConflictException.staleVersion("Certification goal", goalId);
        }
        auditLog.record(ENTITY, goalId, progress.status().name(), Map.of("status", goal.status().name()),
                Map.of("status", progress.status().name()));
        if (progress.status() == GoalStatus.PASSED) {
            recordPass(user, personId, goal.typeCode(), on);
        }
        return get(user, personId, goalId);
    }

    private void recordPass(CurrentUser user, long personId, String typeCode, LocalDate on) {
        var held = credentials.of(user, personId).stream().filter(c -> c.typeCode().equals(typeCode)).findFirst();
        if (held.isEmpty() || !held.get().status().held()) {
            if (held.isEmpty()) {
                credentials.add(user, personId, new CredentialCommand(typeCode, null, on, null, null), null);
            }
        } else if (catalog.get(typeCode).renewalByExam()) {
            credentials.renew(user, personId, held.get().id(), new RenewalCommand(RenewalRoute.EXAM, on));
        }
    }

    /** The person's lead approves or refuses the goal's costs; approval must fit in the team's budget of the year. */
    @Transactional
    public GoalView decideBudget(CurrentUser user, long personId, long goalId, BudgetDecision decision) {
        access.requireManager(user, personId, "The person's lead decides on certification costs.");
        GoalView goal = get(user, personId, goalId);
        if (decision == null || decision.approved() == null) {
            throw InvalidInputException.of("approved", "say true to approve or false to refuse");
        }
        if (goal.budgetStatus() != BudgetStatus.REQUESTED) {
            throw new ConflictException("The costs of this goal are " + goal.budgetStatus().name().toLowerCase().replace('_', ' ')
                    + ", not waiting for a decision.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.limitText(problems, "note", decision.note(), 1000);
        FieldChecks.refuseIfAny("The decision was not saved.", problems);
        if (decision.approved()) {
            PersonView person = directory.get(user, personId);
            TeamBudget budget = budget(person.orgUnitId(), person.orgUnitName(), goal.budgetYear());
            if (goal.totalCost().compareTo(budget.remaining()) > 0) {
                throw new ConflictException(person.orgUnitName() + "'s certification budget for " + goal.budgetYear()
                        + " has " + budget.remaining().toPlainString() + " " + budget.currency() + " left; this goal costs "
                        + goal.totalCost().toPlainString() + ". Raise the budget first or refuse.");
            }
        }
        BudgetStatus status = decision.approved() ? BudgetStatus.APPROVED : BudgetStatus.REFUSED;
        int changed = jdbc.sql("""
                UPDATE certification_goal SET budget_status = :status, budget_decided_by = :by, budget_decided_at = :now,
                    budget_note = :note, version = version + 1 WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("by", user.personId()).param("now", OffsetDateTime.now(clock))
                .param("note", FieldChecks.blankToNull(decision.note())).param("id", goalId)
                .param("version", decision.version() == null ? goal.version() : decision.version()).update();
        if (changed == 0) {
            throw ConflictException.staleVersion("Certification goal", goalId);
        }
        auditLog.record(ENTITY, goalId, "BUDGET_" + status.name(), Map.of("budget", "REQUESTED"), Map.of("budget", status.name()));
        notifications.send(new NewNotification(personId, NotificationKind.CERTIFICATION_BUDGET_DECIDED,
                "Costs for " + goal.typeName() + " " + status.name().toLowerCase(),
                decision.note() == null ? null : decision.note(), "/people/" + personId + "/certifications",
                "goal-budget-" + goalId + "-" + status.name() + "-" + goal.version()));
        return get(user, personId, goalId);
    }

    /** Goals whose costs wait for the viewer's decision. */
    public List<GoalView> awaitingDecision(CurrentUser user) {
        if (!user.isLead() && !user.isAdmin()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE g.budget_status = 'REQUESTED' ORDER BY g.created_at").query(this::goal).list()
                .stream().filter(g -> access.manages(user, g.personId())).toList();
    }

    /** Every team the viewer oversees with its budget for the year, what is approved and what is asked. */
    public List<TeamBudget> budgets(CurrentUser user, int year) {
        if (!user.isLead() && !user.isAdmin()) {
            throw new ForbiddenException("Team budgets are for PMO leads and admins.");
        }
        Map<Long, String> units = new LinkedHashMap<>();
        Set<Long> visible = directory.summaries(user, null, null).stream().map(PersonSummary::orgUnitId).collect(Collectors.toSet());
        orgUnits.flattened().stream().filter(u -> visible.contains(u.id())).forEach(u -> units.put(u.id(), u.name()));
        return units.entrySet().stream().map(u -> budget(u.getKey(), u.getValue(), year)).toList();
    }

    @Transactional
    public TeamBudget setBudget(CurrentUser user, long orgUnitId, int year, BudgetCommand command) {
        if (!user.isAdmin() && !(user.isLead() && overseen(user).contains(orgUnitId))) {
            throw new ForbiddenException("A team's certification budget is set by its PMO lead or an admin.");
        }
        var unit = orgUnits.get(orgUnitId);
        List<FieldProblem> problems = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            problems.add(new FieldProblem("year", "must be 2000 to 2100"));
        }
        if (command == null || command.amount() == null || command.amount().signum() < 0
                || command.amount().compareTo(BigDecimal.valueOf(10_000_000)) > 0 || command.amount().scale() > 2) {
            problems.add(new FieldProblem("amount", "must be 0 to 10000000 with at most 2 decimals"));
        }
        if (command != null && command.currency() != null && !command.currency().matches("[A-Za-z]{3}")) {
            problems.add(new FieldProblem("currency", "use a three-letter code such as EUR"));
        }
        FieldChecks.refuseIfAny("The budget was not saved.", problems);
        String budgetCurrency = command.currency() == null ? currency : command.currency().toUpperCase();
        TeamBudget current = budget(orgUnitId, unit.name(), year);
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM certification_budget WHERE org_unit_id = :unit AND budget_year = :year")
                .param("unit", orgUnitId).param("year", year).query(Long.class).single() > 0;
        if (exists) {
            int changed = jdbc.sql("""
                    UPDATE certification_budget SET amount = :amount, currency = :currency, updated_by = :by, updated_at = :now,
                        version = version + 1 WHERE org_unit_id = :unit AND budget_year = :year AND version = :version""")
                    .param("amount", command.amount()).param("currency", budgetCurrency).param("by", user.personId())
                    .param("now", OffsetDateTime.now(clock)).param("unit", orgUnitId).param("year", year)
                    .param("version", command.version() == null ? current.version() : command.version()).update();
            if (changed == 0) {
                throw ConflictException.staleVersion("Certification budget", unit.name() + " " + year);
            }
        } else {
            jdbc.sql("""
                    INSERT INTO certification_budget (org_unit_id, budget_year, amount, currency, updated_by, updated_at)
                    VALUES (:unit, :year, :amount, :currency, :by, :now)""")
                    .param("unit", orgUnitId).param("year", year).param("amount", command.amount()).param("currency", budgetCurrency)
                    .param("by", user.personId()).param("now", OffsetDateTime.now(clock)).update();
        }
        auditLog.record("certification_budget", orgUnitId, "SET", Map.of("amount", current.amount()),
                Map.of("amount", command.amount(), "year", year));
        return budget(orgUnitId, unit.name(), year);
    }

    private Set<Long> overseen(CurrentUser user) {
        return directory.find(user, user.personId()).map(me -> orgUnits.subtree(me.orgUnitId())).orElse(Set.of());
    }

    private TeamBudget budget(long orgUnitId, String name, int year) {
        var set = jdbc.sql("SELECT amount, currency, version FROM certification_budget WHERE org_unit_id = :unit AND budget_year = :year")
                .param("unit", orgUnitId).param("year", year)
                .query((rs, n) -> new Object[] {rs.getBigDecimal(1), rs.getString(2), rs.getLong(3)}).optional();
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO};
        // The person's team is read where it is kept, like reporting does: a team has many people, a year few goals.
        jdbc.sql("""
                SELECT g.budget_status, COALESCE(SUM(g.exam_cost + g.course_cost), 0) FROM certification_goal g
                  JOIN person p ON p.id = g.person_id
                 WHERE p.org_unit_id = :unit AND g.budget_year = :year AND g.budget_status IN ('APPROVED', 'REQUESTED')
                 GROUP BY g.budget_status""")
                .param("unit", orgUnitId).param("year", year).query(rs -> {
                    sums["APPROVED".equals(rs.getString(1)) ? 0 : 1] = rs.getBigDecimal(2);
                });
        return new TeamBudget(orgUnitId, name, year, set.map(s -> (BigDecimal) s[0]).orElse(BigDecimal.ZERO),
                set.map(s -> (String) s[1]).orElse(currency), sums[0], sums[1], set.map(s -> (Long) s[2]).orElse(0L));
    }

    private void askForApproval(long personId, long goalId, CertificationTypeView type, BigDecimal cost) {
        directory.findForSystem(personId).map(PersonView::lineManagerId).filter(Objects::nonNull).ifPresent(lead ->
                notifications.send(new NewNotification(lead, NotificationKind.CERTIFICATION_BUDGET_TO_APPROVE,
                        "Approve " + cost.toPlainString() + " " + currency + " for " + type.name(),
                        directory.findForSystem(personId).map(PersonView::fullName).orElse("Someone")
                                + " plans the exam; the costs go to the team's certification budget.",
                        "/certifications/team", "goal-budget-request-" + goalId + "-" + cost.toPlainString())));
    }

    private CertificationTypeView validate(GoalCommand command) {
        if (command == null) {
            throw InvalidInputException.of("typeCode", "say which certification");
        }
        List<FieldProblem> problems = new ArrayList<>();
        var type = catalog.find(command.typeCode());
        if (type.isEmpty()) {
            problems.add(new FieldProblem("typeCode", "is not a certification of the catalog"));
        }
        LocalDate today = LocalDate.now(clock);
        if (command.plannedExamOn() != null && (command.plannedExamOn().isBefore(today.minusYears(1))
                || command.plannedExamOn().isAfter(today.plusYears(5)))) {
            problems.add(new FieldProblem("plannedExamOn", "must be within a year ago and five years ahead"));
        }
        cost(problems, "examCost", command.examCost());
        cost(problems, "courseCost", command.courseCost());
        FieldChecks.limitText(problems, "notes", command.notes(), 2000);
        if (command.courseIds() != null && !command.courseIds().isEmpty()) {
            Set<Long> known = courses.activeCourses().stream().map(CourseRef::id).collect(Collectors.toSet());
            if (!known.containsAll(command.courseIds())) {
                problems.add(new FieldProblem("courseIds", "name active courses of the catalog"));
            }
        }
        FieldChecks.refuseIfAny("Some fields are invalid; the goal was not saved.", problems);
        return type.orElseThrow();
    }

    private static void cost(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(MAX_COST) > 0 || value.scale() > 2)) {
            problems.add(new FieldProblem(field, "must be 0 to 100000 with at most 2 decimals"));
        }
    }

    private int budgetYear(GoalCommand command) {
        return (command.plannedExamOn() == null ? LocalDate.now(clock) : command.plannedExamOn()).getYear();
    }

    private void replaceCourses(long goalId, List<Long> courseIds) {
        jdbc.sql("DELETE FROM certification_goal_course WHERE goal_id = :goal").param("goal", goalId).update();
        if (courseIds != null) {
            courseIds.stream().filter(Objects::nonNull).distinct().forEach(course -> jdbc.sql(
                    "INSERT INTO certification_goal_course (goal_id, course_id) VALUES (:goal, :course)")
                    .param("goal", goalId).param("course", course).update());
        }
    }

    private java.util.Optional<GoalView> find(long goalId) {
        return jdbc.sql(SELECT + " WHERE g.id = :id").param("id", goalId).query(this::goal).optional();
    }

    private static final String SELECT = """
            SELECT g.*, p.full_name FROM certification_goal g JOIN person p ON p.id = g.person_id""";

    private GoalView goal(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        CertificationTypeView type = catalog.byId(rs.getLong("type_id"));
        GoalStatus status = GoalStatus.valueOf(rs.getString("status"));
        List<Long> courseIds = jdbc.sql("SELECT course_id FROM certification_goal_course WHERE goal_id = :id ORDER BY course_id")
                .param("id", id).query(Long.class).list();
        return new GoalView(id, rs.getLong("person_id"), rs.getString("full_name"), type.code(), type.name(), status,
                rs.getObject("planned_exam_on", LocalDate.class), rs.getInt("attempts"), rs.getBigDecimal("exam_cost"),
                rs.getBigDecimal("course_cost"), currency, rs.getInt("budget_year"),
                BudgetStatus.valueOf(rs.getString("budget_status")), rs.getString("budget_note"), courseIds,
                rs.getString("notes"), status.next(), rs.getLong("version"));
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
