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
 * nine months over two overlapping co-PM assignments and never closed a project; Ravi facilitates Scrum ceremonies and
 * has co-led projects for 35 months without a break (the CRM consolidation, then the portal), so PMP is a month away;
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
                    List.of("GDPR", "HIPAA")),
            new DemoProject("ERP-CRM-23", "CRM consolidation", ProjectType.ERP, Methodology.HYBRID,
                    BudgetBand.FROM_500K_TO_2M, 38, 12, "mentor3@pmo.example", "Chief Commercial Officer", List.of("GDPR")));

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
            new DemoAssignment("junior8@pmo.example", "ERP-CRM-23", AssignmentRole.CO_PM, 60, 35, 12),
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
    private final ProjectExperience experience;

    DemoExperience(JdbcClient jdbc, ProjectExperience experience) {
        this.jdbc = jdbc;
        this.experience = experience;
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
        workProductsOfLiam(demo, projectIds.get("INF-DC-25"));
        logAYear(demo, "junior8@pmo.example", "mentor3@pmo.example", projectIds.get("APP-PRT-3"), true);
        logAYear(demo, "junior3@pmo.example", "mentor@pmo.example", projectIds.get("CLD-AZ-26"), true);
        ExperienceTotals.rebuildAll(jdbc);
        experience.assignmentsChanged();
    }

    /**
     * Liam's status report went through a revision and was approved; his risk register waits for Sofia's review.
     */
    private void workProductsOfLiam(DemoPmoLoaded demo, long projectId) {
        long liam = demo.id("junior@pmo.example");
        long sofia = demo.id("mentor@pmo.example");
        OffsetDateTime weeksAgo3 = demo.today().minusWeeks(3).atTime(10, 0).atOffset(java.time.ZoneOffset.UTC);
        long report = artifact(liam, projectId, ArtifactType.STATUS_REPORT, "Steering committee status report",
                ArtifactStatus.APPROVED, 2, weeksAgo3);
        version(report, 1, "status-report-march.md", "# Status: amber\n\nMigration wave 2 slipped a week.\n", weeksAgo3);
        version(report, 2, "status-report-march-v2.md",
                "# Status: amber\n\nMigration wave 2 slipped a week.\n\n## Risks\n- Vendor capacity\n\n## Decisions needed\n- Approve overtime\n",
                weeksAgo3.plusDays(4));
        review(report, 1, sofia, ArtifactStatus.REVISION_REQUESTED, "Add the risks and the decisions you need from the committee.",
                new int[] {3, 2, 3, 3, 1}, weeksAgo3.plusDays(2));
        review(report, 2, sofia, ArtifactStatus.APPROVED, "Clear, and the committee can decide from it.",
                new int[] {4, 3, 4, 4, 3}, weeksAgo3.plusDays(6));
        OffsetDateTime daysAgo2 = demo.today().minusDays(2).atTime(9, 0).atOffset(java.time.ZoneOffset.UTC);
        long register = artifact(liam, projectId, ArtifactType.RISK_REGISTER, "Data centre consolidation risk register",
                ArtifactStatus.IN_REVIEW, 1, daysAgo2);
        version(register, 1, "risk-register.md",
                "| Risk | Likelihood | Impact | Owner |\n|---|---|---|---|\n| Vendor delay | High | Medium | Liam |\n", daysAgo2);
    }

    private long artifact(long person, long project, ArtifactType type, String title, ArtifactStatus status, int latest,
            OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO artifact (person_id, project_id, artifact_type, title, status, latest_version, created_at,
                       updated_at, version)
                VALUES (:person, :project, :type, :title, :status, :latest, :at, :at, 0)""")
                .param("person", person).param("project", project).param("type", type.name()).param("title", title)
                .param("status", status.name()).param("latest", latest).param("at", at).update(keys, "id");
        return keys.getKey().longValue();
    }

    private void version(long artifact, int number, String name, String markdown, OffsetDateTime at) {
        byte[] content = markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jdbc.sql("""
                INSERT INTO artifact_version (artifact_id, number, file_name, content_type, size_bytes, content, uploaded_at)
                VALUES (:a, :n, :name, 'text/markdown', :size, :content, :at)""")
                .param("a", artifact).param("n", number).param("name", name).param("size", content.length)
                .param("content", content).param("at", at).update();
    }

    private void review(long artifact, int version, long reviewer, ArtifactStatus decision, String summary, int[] scores,
            OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO artifact_review (artifact_id, version_number, reviewer_id, decision, summary, reviewed_at)
                VALUES (:a, :v, :r, :d, :s, :at)""")
                .param("a", artifact).param("v", version).param("r", reviewer).param("d", decision.name())
                .param("s", summary).param("at", at).update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < Rubrics.DEFAULT.size(); i++) {
            var criterion = Rubrics.DEFAULT.get(i);
            jdbc.sql("""
                    INSERT INTO artifact_review_score (review_id, criterion_code, criterion_name, score)
                    VALUES (:r, :code, :name, :score)""")
                    .param("r", id).param("code", criterion.code()).param("name", criterion.name()).param("score", scores[i])
                    .update();
        }
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
