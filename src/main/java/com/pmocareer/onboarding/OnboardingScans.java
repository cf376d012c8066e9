package com.pmocareer.onboarding;

import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.notification.ScanRuns;
import com.pmocareer.notification.ScheduledScan;
import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily scan of open onboarding tasks: each owner hears once a day about their tasks due tomorrow and, separately,
 * about their overdue ones — one notification per person and kind, listing the tasks, not one per task.
 */
@Component
public class OnboardingScans implements ScheduledScan {

    static final String SCAN = "onboarding-due-and-overdue";
    private static final int LISTED = 8;

    private record OpenTask(long personId, String personName, Long lineManagerId, TaskOwner owner, String title,
            LocalDate dueOn) {
    }

    private final JdbcClient jdbc;
    private final MentorRelations mentors;
    private final PersonDirectory directory;
    private final Notifications notifications;
    private final ScanRuns runs;
    private final Clock clock;
    private final ObjectProvider<OnboardingScans> self;

    OnboardingScans(JdbcClient jdbc, MentorRelations mentors, PersonDirectory directory, Notifications notifications,
            ScanRuns runs, Clock clock, ObjectProvider<OnboardingScans> self) {
        this.self = self;
        this.jdbc = jdbc;
        this.mentors = mentors;
        this.directory = directory;
        this.notifications = notifications;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Runs daily on one instance only (a run elsewhere within two minutes is skipped); {@link ScanRuns} keeps what it
     * did, since a skipped call has nothing to answer.
     */
    @Scheduled(cron = "${pmo.scans.onboarding-cron:0 0 6 * * *}")
    @SchedulerLock(name = SCAN, lockAtMostFor = "PT30M", lockAtLeastFor = "PT2M")
    public void scanDueAndOverdue() {
        runs.record(SCAN, () -> scan(LocalDate.now(clock)));
    }

    @Override
    public String name() {
        return SCAN;
    }

    @Override
    public String description() {
        return "Every morning: tells each owner of an open onboarding task due tomorrow, and each owner of overdue ones,"
                + " in one notification per person and kind.";
    }

    /** Through the proxy, so that the lock applies as it does to the schedule. */
    @Override
    public void runNow() {
        self.getObject().scanDueAndOverdue();
    }

    int scan(LocalDate today) {
        var due = new LinkedHashMap<Long, List<OpenTask>>();
        var overdue = new LinkedHashMap<Long, List<OpenTask>>();
        Set<Long> admins = Set.copyOf(directory.idsWithRoleForSystem(Role.ADMIN));
        var mentorsByMentee = new java.util.HashMap<Long, Set<Long>>();
        jdbc.sql("""
                SELECT p.person_id, person.full_name, person.line_manager_id, t.owner_role, t.title, t.due_on
                  FROM onboarding_task t
                  JOIN onboarding_plan p ON p.id = t.plan_id
                  JOIN person person ON person.id = p.person_id
                 WHERE p.status = 'ACTIVE' AND t.status = 'OPEN' AND t.due_on <= :tomorrow AND person.erased_at IS NULL
                 ORDER BY t.due_on, p.person_id""")
                .param("tomorrow", today.plusDays(1))
                .query((rs, n) -> new OpenTask(rs.getLong("person_id"), rs.getString("full_name"),
                        rs.getObject("line_manager_id", Long.class), TaskOwner.valueOf(rs.getString("owner_role")),
                        rs.getString("title"), rs.getObject("due_on", LocalDate.class)))
                .list().forEach(task -> {
                    var into = task.dueOn().isBefore(today) ? overdue : due;
                    for (long recipient : recipients(task, admins, mentorsByMentee)) {
                        into.computeIfAbsent(recipient, r -> new ArrayList<>()).add(task);
                    }
                });
        var batch = new ArrayList<NewNotification>();
        due.forEach((recipient, tasks) -> batch.add(notification(recipient, tasks, today, false)));
        overdue.forEach((recipient, tasks) -> batch.add(notification(recipient, tasks, today, true)));
        return notifications.sendAll(batch);
    }

    /** Who hears about a task: its owner — the new hire, their mentor(s), their line manager, or the admins. */
    private Set<Long> recipients(OpenTask task, Set<Long> admins, Map<Long, Set<Long>> mentorsByMentee) {
        return switch (task.owner()) {
            case NEW_HIRE -> Set.of(task.personId());
            case MENTOR -> mentorsByMentee.computeIfAbsent(task.personId(), mentors::currentMentorsOf);
            case LEAD -> task.lineManagerId() == null ? admins : Set.of(task.lineManagerId());
            case ADMIN, IT_SERVICE_DESK -> admins;
        };
    }

    private NewNotification notification(long recipient, List<OpenTask> tasks, LocalDate today, boolean overdue) {
        int count = tasks.size();
        String title = overdue
                ? count + (count == 1 ? " onboarding task is overdue" : " onboarding tasks are overdue")
                : count + (count == 1 ? " onboarding task is due tomorrow" : " onboarding tasks are due tomorrow");
        var body = new StringBuilder();
        tasks.stream().limit(LISTED).forEach(task -> body.append(task.title())
                .append(task.personId() == recipient ? "" : " — for " + task.personName())
                .append(overdue ? " (due " + task.dueOn() + ")" : "").append('\n'));
        if (count > LISTED) {
            body.append("and ").append(count - LISTED).append(" more");
        }
        boolean ownOnly = tasks.stream().allMatch(task -> task.personId() == recipient);
        String link = ownOnly ? "/people/" + recipient + "/onboarding" : "/onboarding";
        return new NewNotification(recipient, overdue ? NotificationKind.ONBOARDING_TASK_OVERDUE : NotificationKind.ONBOARDING_TASK_DUE,
                title, body.toString().strip(), link, (overdue ? "onboarding-overdue-" : "onboarding-due-") + recipient + "-" + today);
    }
}
