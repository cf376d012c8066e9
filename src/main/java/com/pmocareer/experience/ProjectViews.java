package com.pmocareer.experience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the project registry takes and shows. */
public final class ProjectViews {

    private ProjectViews() {
    }

    public record ProjectCommand(String code, String name, ProjectType type, Methodology methodology, BudgetBand budgetBand,
            LocalDate startsOn, LocalDate endsOn, ProjectStatus status, String sponsor, Long pmId, String description,
            Set<String> tags, Long version) {
    }

    public record ProjectView(long id, String code, String name, ProjectType type, Methodology methodology,
            BudgetBand budgetBand, LocalDate startsOn, LocalDate endsOn, ProjectStatus status, String sponsor, Long pmId,
            String pmName, String description, List<String> tags, long version) {
    }

    public record ProjectQuery(String text, ProjectType type, ProjectStatus status, String tag) {
    }

    /** {@code version}: the version an edit started from; not needed to create. */
    public record AssignmentCommand(Long personId, AssignmentRole role, Integer allocation, LocalDate startsOn,
            LocalDate endsOn, Long version) {
    }

    public record AssignmentView(long id, long projectId, String projectCode, String projectName, long personId,
            String personName, AssignmentRole role, int allocation, LocalDate startsOn, LocalDate endsOn,
            BigDecimal plannedHours, EntrySource source, boolean current, long version) {
    }

    /**
     * A project with the part of its team the viewer may see; {@code othersOnTeam} counts the rest, so a junior learns
     * the team's size without seeing other juniors.
     */
    public record ProjectPage(ProjectView project, List<AssignmentView> team, int othersOnTeam, boolean mayManage) {
    }
}
