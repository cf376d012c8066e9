package com.pmocareer.onboarding;

import com.pmocareer.onboarding.PlanViews.PlanView;
import com.pmocareer.onboarding.PlanViews.TaskView;
import com.pmocareer.onboarding.PlanViews.WeekView;
import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds what a user sees of a plan, including what they may do with each task. */
@Component
class PlanViewer {

    private final OnboardingPlanStore store;
    private final PersonDirectory directory;
    private final MentorRelations mentors;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanViewer(OnboardingPlanStore store, PersonDirectory directory, MentorRelations mentors, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.mentors = mentors;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A lead of the person: someone with the PMO_LEAD role who sees them (never the person themselves). */
    boolean isLeadOf(CurrentUser user, long personId) {
        return user.isLead() && user.personId() != personId && directory.canSee(user, personId);
    }

    boolean mayComplete(CurrentUser user, long personId, TaskOwner owner) {
        return switch (owner) {
            case NEW_HIRE -> user.personId() == personId;
            case MENTOR -> user.isMentor() && mentors.isCurrentMentor(user.personId(), personId);
            case LEAD -> false;
            case ADMIN, IT_SERVICE_DESK -> user.isAdmin();
        } || isLeadOf(user, personId);
    }

    PlanView view(CurrentUser user, OnboardingPlanStore.PlanRow plan, PersonView person) {
        LocalDate today = LocalDate.now(clock);
        var rows = store.tasks(plan.id());
        var openByKey = new HashMap<String, String>();
        rows.stream().filter(t -> t.status() == TaskStatus.OPEN).forEach(t -> openByKey.put(t.key(), t.title()));
        boolean lead = isLeadOf(user, person.id());
        var mayByOwner = new HashMap<TaskOwner, Boolean>();
        var names = directory.namesForSystem(rows.stream().map(OnboardingPlanStore.TaskRow::closedBy).filter(java.util.Objects::nonNull).toList());
        var documentTitles = documentTitles();
        var byWeek = new TreeMap<Integer, List<TaskView>>();
        int overdue = 0;
        for (var t : rows) {
            boolean isOverdue = t.status() == TaskStatus.OPEN && t.dueOn().isBefore(today);
            overdue += isOverdue ? 1 : 0;
            int week = (int) Math.max(0, ChronoUnit.DAYS.between(plan.startDate(), t.dueOn())) / 7 + 1;
            boolean open = t.status() == TaskStatus.OPEN;
            boolean may = open && mayByOwner.computeIfAbsent(t.owner(), owner -> mayComplete(user, person.id(), owner));
            var waitingFor = t.dependsOn().stream().filter(openByKey::containsKey).map(openByKey::get).toList();
            byWeek.computeIfAbsent(week, w -> new ArrayList<>()).add(new TaskView(t.id(), t.key(), t.title(), t.description(),
                    t.category(), t.owner(), t.dueOn(), week, t.status(), isOverdue, t.reviewKind(), t.documentId(),
                    t.documentId() == null ? null : documentTitles.get(t.documentId()), t.courseRef(), waitingFor,
                    t.closedAt(), t.closedBy() == null ? null : names.get(t.closedBy()), t.note(),
                    t.reviewKind() == null || open ? null : store.review(t.id()).orElse(null),
                    may && t.reviewKind() == null || open && lead && t.reviewKind() != null, open && lead, t.version()));
        }
        var weeks = new ArrayList<WeekView>();
        byWeek.forEach((week, tasks) -> weeks.add(new WeekView(week, plan.startDate().plusDays((week - 1) * 7L),
                plan.startDate().plusDays(week * 7L - 1), tasks, (int) tasks.stream().filter(t -> t.status().closed()).count())));
        int total = plan.tasksTotal();
        int closed = plan.tasksClosed();
        return new PlanView(plan.id(), person.id(), person.fullName(), plan.templateName(), plan.templateVersion(),
                plan.startDate(), plan.status(), (int) ChronoUnit.DAYS.between(plan.startDate(), today) + 1,
                percent(closed, total), total, closed, overdue, weeks, plan.version());
    }

    static int percent(int closed, int total) {
        return total == 0 ? 100 : (int) Math.floor(closed * 100.0 / total);
    }

    private Map<Long, String> documentTitles() {
        var titles = new HashMap<Long, String>();
        jdbc.sql("SELECT id, title FROM pmo_document").query((rs, n) -> titles.put(rs.getLong("id"), rs.getString("title"))).list();
        return titles;
    }
}
