package com.pmocareer.experience;

import com.pmocareer.people.DemoPmoLoaded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The demo PMO's projects (one of every type), a year of assignments and experience logs. Liam has led projects for
 * nine months over two overlapping co-PM assignments and never closed a project; Ravi facilitates Scrum ceremonies;
 * Tomás and Zara work on the HIPAA-tagged clinical data warehouse, so the HIPAA training applies to them.
 */
@Component
class DemoExperience {

    record DemoProject(String code, String name, ProjectType type, Methodology methodology, BudgetBand band,
            int startedMonthsAgo, Integer endedMonthsAgo, String pm, String sponsor, List<String> tags) {
    }

    record DemoAssignment(String person, String project, AssignmentRole role, int allocation, int fromMonthsAgo,
            Integer toMonthsAgo) {
    }

    static final List<DemoProject> PROJECTS = List.of(
            new DemoProject("INF-DC-25", "Data centre consolidation", ProjectType.INFRASTRUCTURE, Methodology.PREDICTIVE,
                    BudgetBand.OVER_2M, 20, null, "mentor@pmo.example", "CIO office", List.of("ISO27001")),
            new DemoProject("CLD-AZ-26", "Azure landing zone migration", ProjectType.CLOUD_MIGRATION, Methodology.HYBRID,
                    BudgetBand.FROM_500K_TO_2M, 10, null, "mentor2@pmo.example", "Head of Infrastructure", List.of("GDPR")),
            new DemoProject("APP-PRT-3", "Customer portal release 3", ProjectType.SOFTWARE_DELIVERY, Methodology.AGILE,
                    BudgetBand.FROM_100K_TO_500K, 14, null, "mentor3@pmo.example", "Head of Digital Sales", List.of("GDPR")),
            new DemoProject("SEC-SOC-25", "Security operations centre roll-out", ProjectType.SECURITY, Methodology.PREDICTIVE,
                    BudgetBand.FROM_500K_TO_2M, 16, 2, "mentor4@pmo.example", "CISO", List.of("ISO27001")),
            new DemoProject("ERP-HR-26", "HR module roll-out", ProjectType.ERP, Methodology.HYBRID,
                    BudgetBand.FROM_500K_TO_2M, 8, null, "mentor4@pmo.example", "HR director", List.of("GDPR")),
            new DemoProject("DAT-CLN-26", "Clinical data warehouse", ProjectType.DATA, Methodology.AGILE,
                    BudgetBand.FROM_100K_TO_500K, 6, null, "mentor2@pmo.example", "Chief Medical Information Officer",
                    List.of("GDPR", "HIPAA")));

    static final List<DemoAssignment> ASSIGNMENTS = List.of(
            new DemoAssignment("mentor@pmo.example", "INF-DC-25", AssignmentRole.PM, 60, 20, null),
            new DemoAssignment("mentor2@pmo.example", "CLD-AZ-26", AssignmentRole.PM, 50, 10, null),
            new DemoAssignment("mentor2@pmo.example", "DAT-CLN-26", AssignmentRole.PM, 40, 6, null),
            new DemoAssignment("mentor3@pmo.example", "APP-PRT-3", AssignmentRole.PM, 80, 14, null),
            new DemoAssignment("mentor4@pmo.example", "SEC-SOC-25", AssignmentRole.PM, 50, 16, 2),
            new DemoAssignment("mentor4@pmo.example", "ERP-HR-26", AssignmentRole.PM, 50, 8, null),
            new DemoAssignment("junior@pmo.example", "INF-DC-25", AssignmentRole.SHADOW, 50, 13, 7),
            new DemoAssignment("junior@pmo.example", "INF-DC-25", AssignmentRole.CO_PM, 50, 7, null),
            new DemoAssignment("junior@pmo.example", "SEC-SOC-25", AssignmentRole.CO_PM, 40, 9, 2),
            new DemoAssignment("junior2@pmo.example", "APP-PRT-3", AssignmentRole.OBSERVER, 30, 2, null),
            new DemoAssignment("junior3@pmo.example", "CLD-AZ-26", AssignmentRole.CO_PM, 50, 9, null),
            new DemoAssignment("junior3@pmo.example", "DAT-CLN-26", AssignmentRole.SHADOW, 30, 5, null),
            new DemoAssignment("junior4@pmo.example", "CLD-AZ-26", AssignmentRole.SHADOW, 60, 8, null),
            new DemoAssignment("junior5@pmo.example", "INF-DC-25", AssignmentRole.OBSERVER, 40, 5, null),
            new DemoAssignment("junior8@pmo.example", "APP-PRT-3", AssignmentRole.CO_PM, 70, 12, null),
            new DemoAssignment("junior9@pmo.example", "ERP-HR-26", AssignmentRole.SHADOW, 50, 7, null),
            new DemoAssignment("junior10@pmo.example", "SEC-SOC-25", AssignmentRole.OBSERVER, 40, 6, 2),
            new DemoAssignment("junior11@pmo.example", "DAT-CLN-26", AssignmentRole.SHADOW, 50, 4, null));

    private static final List<String> PLANNING = List.of("Updated the schedule baseline", "Ran the risk workshop",
            "Estimated the migration waves with the team", "Wrote the communication plan");
    private static final List<String> EXECUTING = List.of("Chaired the weekly team meeting", "Vendor meeting on delivery dates",
            "Onboarded two contractors", "Coordinated the cut-over rehearsal");
    private static final List<String> MONITORING = List.of("Wrote the weekly status report", "Managed a change request",
            "Updated the RAID log", "Reviewed the budget burn with finance");
    private static final List<String> CEREMONY_NOTES = List.of("Sprint planning for the next increment",
            "Backlog refinement with the product owner", "Sprint review with stakeholders", "Team retrospective");

    private final JdbcClient jdbc;

    DemoExperience(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(2)
    void on(DemoPmoLoaded demo) {
        LocalDate today = demo.today();
        java.util.Map<String, Long> projectIds = new java.util.HashMap<>();
        for (DemoProject p : PROJECTS) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO project (code, name, project_type, methodology, budget_band, starts_on, ends_on, status,
                           sponsor, pm_id, search_text, created_at, version)
                    VALUES (:code, :name, :type, :methodology, :band, :starts, :ends, :status, :sponsor, :pm, :search, :now, 0)""")
                    .param("code", p.code()).param("name", p.name()).param("type", p.type().name())
                    .param("methodology", p.methodology().name()).param("band", p.band().name())
                    .param("starts", today.minusMonths(p.startedMonthsAgo()))
                    .param("ends", p.endedMonthsAgo() == null ? null : today.minusMonths(p.endedMonthsAgo()))
                    .param("status", p.endedMonthsAgo() == null ? ProjectStatus.ACTIVE.name() : ProjectStatus.CLOSED.name())
                    .param("sponsor", p.sponsor()).param("pm", demo.id(p.pm()))
                    .param("search", (p.code() + " " + p.name() + " " + p.sponsor()).toLowerCase(java.util.Locale.ROOT))
                    .param("now", OffsetDateTime.now()).update(keys, "id");
            long id = keys.getKey().longValue();
            projectIds.put(p.code(), id);
            p.tags().forEach(tag -> jdbc.sql("INSERT INTO project_tag (project_id, tag) VALUES (:p, :t)")
                    .param("p", id).param("t", tag).update());
        }
        for (DemoAssignment a : ASSIGNMENTS) {
            LocalDate from = today.minusMonths(a.fromMonthsAgo());
            boolean continuesAsCoPm = a.role() == AssignmentRole.SHADOW && ASSIGNMENTS.stream().anyMatch(next ->
                    next.person().equals(a.person()) && next.project().equals(a.project()) && next.role() == AssignmentRole.CO_PM);
            LocalDate to = a.toMonthsAgo() == null ? null
                    : today.minusMonths(a.toMonthsAgo()).minusDays(continuesAsCoPm ? 1 : 0);
            jdbc.sql("""
                    INSERT INTO project_assignment (project_id, person_id, assignment_role, allocation, starts_on, ends_on,
                           source, created_at, version)
                    VALUES (:project, :person, :role, :allocation, :from, :to, 'MANUAL', :now, 0)""")
                    .param("project", projectIds.get(a.project())).param("person", demo.id(a.person()))
                    .param("role", a.role().name()).param("allocation", a.allocation()).param("from", from).param("to", to)
                    .param("now", OffsetDateTime.now()).update();
        }
        logAYear(demo, "junior@pmo.example", "mentor@pmo.example", projectIds.get("INF-DC-25"), false);
        logAYear(demo, "junior8@pmo.example", "mentor3@pmo.example", projectIds.get("APP-PRT-3"), true);
        logAYear(demo, "junior3@pmo.example", "mentor@pmo.example", projectIds.get("CLD-AZ-26"), true);
    }

    /**
     * A weekly entry for a year on one project, through planning, executing and monitoring (never closing); on an
     * agile project every other week is a ceremony. The last four weeks wait for the mentor's confirmation.
     */
    private void logAYear(DemoPmoLoaded demo, String person, String mentor, long projectId, boolean agile) {
        LocalDate today = demo.today();
        for (int week = 1; week <= 50; week++) {
            LocalDate on = today.minusWeeks(week);
            boolean ceremony = agile && week % 2 == 0;
            ProcessGroup group = week > 46 ? ProcessGroup.INITIATING
                    : List.of(ProcessGroup.PLANNING, ProcessGroup.EXECUTING, ProcessGroup.MONITORING_CONTROLLING).get(week % 3);
            String activity = week > 46 ? "Drafted the project charter with the sponsor"
                    : ceremony ? CEREMONY_NOTES.get(week / 2 % 4)
                    : (group == ProcessGroup.PLANNING ? PLANNING : group == ProcessGroup.EXECUTING ? EXECUTING : MONITORING)
                            .get(week % 4);
            Ceremony which = ceremony ? List.of(Ceremony.SPRINT_PLANNING, Ceremony.BACKLOG_REFINEMENT, Ceremony.SPRINT_REVIEW,
                    Ceremony.RETROSPECTIVE).get(week / 2 % 4) : null;
            boolean waiting = week <= 4;
            jdbc.sql("""
                    INSERT INTO experience_entry (person_id, project_id, occurred_on, hours, process_group, activity, ceremony,
                           ceremony_role, status, confirmed_by, confirmed_at, source, created_at, version)
                    VALUES (:person, :project, :on, :hours, :group, :activity, :ceremony, :role, :status, :by, :at, 'MANUAL',
                            :at, 0)""")
                    .param("person", demo.id(person)).param("project", projectId).param("on", on)
                    .param("hours", BigDecimal.valueOf(ceremony ? 2 : 3 + week % 4))
                    .param("group", (ceremony ? ProcessGroup.EXECUTING : group).name()).param("activity", activity)
                    .param("ceremony", which == null ? null : which.name())
                    .param("role", which == null ? null : (week % 4 == 0 ? CeremonyRole.FACILITATED : CeremonyRole.ATTENDED).name())
                    .param("status", waiting ? EntryStatus.LOGGED.name() : EntryStatus.CONFIRMED.name())
                    .param("by", waiting ? null : demo.id(mentor))
                    .param("at", on.atTime(17, 0).atOffset(java.time.ZoneOffset.UTC)).update();
        }
    }
}
