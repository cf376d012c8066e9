package com.pmocareer.onboarding;

import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.onboarding.PlanViews.PlanView;
import com.pmocareer.onboarding.PlanViews.ReviewCommand;
import com.pmocareer.onboarding.PlanViews.StartCommand;
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
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new hire's onboarding plan: the tasks of one template version with due dates from the start date. Each task is
 * done by its owner or the lead; the lead may mark a task not applicable with a reason and completes the 30/60/90-day
 * reviews with the junior. One active plan per person.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingPlans {

    static final String ENTITY = "OnboardingPlan";

    private final OnboardingPlanStore store;
    private final OnboardingTemplates templates;
    private final PmoDocuments documents;
    private final PlanViewer viewer;
    private final PersonDirectory directory;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    OnboardingPlans(OnboardingPlanStore store, OnboardingTemplates templates, PmoDocuments documents, PlanViewer viewer,
            PersonDirectory directory, Notifications notifications, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.documents = documents;
        this.viewer = viewer;
        this.directory = directory;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The person's active plan, else their latest. */
    public PlanView plan(CurrentUser user, long personId) {
        PersonView person = directory.get(user, personId);
        var plan = store.currentPlanOf(personId).orElseThrow(() -> new NotFoundException("Onboarding plan of person", personId));
        return viewer.view(user, plan, person);
    }

    public boolean hasPlan(CurrentUser user, long personId) {
        directory.get(user, personId);
        return store.currentPlanOf(personId).isPresent();
    }

    /** Whether the user may start a plan for the person: their lead, or an admin. */
    public boolean mayStart(CurrentUser user, long personId) {
        return user.isAdmin() || user.isLead() && user.personId() != personId && directory.canSee(user, personId);
    }

    @Transactional
    public PlanView start(CurrentUser user, long personId, StartCommand command) {
        PersonView person = directory.get(user, personId);
        if (!mayStart(user, personId)) {
            throw new ForbiddenException("Only the person's lead or an admin starts an onboarding plan.");
        }
        var template = command.templateId() != null
                ? templates.list().stream().filter(t -> t.id() == command.templateId() && t.versionId() != null).findFirst()
                        .orElseThrow(() -> InvalidInputException.of("templateId", "is not a published onboarding template"))
                : templates.chooseFor(person.orgUnitId(), person.careerLevel()).orElseThrow(() -> InvalidInputException.of(
                        "templateId", "no template applies to " + person.fullName() + "'s unit and level: choose one"));
        LocalDate start = command.startDate() != null ? command.startDate() : person.startDate();
        if (start.isBefore(today().minusYears(1)) || start.isAfter(today().plusYears(1))) {
            throw InvalidInputException.of("startDate", "must be within a year of today");
        }
        long planId = insert(person, template.versionId(), start, user.personId());
        return viewer.view(user, store.plan(planId).orElseThrow(), person);
    }

    /** Starts the plan for a new hire by the template rules; answers the plan id, or -1 when none applies. */
    @Transactional
    long startForHire(long personId) {
        PersonView person = directory.findForSystem(personId).orElseThrow();
        var template = templates.chooseFor(person.orgUnitId(), person.careerLevel());
        if (template.isEmpty() || store.hasActivePlan(personId)) {
            return -1;
        }
        return insert(person, template.get().versionId(), person.startDate(), null);
    }

    /** Starts a plan from a template version on a given day, for the demo PMO. */
    @Transactional
    long startForSystem(long personId, long templateVersionId, LocalDate start) {
        return insert(directory.findForSystem(personId).orElseThrow(), templateVersionId, start, null);
    }

    private long insert(PersonView person, long templateVersionId, LocalDate start, Long startedBy) {
        if (store.hasActivePlan(person.id())) {
            throw new ConflictException(person.fullName() + " already has an active onboarding plan.");
        }
        var tasks = templates.tasksOfVersion(templateVersionId);
        long planId;
        try {
            planId = store.insertPlan(person.id(), templateVersionId, start, startedBy, now(), tasks.size());
        } catch (DuplicateKeyException startedMeanwhile) {
            throw new ConflictException(person.fullName() + " already has an active onboarding plan.");
        }
        store.insertTasks(planId, start, tasks);
        auditLog.record(ENTITY, planId, "STARTED", Map.of(), Map.of("person", person.fullName(), "startDate", start,
                "tasks", tasks.size()));
        notifications.send(new NewNotification(person.id(), NotificationKind.ONBOARDING_PLAN_STARTED,
                "Welcome! Your onboarding plan is ready", tasks.size() + " tasks for your first 90 days, from " + start + ".",
                "/people/" + person.id() + "/onboarding", "onboarding-plan-" + planId + "-started"));
        return planId;
    }

    /** Completes a task; completing a done task again changes nothing. */
    @Transactional
    public PlanView complete(CurrentUser user, long taskId, String note) {
        var task = store.task(taskId).orElseThrow(() -> new NotFoundException("Onboarding task", taskId));
        var plan = store.plan(task.planId()).orElseThrow();
        PersonView person = visiblePerson(user, plan.personId(), taskId);
        if (task.status() == TaskStatus.DONE) {
            return viewer.view(user, plan, person);
        }
        if (!viewer.mayComplete(user, plan.personId(), task.owner())) {
            throw new ForbiddenException("This task is for " + task.owner().label().toLowerCase() + " (or the lead) to complete.");
        }
        if (task.status() == TaskStatus.NOT_APPLICABLE) {
            throw new ConflictException("This task was marked not applicable.");
        }
        if (task.reviewKind() != null) {
            throw new ConflictException("A " + task.reviewKind().label() + " is completed by filling in its review form.");
        }
        requireDependenciesClosed(task, plan.id());
        checkNote(note, "note");
        if (task.documentId() != null && user.personId() == plan.personId()) {
            documents.latestVersion(task.documentId()).ifPresent(v -> documents.acknowledgeForSystem(user.personId(), v.id()));
        }
        close(plan, task, TaskStatus.DONE, user, note);
        return viewer.view(user, store.plan(plan.id()).orElseThrow(), person);
    }

    /**
     * Completes the open tasks of the person's active plan that ask for the course (named by code or title), when the
     * learning module reports it completed; answers how many were.
     */
    @Transactional
    int completeCourseTasks(long personId, String courseCode, String courseTitle, LocalDate completedOn) {
        var plan = store.currentPlanOf(personId).filter(p -> p.status() == PlanStatus.ACTIVE);
        if (plan.isEmpty()) {
            return 0;
        }
        int closed = 0;
        for (var task : store.tasks(plan.get().id())) {
            boolean asksForCourse = task.courseRef() != null
                    && (task.courseRef().equalsIgnoreCase(courseCode) || task.courseRef().equalsIgnoreCase(courseTitle));
            if (task.status() == TaskStatus.OPEN && asksForCourse
                    && store.close(task.id(), TaskStatus.DONE, personId, "Completed " + courseTitle + " on " + completedOn, now())) {
                auditLog.record(ENTITY, plan.get().id(), "TASK_DONE", Map.of("task", task.title(), "status", task.status()),
                        Map.of("task", task.title(), "status", TaskStatus.DONE, "course", courseTitle));
                closed++;
            }
        }
        if (closed > 0) {
            store.refreshProgress(plan.get().id(), now());
        }
        return closed;
    }

    @Transactional
    public PlanView markNotApplicable(CurrentUser user, long taskId, String reason) {
        var task = store.task(taskId).orElseThrow(() -> new NotFoundException("Onboarding task", taskId));
        var plan = store.plan(task.planId()).orElseThrow();
        PersonView person = visiblePerson(user, plan.personId(), taskId);
        if (!viewer.isLeadOf(user, plan.personId())) {
            throw new ForbiddenException("Only the person's lead marks a task not applicable.");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "say why the task does not apply");
        }
        checkNote(reason, "reason");
        if (task.status() != TaskStatus.OPEN) {
            throw new ConflictException("This task is already " + (task.status() == TaskStatus.DONE ? "done." : "marked not applicable."));
        }
        close(plan, task, TaskStatus.NOT_APPLICABLE, user, reason.trim());
        return viewer.view(user, store.plan(plan.id()).orElseThrow(), person);
    }

    /** The lead records a 30/60/90-day review with the junior, which completes the review task. */
    @Transactional
    public PlanView review(CurrentUser user, long taskId, ReviewCommand review) {
        var task = store.task(taskId).orElseThrow(() -> new NotFoundException("Onboarding task", taskId));
        var plan = store.plan(task.planId()).orElseThrow();
        PersonView person = visiblePerson(user, plan.personId(), taskId);
        if (task.reviewKind() == null) {
            throw new ConflictException("This task is not a review.");
        }
        if (!viewer.isLeadOf(user, plan.personId())) {
            throw new ForbiddenException("The lead completes the review together with " + person.fullName() + ".");
        }
        var problems = new ArrayList<FieldProblem>();
        requireText(review.wentWell(), "wentWell", problems);
        requireText(review.hard(), "hard", problems);
        requireText(review.supportNeeded(), "supportNeeded", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Every question of the review needs an answer.", problems);
        }
        if (task.status() != TaskStatus.OPEN) {
            throw new ConflictException("This review is already " + (task.status() == TaskStatus.DONE ? "completed." : "marked not applicable."));
        }
        requireDependenciesClosed(task, plan.id());
        store.insertReview(taskId, review, user.personId(), now());
        close(plan, task, TaskStatus.DONE, user, null);
        return viewer.view(user, store.plan(plan.id()).orElseThrow(), person);
    }

    private void close(OnboardingPlanStore.PlanRow plan, OnboardingPlanStore.TaskRow task, TaskStatus status, CurrentUser user, String note) {
        if (!store.close(task.id(), status, user.personId(), note == null || note.isBlank() ? null : note.trim(), now())) {
            throw new ConflictException("Someone else closed this task a moment ago; reload the plan.");
        }
        store.refreshProgress(plan.id(), now());
        auditLog.record(ENTITY, plan.id(), "TASK_" + status.name(), Map.of("task", task.title(), "status", task.status()),
                note == null ? Map.of("task", task.title(), "status", status) : Map.of("task", task.title(), "status", status, "note", note.trim()));
    }

    private void requireDependenciesClosed(OnboardingPlanStore.TaskRow task, long planId) {
        if (task.dependsOn().isEmpty()) {
            return;
        }
        var open = store.tasks(planId).stream()
                .filter(t -> task.dependsOn().contains(t.key()) && t.status() == TaskStatus.OPEN).map(OnboardingPlanStore.TaskRow::title)
                .toList();
        if (!open.isEmpty()) {
            throw new ConflictException("First: " + String.join("; ", open) + ".");
        }
    }

    private PersonView visiblePerson(CurrentUser user, long personId, long taskId) {
        return directory.find(user, personId).orElseThrow(() -> new NotFoundException("Onboarding task", taskId));
    }

    private static void checkNote(String note, String field) {
        if (note != null && note.length() > 2000) {
            throw InvalidInputException.of(field, "must be at most 2000 characters");
        }
    }

    private static void requireText(String text, String field, java.util.List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "must be answered"));
        } else if (text.length() > 4000) {
            problems.add(new FieldProblem(field, "must be at most 4000 characters"));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
