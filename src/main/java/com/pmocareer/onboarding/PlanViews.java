package com.pmocareer.onboarding;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What pages and the API show of onboarding plans. */
public final class PlanViews {

    private PlanViews() {
    }

    public record ReviewView(String wentWell, String hard, String supportNeeded, String completedBy,
            OffsetDateTime completedAt) {
    }

    /**
     * A task of a plan as the viewer sees it: {@code waitingFor} names open tasks it depends on; {@code week} is the week
     * of the programme it falls in (1 = the first seven days); the {@code may…} flags say what the viewer may do.
     */
    public record TaskView(long id, String key, String title, String description, TaskCategory category, TaskOwner owner,
            LocalDate dueOn, int week, TaskStatus status, boolean overdue, ReviewKind reviewKind, Long documentId,
            String documentTitle, String courseRef, List<String> waitingFor, OffsetDateTime closedAt, String closedBy,
            String note, ReviewView review, boolean mayComplete, boolean mayMarkNotApplicable, long version) {
    }

    public record WeekView(int week, LocalDate from, LocalDate to, List<TaskView> tasks, int closed) {
    }

    public record PlanView(long id, long personId, String personName, String templateName, int templateVersion,
            LocalDate startDate, PlanStatus status, int day, int progressPercent, int tasksTotal, int tasksClosed,
            int overdue, List<WeekView> weeks, long version) {

        public List<TaskView> tasks() {
            return weeks.stream().flatMap(w -> w.tasks().stream()).toList();
        }
    }

    /** One row of the lead's overview. */
    public record PlanSummary(long planId, long personId, String personName, long orgUnitId, String orgUnitName,
            String templateName, LocalDate startDate, int day, PlanStatus status, int tasksTotal, int tasksClosed,
            int overdue, int progressPercent) {
    }

    public record StartCommand(Long templateId, LocalDate startDate) {
    }

    public record ReviewCommand(String wentWell, String hard, String supportNeeded) {
    }
}
