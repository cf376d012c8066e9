package com.pmocareer.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person's plan for a cycle; {@code id} is null while nothing has been written for that cycle. */
public record PlanView(Long id, long personId, String personName, String cycle, PlanStatus status,
        String approvedBy, Instant approvedAt, List<GoalView> goals, List<CheckIn> checkIns, long version) {

    public record GoalView(long id, String title, String measure, String competencyCode, String competencyName,
            int targetLevel, Integer currentLevel, LocalDate dueOn, GoalStatus status, boolean overdue,
            Instant completedAt, List<ActionView> actions, long version) {
    }

    public record ActionView(long id, ActionKind kind, String referenceId, String description, boolean done) {
    }

    public record CheckIn(long id, Long goalId, String authorName, String note, Instant createdAt) {
    }

    /** Share of goals done, leaving dropped goals out. */
    public int progressPercent() {
        long counted = goals.stream().filter(g -> g.status() != GoalStatus.DROPPED).count();
        long done = goals.stream().filter(g -> g.status() == GoalStatus.DONE).count();
        return counted == 0 ? 0 : (int) (100 * done / counted);
    }

    public long doneCount() {
        return goals.stream().filter(g -> g.status() == GoalStatus.DONE).count();
    }

    public long overdueCount() {
        return goals.stream().filter(GoalView::overdue).count();
    }
}
