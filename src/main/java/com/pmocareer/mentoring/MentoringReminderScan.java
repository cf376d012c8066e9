package com.pmocareer.mentoring;

import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.notification.ScanRuns;
import com.pmocareer.notification.ScheduledScan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: action items due tomorrow or overdue go to their owner; a current mentorship whose agreed cadence says
 * a session is due (last session, or the start, plus the cadence) and has none planned reminds both sides.
 */
@Component
class MentoringReminderScan implements ScheduledScan {

    static final String SCAN = "mentoring-actions-and-cadence";

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final ScanRuns runs;
    private final Clock clock;
    private final ObjectProvider<MentoringReminderScan> self;

    MentoringReminderScan(JdbcClient jdbc, Notifications notifications, ScanRuns runs, Clock clock, ObjectProvider<MentoringReminderScan> self) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.runs = runs;
        this.clock = clock;
        this.self = self;
    }

    @Scheduled(cron = "${pmo.scans.mentoring-reminder-cron:0 20 6 * * *}")
    @SchedulerLock(name = SCAN, lockAtMostFor = "PT30M", lockAtLeastFor = "PT2M")
    public void remind() {
        runs.record(SCAN, this::scan);
    }

    int scan() {
        LocalDate today = LocalDate.now(clock);
        var reminders = new ArrayList<NewNotification>();
        jdbc.sql("""
                SELECT a.id, a.owner_id, a.description, a.due_on, s.mentorship_id FROM mentoring_action a
                  JOIN mentoring_session s ON s.id = a.session_id JOIN mentorship m ON m.id = s.mentorship_id
                 WHERE a.done_at IS NULL AND a.due_on <= :tomorrow AND""" + CurrentMentorships.CURRENT)
                .param("tomorrow", today.plusDays(1)).param("today", today)
                .query(rs -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    boolean overdue = due.isBefore(today);
                    reminders.add(new NewNotification(rs.getLong("owner_id"), NotificationKind.MENTORING_ACTION_DUE,
                            (overdue ? "Overdue mentoring action: " : "Mentoring action due tomorrow: ") + rs.getString("description"),
                            "Due " + due + ".", "/mentorships/" + rs.getLong("mentorship_id"),
                            "mentoring-action-" + rs.getLong("id") + (overdue ? "-overdue-" + today : "-due")));
                });
        jdbc.sql("""
                SELECT m.id, m.mentor_id, m.mentee_id, m.cadence_days, m.started_on,
                       (SELECT MAX(s.starts_at) FROM mentoring_session s WHERE s.mentorship_id = m.id) AS last_session
                  FROM mentorship m WHERE m.cadence_days IS NOT NULL AND""" + CurrentMentorships.CURRENT)
                .param("today", today)
                .query(rs -> {
                    OffsetDateTime last = rs.getObject("last_session", OffsetDateTime.class);
                    if (last != null && last.toLocalDate().isAfter(today)) {
                        return;
                    }
                    LocalDate from = last == null ? rs.getObject("started_on", LocalDate.class) : last.toLocalDate();
                    LocalDate due = from.plusDays(rs.getInt("cadence_days"));
                    if (due.isAfter(today)) {
                        return;
                    }
                    for (long person : new long[] {rs.getLong("mentor_id"), rs.getLong("mentee_id")}) {
                        reminders.add(new NewNotification(person, NotificationKind.MENTORING_CADENCE,
                                "A mentoring session is due", "Your agreement says every " + rs.getInt("cadence_days")
                                        + " days; the last was on " + from + ". Plan the next one.",
                                "/mentorships/" + rs.getLong("id"), "mentoring-cadence-" + rs.getLong("id") + "-" + due + "-" + person));
                    }
                });
        return notifications.sendAll(reminders);
    }

    @Override
    public String name() {
        return SCAN;
    }

    @Override
    public String description() {
        return "Every morning: mentoring action items due or overdue, and sessions due by the agreed cadence.";
    }

    @Override
    public void runNow() {
        self.getObject().remind();
    }
}
