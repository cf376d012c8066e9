package com.pmocareer.onboarding;

import com.pmocareer.onboarding.TemplateViews.DraftView;
import com.pmocareer.onboarding.TemplateViews.TemplateCommand;
import com.pmocareer.onboarding.TemplateViews.TemplateView;
import com.pmocareer.people.CareerLevels;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding templates. Published versions never change, so a running plan keeps the version it started with; an
 * admin edits one draft at a time (from the newest version) and publishes it as the next version, or replaces the
 * whole task list through the API. Either way the same rules apply: no negative offsets, no dependency cycles.
 */
@Service
@Transactional(readOnly = true)
public class OnboardingTemplates {

    private static final String ADMINS_ONLY = "Only an admin edits onboarding templates.";

    static final String ENTITY = "OnboardingTemplate";

    private final TemplateStore store;
    private final OrgUnits orgUnits;
    private final CareerLevels careerLevels;
    private final AuditLog auditLog;
    private final Clock clock;

    OnboardingTemplates(TemplateStore store, OrgUnits orgUnits, CareerLevels careerLevels, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.careerLevels = careerLevels;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<TemplateView> list() {
        return store.ids().stream().map(id -> store.find(id).orElseThrow()).toList();
    }

    public TemplateView get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Onboarding template", id));
    }

    public boolean installed() {
        return !store.ids().isEmpty();
    }

    @Transactional
    public TemplateView create(CurrentUser viewer, TemplateCommand command) {
        viewer.requireAdmin(ADMINS_ONLY);
        checkHeader(command, null);
        checkTasks(command.tasks());
        long id = store.insertTemplate(command, now());
        long versionId = store.insertVersion(id, TemplateStore.DRAFT);
        store.replaceTasks(versionId, command.tasks());
        int number = store.publish(versionId, id, note(command.note(), "First version"), viewer.personId(), now());
        auditLog.record(ENTITY, id, "CREATED", Map.of(), Map.of("name", command.name().trim(), "version", number,
                "tasks", command.tasks().size()));
        return get(id);
    }

    /** Replaces rules and tasks at once; the tasks become the next published version. */
    @Transactional
    public TemplateView replace(CurrentUser viewer, long id, TemplateCommand command) {
        viewer.requireAdmin(ADMINS_ONLY);
        var before = get(id);
        if (command.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you last read");
        }
        checkHeader(command, id);
        checkTasks(command.tasks());
        store.updateTemplate(id, command, command.version());
        long versionId = store.insertVersion(id, TemplateStore.DRAFT);
        store.replaceTasks(versionId, command.tasks());
        int number = store.publish(versionId, id, note(command.note(), "Replaced through the API"), viewer.personId(), now());
        auditLog.record(ENTITY, id, "VERSION_PUBLISHED", Map.of("version", before.versionNumber(), "tasks", before.tasks().size()),
                Map.of("version", number, "tasks", command.tasks().size()));
        return get(id);
    }

    /** Changes name, description and for whom the template is chosen; tasks stay as they are. */
    @Transactional
    public TemplateView changeRules(CurrentUser viewer, long id, TemplateCommand command) {
        viewer.requireAdmin(ADMINS_ONLY);
        var before = get(id);
        if (command.version() == null) {
            throw InvalidInputException.of("version", "is required: send the version you last read");
        }
        checkHeader(command, id);
        store.updateTemplate(id, command, command.version());
        auditLog.record(ENTITY, id, "RULES_CHANGED", Map.of("name", before.name(), "orgUnitId", String.valueOf(before.orgUnitId()),
                "careerLevel", String.valueOf(before.careerLevel()), "active", before.active()),
                Map.of("name", command.name().trim(), "orgUnitId", String.valueOf(command.orgUnitId()),
                        "careerLevel", String.valueOf(command.careerLevel()), "active", command.active() == null || command.active()));
        return get(id);
    }

    /** The template chosen for a new hire: the most specific active one (org unit, then career level). */
    public Optional<TemplateView> chooseFor(long orgUnitId, String careerLevel) {
        return store.candidates().stream()
                .filter(c -> c.careerLevel() == null || c.careerLevel().equals(careerLevel))
                .filter(c -> c.orgUnitId() == null || orgUnits.subtree(c.orgUnitId()).contains(orgUnitId))
                .max(Comparator.comparingInt(c -> (c.orgUnitId() != null ? 2 : 0) + (c.careerLevel() != null ? 1 : 0)))
                .map(c -> get(c.id()));
    }

    // The admin's draft, edited task by task in the UI.

    public Optional<DraftView> draft(CurrentUser viewer, long templateId) {
        viewer.requireAdmin(ADMINS_ONLY);
        var template = get(templateId);
        return Optional.ofNullable(template.draftVersionId()).map(draftId -> new DraftView(templateId, template.name(),
                draftId, template.versionNumber(), store.tasks(draftId)));
    }

    @Transactional
    public DraftView startDraft(CurrentUser viewer, long templateId) {
        viewer.requireAdmin(ADMINS_ONLY);
        var template = get(templateId);
        if (template.draftVersionId() == null) {
            long draftId = store.insertVersion(templateId, TemplateStore.DRAFT);
            store.replaceTasks(draftId, template.tasks());
        }
        return draft(viewer, templateId).orElseThrow();
    }

    /** Adds ({@code originalKey} null) or changes one draft task; only that task's fields are checked here. */
    @Transactional
    public DraftView saveDraftTask(CurrentUser viewer, long templateId, String originalKey, TemplateTask task) {
        var draft = startDraft(viewer, templateId);
        var tasks = new ArrayList<>(draft.tasks());
        int at = originalKey == null ? -1 : indexOf(tasks, originalKey);
        if (originalKey != null && at < 0) {
            throw new NotFoundException("Draft task", originalKey);
        }
        if (at >= 0) {
            tasks.set(at, task);
            if (!originalKey.equals(task.key())) {
                renameDependency(tasks, originalKey, task.key());
            }
        } else {
            tasks.add(task);
        }
        String own = "tasks[" + (at >= 0 ? at : tasks.size() - 1) + "]";
        // Only this task's problems (and a cycle it would close) count: the rest of a draft may still be unfinished.
        var problems = TemplateRules.check(tasks).stream()
                .filter(p -> p.field().startsWith(own) || p.field().equals("tasks"))
                .map(p -> new FieldProblem(p.field().equals("tasks") ? "dependsOn" : p.field().substring(own.length() + 1), p.message()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The task is not valid.", problems);
        }
        store.replaceTasks(draft.draftVersionId(), tasks);
        return draft(viewer, templateId).orElseThrow();
    }

    @Transactional
    public DraftView removeDraftTask(CurrentUser viewer, long templateId, String key) {
        var draft = startDraft(viewer, templateId);
        var tasks = new ArrayList<>(draft.tasks());
        int at = indexOf(tasks, key);
        if (at < 0) {
            throw new NotFoundException("Draft task", key);
        }
        tasks.remove(at);
        // Others no longer wait for a task that is gone.
        for (int i = 0; i < tasks.size(); i++) {
            var t = tasks.get(i);
            if (t.dependsOn().contains(key)) {
                tasks.set(i, withDependencies(t, t.dependsOn().stream().filter(d -> !d.equals(key)).toList()));
            }
        }
        store.replaceTasks(draft.draftVersionId(), tasks);
        return draft(viewer, templateId).orElseThrow();
    }

    @Transactional
    public DraftView moveDraftTask(CurrentUser viewer, long templateId, String key, int by) {
        var draft = startDraft(viewer, templateId);
        var tasks = new ArrayList<>(draft.tasks());
        int at = indexOf(tasks, key);
        if (at < 0) {
            throw new NotFoundException("Draft task", key);
        }
        int to = Math.max(0, Math.min(tasks.size() - 1, at + by));
        tasks.add(to, tasks.remove(at));
        store.replaceTasks(draft.draftVersionId(), tasks);
        return draft(viewer, templateId).orElseThrow();
    }

    /** The draft becomes the next version, if the whole task list holds together. */
    @Transactional
    public TemplateView publishDraft(CurrentUser viewer, long templateId, String note, long version) {
        var template = get(templateId);
        var draft = draft(viewer, templateId).orElseThrow(() -> new ConflictException("There is no draft to publish."));
        checkTasks(draft.tasks());
        store.touch(templateId, version);
        int number = store.publish(draft.draftVersionId(), templateId, note(note, "Edited in the template editor"),
                viewer.personId(), now());
        auditLog.record(ENTITY, templateId, "VERSION_PUBLISHED", Map.of("version", template.versionNumber(),
                "tasks", template.tasks().size()), Map.of("version", number, "tasks", draft.tasks().size()));
        return get(templateId);
    }

    @Transactional
    public void discardDraft(CurrentUser viewer, long templateId) {
        draft(viewer, templateId).ifPresent(draft -> store.deleteVersion(draft.draftVersionId()));
    }

    List<TemplateTask> tasksOfVersion(long versionId) {
        return store.tasks(versionId);
    }

    private void checkHeader(TemplateCommand command, Long id) {
        var problems = new ArrayList<FieldProblem>();
        if (command.name() == null || command.name().isBlank() || command.name().length() > 200) {
            problems.add(new FieldProblem("name", "must be given, at most 200 characters"));
        } else {
            store.idByName(command.name()).filter(other -> !other.equals(id))
                    .ifPresent(other -> problems.add(new FieldProblem("name", "is the name of another template")));
        }
        if (command.description() != null && command.description().length() > 2000) {
            problems.add(new FieldProblem("description", "must be at most 2000 characters"));
        }
        if (command.orgUnitId() != null && !orgUnits.exists(command.orgUnitId())) {
            problems.add(new FieldProblem("orgUnitId", "is not an org unit"));
        }
        if (command.careerLevel() != null && !careerLevels.exists(command.careerLevel())) {
            problems.add(new FieldProblem("careerLevel", "is not a career level"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are invalid.", problems);
        }
    }

    private static void checkTasks(List<TemplateTask> tasks) {
        var problems = TemplateRules.check(tasks);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The template's tasks are not valid.", problems);
        }
    }

    private static int indexOf(List<TemplateTask> tasks, String key) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static void renameDependency(List<TemplateTask> tasks, String from, String to) {
        for (int i = 0; i < tasks.size(); i++) {
            var t = tasks.get(i);
            if (t.dependsOn().contains(from)) {
                tasks.set(i, withDependencies(t, t.dependsOn().stream().map(d -> d.equals(from) ? to : d).toList()));
            }
        }
    }

    private static TemplateTask withDependencies(TemplateTask t, List<String> dependsOn) {
        return new TemplateTask(t.key(), t.title(), t.description(), t.category(), t.owner(), t.dueOffsetDays(),
                t.skipWeekends(), t.reviewKind(), t.documentId(), t.courseRef(), dependsOn);
    }


    private static String note(String note, String fallback) {
        return note == null || note.isBlank() ? fallback : note.trim().substring(0, Math.min(1000, note.trim().length()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
