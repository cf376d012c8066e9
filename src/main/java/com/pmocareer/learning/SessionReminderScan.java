package com.pmocareer.learning;

import com.pmocareer.learning.SessionViews.SessionView;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.notification.ScanRuns;
import com.pmocareer.notification.ScheduledScan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning: reminds each enrolled person of a session that starts the day after tomorrow (in its time zone). */
@Component
class SessionReminderScan implements ScheduledScan {

    static final String SCAN = "learning-session-reminders";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM, HH:mm");

    private final SessionStore sessions;
    private final Notifications notifications;
    private final ScanRuns runs;
    private final Clock clock;
    private final ObjectProvider<SessionReminderScan> self;

    SessionReminderScan(SessionStore sessions, Notifications notifications, ScanRuns runs, Clock clock, ObjectProvider<SessionReminderScan> self) {
        this.sessions = sessions;
        this.notifications = notifications;
        this.runs = runs;
        this.clock = clock;
        this.self = self;
    }

    @Scheduled(cron = "${pmo.scans.session-reminder-cron:0 10 6 * * *}")
    @SchedulerLock(name = SCAN, lockAtMostFor = "PT30M", lockAtLeastFor = "PT2M")
    public void remind() {
        runs.record(SCAN, this::scan);
    }

    int scan() {
        LocalDate inTwoDays = LocalDate.now(clock).plusDays(2);
        // Wide enough for every time zone; each session is then checked against its own calendar day.
        var candidates = sessions.upcoming(inTwoDays.minusDays(1).atStartOfDay(ZoneId.of("UTC")).toOffsetDateTime(),
                inTwoDays.plusDays(2).atStartOfDay(ZoneId.of("UTC")).toOffsetDateTime());
        var reminders = new ArrayList<NewNotification>();
        for (SessionView session : candidates) {
            if (!session.startsAt().toLocalDate().equals(inTwoDays)) {
                continue;
            }
            String where = session.location() != null ? session.location() : session.onlineUrl();
            sessions.enrolledIn(session.id()).forEach(enrollment -> reminders.add(new NewNotification(enrollment.personId(),
                    NotificationKind.SESSION_REMINDER, "In two days: " + session.courseTitle(),
                    session.startsAt().format(WHEN) + " (" + session.timeZone() + "), " + where + ".", "/learning",
                    "session-" + session.id() + "-reminder-" + enrollment.personId())));
        }
        return notifications.sendAll(reminders);
    }

    @Override
    public String name() {
        return SCAN;
    }

    @Override
    public String description() {
        return "Every morning: reminds enrolled people of sessions that start in two days.";
    }

    @Override
    public void runNow() {
        self.getObject().remind();
    }
}
