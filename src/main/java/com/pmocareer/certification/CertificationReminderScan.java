package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.CertificationTypeView;
import com.pmocareer.certification.CredentialCycles.ClosedCycle;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.notification.ScanRuns;
import com.pmocareer.notification.ScheduledScan;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every morning: credentials expiring within 90, 30 and 7 days and those in grace go to their holders; a cycle that
 * the person's pace over the last 12 months will not meet by its end (looked at in its last year) is a shortfall;
 * exams within two weeks and three days remind; a cycle already met renews. On the summary day each lead gets the
 * week's picture of the people they manage.
 */
@Component
class CertificationReminderScan implements ScheduledScan {

    static final String SCAN = "certifications-expiry-and-pdus";
    private static final int[] EXPIRY_NOTICES = {7, 30, 90};
    private static final int[] EXAM_NOTICES = {3, 14};
    private static final int PEOPLE_PER_READ = 200;

    private record Due(long credentialId, long personId, CertificationTypeView type, int cycleNumber, LocalDate cycleStart,
            LocalDate cycleEnd) {
    }

    private final JdbcClient jdbc;
    private final CertificationCatalog catalog;
    private final Credentials credentials;
    private final Notifications notifications;
    private final ScanRuns runs;
    private final Clock clock;
    private final DayOfWeek summaryDay;
    private final ObjectProvider<CertificationReminderScan> self;

    CertificationReminderScan(JdbcClient jdbc, CertificationCatalog catalog, Credentials credentials,
            Notifications notifications, ScanRuns runs, Clock clock,
            @Value("${pmo.scans.team-summary-day:MONDAY}") DayOfWeek summaryDay, ObjectProvider<CertificationReminderScan> self) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.credentials = credentials;
        this.notifications = notifications;
        this.runs = runs;
        this.clock = clock;
        this.summaryDay = summaryDay;
        this.self = self;
    }

    @Scheduled(cron = "${pmo.scans.certification-reminder-cron:0 30 6 * * *}")
    @SchedulerLock(name = SCAN, lockAtMostFor = "PT30M", lockAtLeastFor = "PT2M")
    public void remind() {
        runs.record(SCAN, this::scan);
    }

    int scan() {
        LocalDate today = LocalDate.now(clock);
        List<NewNotification> out = new ArrayList<>();
        List<Due> dated = new ArrayList<>();
        var types = catalog.byIds();
        jdbc.sql("SELECT id, person_id, type_id, cycle_number, cycle_start, cycle_end FROM credential WHERE cycle_end IS NOT NULL")
                .query(rs -> {
                    dated.add(new Due(rs.getLong(1), rs.getLong(2), types.get(rs.getLong(3)), rs.getInt(4),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)));
                });
        Map<Long, List<Due>> shortfallCandidates = new HashMap<>();
        Map<Long, int[]> teamCounts = new HashMap<>();
        for (Due due : dated) {
            long daysLeft = ChronoUnit.DAYS.between(today, due.cycleEnd());
            CredentialStatus status = CredentialStatus.on(today, due.cycleEnd(), due.type().policy().graceDays());
            expiry(due, daysLeft, status, today).ifPresent(out::add);
            if (status == CredentialStatus.EXPIRING || status == CredentialStatus.IN_GRACE) {
                teamCounts.computeIfAbsent(due.personId(), k -> new int[2])[0]++;
            }
            if (due.type().policy().renewsByUnits() && status.held() && daysLeft <= 365) {
                shortfallCandidates.computeIfAbsent(due.personId(), k -> new ArrayList<>()).add(due);
            }
        }
        shortfalls(shortfallCandidates, today, out, teamCounts);
        exams(today, out);
        if (today.getDayOfWeek() == summaryDay) {
            teamSummaries(teamCounts, today, out);
        }
        return notifications.sendAll(out);
    }

    private java.util.Optional<NewNotification> expiry(Due due, long daysLeft, CredentialStatus status, LocalDate today) {
        String link = "/people/" + due.personId() + "/certifications/" + due.credentialId();
        if (status == CredentialStatus.IN_GRACE) {
            LocalDate graceEnds = due.cycleEnd().plusDays(due.type().policy().graceDays());
            return java.util.Optional.of(new NewNotification(due.personId(), NotificationKind.CREDENTIAL_EXPIRING,
                    due.type().name() + " is in its grace period", "The cycle ended on " + due.cycleEnd()
                            + "; renew it by " + graceEnds + " or it expires.", link,
                    "credential-grace-" + due.credentialId() + "-" + due.cycleEnd()));
        }
        for (int notice : EXPIRY_NOTICES) {
            if (daysLeft >= 0 && daysLeft <= notice) {
                return java.util.Optional.of(new NewNotification(due.personId(), NotificationKind.CREDENTIAL_EXPIRING,
                        due.type().name() + " expires in " + daysLeft + (daysLeft == 1 ? " day" : " days"),
                        "The cycle ends on " + due.cycleEnd() + ". " + due.type().renewal() + ".", link,
                        "credential-expiring-" + due.credentialId() + "-" + due.cycleEnd() + "-" + notice));
            }
        }
        return java.util.Optional.empty();
    }

    /** Reads each candidate person's units in one ordered pass, evaluates their cycles and forecasts the rest. */
    private void shortfalls(Map<Long, List<Due>> candidates, LocalDate today, List<NewNotification> out, Map<Long, int[]> teamCounts) {
        if (candidates.isEmpty()) {
            return;
        }
        Map<Long, List<ClosedCycle>> closed = new HashMap<>();
        jdbc.sql("SELECT credential_id, cycle_number, starts_on, ends_on, renewed_on, route FROM credential_cycle ORDER BY credential_id, cycle_number")
                .query(rs -> {
                    closed.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ClosedCycle(rs.getInt(2),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                            RenewalRoute.valueOf(rs.getString(6))));
                });
        Set<Long> toRenew = new HashSet<>();
        List<Long> people = candidates.keySet().stream().sorted().toList();
        for (int from = 0; from < people.size(); from += PEOPLE_PER_READ) {
            List<Long> batch = people.subList(from, Math.min(from + PEOPLE_PER_READ, people.size()));
            Map<Long, List<Credit>> credits = new HashMap<>();
            batch.forEach(person -> credits.put(person, new ArrayList<>()));
            // A range of ids, not an IN list: both databases then read the person index in order.
            jdbc.sql("SELECT person_id, entry_id, earned_on, category, units FROM ledger_unit WHERE person_id BETWEEN :lo AND :hi")
                    .param("lo", batch.get(0)).param("hi", batch.get(batch.size() - 1))
                    .query(rs -> {
                        List<Credit> own = credits.get(rs.getLong(1));
                        if (own != null) {
                            own.add(new Credit(rs.getLong(2), rs.getObject(3, LocalDate.class),
                                    LedgerCategory.valueOf(rs.getString(4)), rs.getBigDecimal(5)));
                        }
                    });
            for (long person : batch) {
                for (Due due : candidates.get(person)) {
                    switch (standing(due, closed.getOrDefault(due.credentialId(), List.of()), credits.get(person), today, out)) {
                        case MET -> toRenew.add(person);
                        case SHORT -> teamCounts.computeIfAbsent(person, k -> new int[2])[1]++;
                        case ON_PACE -> { }
                    }
                }
            }
        }
        toRenew.forEach(credentials::renewWhereMet);
    }

    private enum Standing { MET, ON_PACE, SHORT }

    /** Met, on pace to be met by the cycle's end, or short — then the holder hears it, once a month. */
    private static Standing standing(Due due, List<ClosedCycle> closed, List<Credit> credits, LocalDate today,
            List<NewNotification> out) {
        var current = CredentialCycles.evaluate(due.type().policy(), due.cycleStart(), due.cycleEnd(), closed, credits).current();
        if (current.met()) {
            return Standing.MET;
        }
        var forecast = RenewalForecast.of(due.type().policy(), current.window(), credits, current.carriedIn(), today);
        if (forecast.reachedOn() != null && !forecast.reachedOn().isAfter(due.cycleEnd())) {
            return Standing.ON_PACE;
        }
        out.add(new NewNotification(due.personId(), NotificationKind.PDU_SHORTFALL,
                due.type().name() + ": short of " + due.type().policy().unitName() + " at your pace", forecast.summary(),
                "/people/" + due.personId() + "/certifications/" + due.credentialId(),
                "pdu-shortfall-" + due.credentialId() + "-" + today.withDayOfMonth(1)));
        return Standing.SHORT;
    }

    private void exams(LocalDate today, List<NewNotification> out) {
        jdbc.sql("""
                SELECT id, person_id, type_id, planned_exam_on FROM certification_goal
                 WHERE status IN ('PLANNED', 'STUDYING', 'BOOKED') AND planned_exam_on BETWEEN :today AND :last""")
                .param("today", today).param("last", today.plusDays(EXAM_NOTICES[EXAM_NOTICES.length - 1]))
                .query(rs -> {
                    LocalDate exam = rs.getObject(4, LocalDate.class);
                    long days = ChronoUnit.DAYS.between(today, exam);
                    int notice = days <= EXAM_NOTICES[0] ? EXAM_NOTICES[0] : EXAM_NOTICES[1];
                    String name = catalog.byId(rs.getLong(3)).name();
                    out.add(new NewNotification(rs.getLong(2), NotificationKind.EXAM_APPROACHING,
                            name + " exam " + (days == 0 ? "today" : "in " + days + (days == 1 ? " day" : " days")),
                            "Planned for " + exam + ". Good luck — record the result on your certifications page.",
                            "/people/" + rs.getLong(2) + "/certifications", "exam-" + rs.getLong(1) + "-" + exam + "-" + notice));
                });
    }

    /** Counts per line manager: credentials expiring or in grace, cycles short at the current pace. */
    private void teamSummaries(Map<Long, int[]> counts, LocalDate today, List<NewNotification> out) {
        Map<Long, int[]> byLead = new HashMap<>();
        // Line managers are read where the people module keeps them, as a report would: one pass for everyone.
        jdbc.sql("SELECT id, line_manager_id FROM person WHERE line_manager_id IS NOT NULL AND erased_at IS NULL").query(rs -> {
            int[] personCounts = counts.get(rs.getLong(1));
            if (personCounts != null) {
                int[] lead = byLead.computeIfAbsent(rs.getLong(2), k -> new int[2]);
                lead[0] += personCounts[0];
                lead[1] += personCounts[1];
            }
        });
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(summaryDay));
        byLead.forEach((lead, c) -> out.add(new NewNotification(lead, NotificationKind.TEAM_CERTIFICATIONS,
                "Your team's certifications this week: " + c[0] + " expiring or in grace, " + c[1] + " short of units",
                "See who needs to renew and who will miss their units at their pace.", "/certifications/team",
                "team-certifications-" + lead + "-" + week)));
    }

    @Override
    public String name() {
        return SCAN;
    }

    @Override
    public String description() {
        return "Every morning: credentials expiring (90/30/7 days) or in grace, units short at the current pace, exams "
                + "coming up, cycles met renewed; on " + summaryDay.name().charAt(0) + summaryDay.name().substring(1).toLowerCase()
                + "s a summary to each lead.";
    }

    @Override
    public void runNow() {
        self.getObject().remind();
    }
}
