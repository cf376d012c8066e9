package com.pmocareer.development;

import com.pmocareer.competency.Assessments;
import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual development plans: one per person and half-year cycle. The person drafts SMART goals (their mentor or
 * lead may add some too), submits the plan, and their current mentor or lead approves it or returns it with a note.
 * Changing goals after approval returns the plan to draft. Goals complete when marked done or when the person is
 * assessed at the target level.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentPlans {

    static final String ENTITY = "DevelopmentPlan";

    private final PlanStore store;
    private final PersonDirectory directory;
    private final MentorRelations mentors;
    private final Assessments assessments;
    private final CompetencyFramework framework;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DevelopmentPlans(PlanStore store, PersonDirectory directory, MentorRelations mentors, Assessments assessments,
            CompetencyFramework framework, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.mentors = mentors;
        this.assessments = assessments;
        this.framework = framework;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    public Cycle currentCycle() {
        return Cycle.of(today());
    }

    public PlanView plan(CurrentUser viewer, long personId, String cycle) {
        PersonView person = directory.get(viewer, personId);
        String wanted = cycle == null || cycle.isBlank() ? currentCycle().toString() : Cycle.parse(cycle).toString();
        return store.plan(personId, wanted).map(row -> view(row, person))
                .orElseGet(() -> new PlanView(null, personId, person.fullName(), wanted, PlanStatus.DRAFT, null, null,
                        List.of(), List.of(), 0));
    }

    /** The titles of development goals another module links to (a mentorship's agreement), by id. */
    public java.util.Map<Long, String> goalTitles(java.util.Collection<Long> goalIds) {
        return store.goalTitles(goalIds);
    }

    /** Whether the viewer may write the person's plan (the person, their mentor, their lead). */
    public boolean canEdit(CurrentUser viewer, long personId) {
        return viewer.personId() == personId || approves(viewer, personId);
    }

    /** Whether the viewer may approve the person's plan: their current mentor or their lead, never the person. */
    public boolean approves(CurrentUser viewer, long personId) {
        return viewer.personId() != personId
                && (viewer.isMentor() && mentors.isCurrentMentor(viewer.personId(), personId)
                        || viewer.isLead() && directory.canSee(viewer, personId));
    }

    @Transactional
    public PlanView.GoalView addGoal(CurrentUser viewer, long personId, GoalCommand command) {
        PersonView person = writable(viewer, personId);
        Cycle cycle = command.cycle() == null || command.cycle().isBlank() ? currentCycle() : Cycle.parse(command.cycle());
        check(personId, command, cycle);
        long planId = store.plan(personId, cycle.toString()).map(PlanStore.PlanRow::id)
                .orElseGet(() -> store.createPlan(personId, cycle.toString()));
        store.reopenIfApproved(planId);
        long goalId = store.insertGoal(planId, command);
        auditLog.record(ENTITY, planId, "GOAL_ADDED", Map.of(), Map.of("goal", command.title(),
                "competency", command.competencyCode(), "targetLevel", command.targetLevel(), "dueOn", command.dueOn()));
        return goal(viewer, goalId, person);
    }

    @Transactional
    public PlanView.GoalView editGoal(CurrentUser viewer, long goalId, GoalCommand command) {
        var goal = store.goal(goalId).orElseThrow(() -> new NotFoundException("Development goal", goalId));
        PersonView person = writable(viewer, goal.personId());
        if (command.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you last read");
        }
        var plan = store.plan(goal.planId()).orElseThrow();
        check(goal.personId(), command, Cycle.parse(plan.cycle()));
        store.updateGoal(goalId, command, command.version());
        store.reopenIfApproved(goal.planId());
        auditLog.record(ENTITY, goal.planId(), "GOAL_CHANGED", Map.of("goal", goal.title(), "targetLevel",
                goal.targetLevel(), "dueOn", goal.dueOn()), Map.of("goal", command.title(), "targetLevel",
                command.targetLevel(), "dueOn", command.dueOn()));
        return goal(viewer, goalId, person);
    }

    @Transactional
    public PlanView.GoalView setGoalStatus(CurrentUser viewer, long goalId, GoalStatus status, long version) {
        var goal = store.goal(goalId).orElseThrow(() -> new NotFoundException("Development goal", goalId));
        PersonView person = writable(viewer, goal.personId());
        if (!goal.status().open()) {
            throw new ConflictException("This goal is already " + goal.status().name().toLowerCase().replace('_', ' ') + ".");
        }
        store.setGoalStatus(goalId, status, status == GoalStatus.DONE ? now() : null, version);
        auditLog.record(ENTITY, goal.planId(), "GOAL_" + status.name(), Map.of("status", goal.status()), Map.of("status", status));
        if (status == GoalStatus.DONE) {
            events.publishEvent(new DevelopmentGoalCompleted(goal.personId(), goalId, goal.competencyCode(), goal.targetLevel()));
        }
        return goal(viewer, goalId, person);
    }

    @Transactional
    public PlanView setActionDone(CurrentUser viewer, long actionId, boolean done) {
        long goalId = store.goalOfAction(actionId).orElseThrow(() -> new NotFoundException("Development action", actionId));
        var goal = store.goal(goalId).orElseThrow();
        writable(viewer, goal.personId());
        store.setActionDone(actionId, done);
        return plan(viewer, goal.personId(), store.plan(goal.planId()).orElseThrow().cycle());
    }

    @Transactional
    public PlanView submit(CurrentUser viewer, long personId, String cycle, long version) {
        directory.get(viewer, personId);
        if (viewer.personId() != personId) {
            throw new ForbiddenException("The plan's owner submits it.");
        }
        var plan = existing(personId, cycle);
        if (plan.status() != PlanStatus.DRAFT) {
            throw new ConflictException("The plan is already " + plan.status().name().toLowerCase() + ".");
        }
        if (store.goals(plan.id()).isEmpty()) {
            throw InvalidInputException.of("goals", "add at least one goal before submitting the plan");
        }
        store.setStatus(plan.id(), PlanStatus.SUBMITTED, null, now(), version);
        auditLog.record(ENTITY, plan.id(), "SUBMITTED", Map.of("status", plan.status()), Map.of("status", PlanStatus.SUBMITTED));
        return plan(viewer, personId, plan.cycle());
    }

    @Transactional
    public PlanView approve(CurrentUser viewer, long personId, String cycle, long version) {
        directory.get(viewer, personId);
        if (!approves(viewer, personId)) {
            throw new ForbiddenException("Only the person's current mentor or lead approves the plan.");
        }
        var plan = existing(personId, cycle);
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw new ConflictException("Only a submitted plan can be approved; this one is " + plan.status().name().toLowerCase() + ".");
        }
        store.setStatus(plan.id(), PlanStatus.APPROVED, viewer.personId(), now(), version);
        auditLog.record(ENTITY, plan.id(), "APPROVED", Map.of("status", plan.status()), Map.of("status", PlanStatus.APPROVED));
        return plan(viewer, personId, plan.cycle());
    }

    @Transactional
    public PlanView returnForChanges(CurrentUser viewer, long personId, String cycle, String note, long version) {
        directory.get(viewer, personId);
        if (!approves(viewer, personId)) {
            throw new ForbiddenException("Only the person's current mentor or lead returns the plan.");
        }
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "say what should change");
        }
        var plan = existing(personId, cycle);
        if (plan.status() != PlanStatus.SUBMITTED) {
            throw new ConflictException("Only a submitted plan can be returned.");
        }
        store.setStatus(plan.id(), PlanStatus.DRAFT, null, now(), version);
        store.addCheckIn(plan.id(), null, viewer.personId(), "Returned for changes: " + note.trim(), now());
        auditLog.record(ENTITY, plan.id(), "RETURNED", Map.of("status", plan.status()), Map.of("status", PlanStatus.DRAFT));
        return plan(viewer, personId, plan.cycle());
    }

    @Transactional
    public PlanView checkIn(CurrentUser viewer, long personId, String cycle, Long goalId, String note) {
        writable(viewer, personId);
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw InvalidInputException.of("note", "must be given, at most 2000 characters");
        }
        var plan = existing(personId, cycle);
        if (goalId != null && store.goal(goalId).filter(g -> g.planId() == plan.id()).isEmpty()) {
            throw InvalidInputException.of("goalId", "is not a goal of this plan");
        }
        store.addCheckIn(plan.id(), goalId, viewer.personId(), note, now());
        return plan(viewer, personId, plan.cycle());
    }

    /** Completes the person's open goals on the competency once they are assessed at the target level. */
    @Transactional
    void completeReachedGoals(long personId, String competencyCode, Integer newLevel) {
        if (newLevel == null) {
            return;
        }
        for (var goal : store.openGoals(personId, competencyCode)) {
            if (newLevel >= goal.targetLevel()) {
                store.setGoalStatus(goal.id(), GoalStatus.DONE, now(), goal.version());
                auditLog.record(ENTITY, goal.planId(), "GOAL_REACHED", Map.of("status", goal.status()),
                        Map.of("status", GoalStatus.DONE, "assessedLevel", newLevel));
                events.publishEvent(new DevelopmentGoalCompleted(personId, goal.id(), competencyCode, goal.targetLevel()));
            }
        }
    }

    private void check(long personId, GoalCommand command, Cycle cycle) {
        var problems = new ArrayList<FieldProblem>();
        var competency = framework.current().competency(command.competencyCode());
        if (competency.isEmpty()) {
            problems.add(new FieldProblem("competencyCode", "is not a competency of the current framework"));
        } else {
            Integer current = assessments.currentLevels(personId).get(command.competencyCode());
            if (current != null && command.targetLevel() <= current) {
                problems.add(new FieldProblem("targetLevel", "must be above the current level " + current));
            }
        }
        if (command.dueOn().isBefore(today())) {
            problems.add(new FieldProblem("dueOn", "must not be in the past"));
        } else if (command.dueOn().isAfter(cycle.end())) {
            problems.add(new FieldProblem("dueOn", "must fall within the cycle " + cycle + " (until " + cycle.end() + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are invalid.", problems);
        }
    }

    private PersonView writable(CurrentUser viewer, long personId) {
        PersonView person = directory.get(viewer, personId);
        if (!canEdit(viewer, personId)) {
            throw new ForbiddenException("Only " + person.fullName() + ", their mentor or their lead change this plan.");
        }
        return person;
    }

    private PlanStore.PlanRow existing(long personId, String cycle) {
        String wanted = cycle == null || cycle.isBlank() ? currentCycle().toString() : Cycle.parse(cycle).toString();
        return store.plan(personId, wanted).orElseThrow(() -> new NotFoundException("Development plan", wanted));
    }

    private PlanView.GoalView goal(CurrentUser viewer, long goalId, PersonView person) {
        var goal = store.goal(goalId).orElseThrow();
        return view(store.plan(goal.planId()).orElseThrow(), person).goals().stream()
                .filter(g -> g.id() == goalId).findFirst().orElseThrow();
    }

    private PlanView view(PlanStore.PlanRow plan, PersonView person) {
        var levels = assessments.currentLevels(person.id());
        var current = framework.current();
        var actions = store.actions(plan.id());
        LocalDate today = today();
        var goals = store.goals(plan.id()).stream().map(g -> new PlanView.GoalView(g.id(), g.title(), g.measure(),
                g.competencyCode(), current.competency(g.competencyCode()).map(c -> c.name()).orElse(g.competencyCode()),
                g.targetLevel(), levels.get(g.competencyCode()), g.dueOn(), g.status(),
                g.status().open() && g.dueOn().isBefore(today), g.completedAt(), actions.getOrDefault(g.id(), List.of()),
                g.version())).toList();
        return new PlanView(plan.id(), person.id(), person.fullName(), plan.cycle(), plan.status(), plan.approvedBy(),
                plan.approvedAt(), goals, store.checkIns(plan.id()), plan.version());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
