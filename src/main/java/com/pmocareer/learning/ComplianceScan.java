package com.pmocareer.learning;

import com.pmocareer.learning.ComplianceViews.Cell;
import com.pmocareer.learning.ComplianceViews.RequirementView;
import com.pmocareer.learning.ComplianceViews.Row;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.notification.ScanRuns;
import com.pmocareer.notification.ScheduledScan;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily compliance scan: each person hears once per due date that a mandatory training is due soon, and daily
 * (one notification listing them) while some are overdue; once an overdue one is past its grace period, their line
 * manager hears once for that due date.
 */
@Component
class ComplianceScan implements ScheduledScan {

    static final String SCAN = "compliance-due-and-overdue";

    private final Compliance compliance;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final ScanRuns runs;
    private final Clock clock;
    private final ObjectProvider<ComplianceScan> self;

    ComplianceScan(Compliance compliance, JdbcClient jdbc, Notifications notifications, ScanRuns runs,
            Clock clock, ObjectProvider<ComplianceScan> self) {
        this.compliance = compliance;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.runs = runs;
        this.clock = clock;
        this.self = self;
    }

    @Scheduled(cron = "${pmo.scans.compliance-cron:0 20 6 * * *}")
    @SchedulerLock(name = SCAN, lockAtMostFor = "PT30M", lockAtLeastFor = "PT2M")
    public void scanCompliance() {
        runs.record(SCAN, this::scan);
    }

    int scan() {
        LocalDate today = LocalDate.now(clock);
        List<RequirementView> requirements = compliance.requirements(false);
        Map<Long, RequirementView> byId = new HashMap<>();
        requirements.forEach(r -> byId.put(r.id(), r));
        Map<Long, Long> managers = new HashMap<>();
        jdbc.sql("SELECT id, line_manager_id FROM person WHERE line_manager_id IS NOT NULL AND erased_at IS NULL")
                .query(rs -> {
                    managers.put(rs.getLong(1), rs.getLong(2));
                });
        var notices = new ArrayList<NewNotification>();
        for (Row row : compliance.rows(compliance.everyone(), requirements, today)) {
            var overdue = new ArrayList<String>();
            for (Cell cell : row.cells()) {
                RequirementView requirement = byId.get(cell.requirementId());
                switch (cell.state()) {
                    case DUE_SOON -> notices.add(new NewNotification(row.personId(), NotificationKind.COMPLIANCE_DUE,
                            requirement.name() + " is due by " + cell.dueOn(),
                            "Complete " + courses(requirement) + " before " + cell.dueOn() + ".", "/learning",
                            "compliance-due-" + requirement.id() + "-" + row.personId() + "-" + cell.dueOn()));
                    case OVERDUE -> {
                        overdue.add(requirement.name() + " (due " + cell.dueOn() + ")");
                        Long manager = managers.get(row.personId());
                        if (cell.pastGrace() && manager != null) {
                            notices.add(new NewNotification(manager, NotificationKind.COMPLIANCE_ESCALATION,
                                    row.fullName() + " is past the grace period for " + requirement.name(),
                                    "Due " + cell.dueOn() + ", grace " + requirement.graceDays() + " days. Complete "
                                            + courses(requirement) + " or grant an exemption.",
                                    "/compliance?personId=" + row.personId(),
                                    "compliance-escalation-" + requirement.id() + "-" + row.personId() + "-" + cell.dueOn()));
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!overdue.isEmpty()) {
                notices.add(new NewNotification(row.personId(), NotificationKind.COMPLIANCE_OVERDUE,
                        overdue.size() == 1 ? "A mandatory training is overdue" : overdue.size() + " mandatory trainings are overdue",
                        String.join("; ", overdue) + ".", "/learning", "compliance-overdue-" + row.personId() + "-" + today));
            }
        }
        return notifications.sendAll(notices);
    }

    private static String courses(RequirementView requirement) {
        return String.join(" or ", requirement.courses().stream().map(c -> c.title()).toList());
    }

    @Override
    public String name() {
        return SCAN;
    }

    @Override
    public String description() {
        return "Every morning: tells people of mandatory training due soon and overdue, and their line manager once the"
                + " grace period has passed.";
    }

    @Override
    public void runNow() {
        self.getObject().scanCompliance();
    }
}
