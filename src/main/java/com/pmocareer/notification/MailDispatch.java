package com.pmocareer.notification;

import com.pmocareer.people.PersonDirectory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mail that notifications owe: those a person wants at once every minute, the rest as one digest a day.
 * A notification counts as mailed only after its message went out, so an SMTP outage delays mail but loses none.
 */
@Component
public class MailDispatch {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MailDispatch.class);

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final Mailer mailer;
    private final Clock clock;

    MailDispatch(JdbcClient jdbc, PersonDirectory directory, Mailer mailer, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** One message per immediate notification. A call skipped because another instance holds the lock does nothing. */
    @Scheduled(fixedDelayString = "${pmo.mail.immediate-every:PT1M}", initialDelayString = "${pmo.mail.immediate-every:PT1M}")
    @SchedulerLock(name = "mail-immediate", lockAtMostFor = "PT10M")
    public void sendImmediate() {
        int sent = 0;
        for (var entry : owed(DeliveryMode.IMMEDIATE).entrySet()) {
            for (var notification : entry.getValue()) {
                if (deliver(entry.getKey(), notification.title(), List.of(notification))) {
                    sent++;
                }
            }
        }
        if (sent > 0) {
            log.info("Sent {} immediate e-mail(s)", sent);
        }
    }

    /** One digest per person of everything they chose to get daily. */
    @Scheduled(cron = "${pmo.mail.digest-cron:0 0 7 * * MON-FRI}")
    @SchedulerLock(name = "mail-daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void sendDailyDigests() {
        int sent = 0;
        for (var entry : owed(DeliveryMode.DAILY).entrySet()) {
            int count = entry.getValue().size();
            String subject = "PMO-Career: " + count + (count == 1 ? " thing needs" : " things need") + " your attention";
            if (deliver(entry.getKey(), subject, entry.getValue())) {
                sent++;
            }
        }
        if (sent > 0) {
            log.info("Sent {} daily digest(s)", sent);
        }
    }

    private record Owed(long id, String title, String body, String link) {
    }

    private Map<Long, List<Owed>> owed(DeliveryMode mode) {
        var byPerson = new LinkedHashMap<Long, List<Owed>>();
        jdbc.sql("""
                SELECT id, person_id, title, body, link FROM notification
                 WHERE mail_mode = :mode AND mailed_at IS NULL ORDER BY person_id, created_at, id""")
                .param("mode", mode.name())
                .query((rs, n) -> byPerson.computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>())
                        .add(new Owed(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("link"))))
                .list();
        return byPerson;
    }

    private boolean deliver(long personId, String subject, List<Owed> items) {
        var person = directory.findForSystem(personId).filter(p -> p.email() != null && p.email().contains("@"));
        boolean sent = person.isEmpty() || mailer.send(person.get().email(), person.get().fullName(), subject, text(items));
        if (sent) {
            // Nobody to write to (an erased person) also settles what is owed.
            jdbc.sql("UPDATE notification SET mailed_at = :now WHERE id IN (:ids)").param("now", now())
                    .param("ids", items.stream().map(Owed::id).toList()).update();
        }
        return sent && person.isPresent();
    }

    private String text(List<Owed> items) {
        var text = new StringBuilder();
        for (var item : items) {
            text.append("• ").append(item.title()).append('\n');
            if (item.body() != null && !item.body().isBlank()) {
                text.append("  ").append(item.body().replace("\n", "\n  ")).append('\n');
            }
            if (item.link() != null) {
                text.append("  ").append(mailer.absolute(item.link())).append('\n');
            }
            text.append('\n');
        }
        text.append("You choose which of these reach you by e-mail, and when, on ")
                .append(mailer.absolute("/notifications/preferences")).append('\n');
        return text.toString();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
