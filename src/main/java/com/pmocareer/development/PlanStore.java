package com.pmocareer.development;

import com.pmocareer.shared.ConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plans, goals, actions and check-ins in the database. */
@Repository
class PlanStore {

    record PlanRow(long id, long personId, String cycle, PlanStatus status, String approvedBy, Instant approvedAt,
            long version) {
    }

    record GoalRow(long id, long planId, long personId, String title, String measure, String competencyCode,
            int targetLevel, LocalDate dueOn, GoalStatus status, Instant completedAt, long version) {
    }

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PlanRow> plan(long personId, String cycle) {
        return jdbc.sql("""
                SELECT d.*, p.full_name AS approver FROM development_plan d LEFT JOIN person p ON p.id = d.approved_by
                 WHERE d.person_id = :person AND d.cycle = :cycle""")
                .param("person", personId).param("cycle", cycle).query((rs, n) -> planRow(rs)).optional();
    }

    Optional<PlanRow> plan(long planId) {
        return jdbc.sql("""
                SELECT d.*, p.full_name AS approver FROM development_plan d LEFT JOIN person p ON p.id = d.approved_by
                 WHERE d.id = :id""").param("id", planId).query((rs, n) -> planRow(rs)).optional();
    }

    long createPlan(long personId, String cycle) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO development_plan (person_id, cycle, status, version) VALUES (:person, :cycle, 'DRAFT', 0)")
                .param("person", personId).param("cycle", cycle).update(keys, "id");
        return keys.getKey().longValue();
    }

    void setStatus(long planId, PlanStatus status, Long approvedBy, OffsetDateTime at, long version) {
        int updated = jdbc.sql("""
                UPDATE development_plan SET status = :status, approved_by = :by,
                       approved_at = CASE WHEN :status = 'APPROVED' THEN :at ELSE NULL END,
                       submitted_at = CASE WHEN :status = 'SUBMITTED' THEN :at ELSE submitted_at END, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("by", approvedBy).param("at", at).param("id", planId)
                .param("version", version).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("Development plan", planId);
        }
    }

    /** Any change to goals after approval sends the plan back to draft, to be agreed again. */
    void reopenIfApproved(long planId) {
        jdbc.sql("""
                UPDATE development_plan SET status = 'DRAFT', approved_by = NULL, approved_at = NULL, version = version + 1
                 WHERE id = :id AND status <> 'DRAFT'""").param("id", planId).update();
    }

    List<GoalRow> goals(long planId) {
        return jdbc.sql(GOALS + " WHERE g.plan_id = :plan ORDER BY g.due_on, g.id").param("plan", planId)
                .query((rs, n) -> goalRow(rs)).list();
    }

    Optional<GoalRow> goal(long goalId) {
        return jdbc.sql(GOALS + " WHERE g.id = :id").param("id", goalId).query((rs, n) -> goalRow(rs)).optional();
    }

    List<GoalRow> openGoals(long personId, String competencyCode) {
        return jdbc.sql(GOALS + """
                 WHERE d.person_id = :person AND g.competency_code = :code AND g.status IN ('NOT_STARTED', 'IN_PROGRESS')""")
                .param("person", personId).param("code", competencyCode).query((rs, n) -> goalRow(rs)).list();
    }

    private static final String GOALS = """
            SELECT g.*, d.person_id FROM development_goal g JOIN development_plan d ON d.id = g.plan_id
            """;

    long insertGoal(long planId, GoalCommand command) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO development_goal (plan_id, title, measure, competency_code, target_level, due_on, status, version)
                VALUES (:plan, :title, :measure, :code, :target, :due, 'NOT_STARTED', 0)""")
                .param("plan", planId).param("title", command.title().trim()).param("measure", command.measure().trim())
                .param("code", command.competencyCode()).param("target", command.targetLevel())
                .param("due", command.dueOn()).update(keys, "id");
        long id = keys.getKey().longValue();
        insertActions(id, command.actionList());
        return id;
    }

    void updateGoal(long goalId, GoalCommand command, long version) {
        int updated = jdbc.sql("""
                UPDATE development_goal SET title = :title, measure = :measure, competency_code = :code,
                       target_level = :target, due_on = :due, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("title", command.title().trim()).param("measure", command.measure().trim())
                .param("code", command.competencyCode()).param("target", command.targetLevel())
                .param("due", command.dueOn()).param("id", goalId).param("version", version).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("Development goal", goalId);
        }
        jdbc.sql("DELETE FROM development_action WHERE goal_id = :id").param("id", goalId).update();
        insertActions(goalId, command.actionList());
    }

    void setGoalStatus(long goalId, GoalStatus status, OffsetDateTime completedAt, long version) {
        int updated = jdbc.sql("""
                UPDATE development_goal SET status = :status, completed_at = :at, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("status", status.name()).param("at", completedAt).param("id", goalId).param("version", version)
                .update();
        if (updated == 0) {
            throw ConflictException.staleVersion("Development goal", goalId);
        }
    }

    private void insertActions(long goalId, List<GoalCommand.Action> actions) {
        actions.forEach(action -> jdbc.sql("""
                INSERT INTO development_action (goal_id, kind, reference_id, description, done)
                VALUES (:goal, :kind, :ref, :description, FALSE)""")
                .param("goal", goalId).param("kind", action.kind().name())
                .param("ref", action.referenceId() == null || action.referenceId().isBlank() ? null : action.referenceId().trim())
                .param("description", action.description().trim()).update());
    }

    Map<Long, List<PlanView.ActionView>> actions(long planId) {
        var byGoal = new HashMap<Long, List<PlanView.ActionView>>();
        jdbc.sql("""
                SELECT a.* FROM development_action a JOIN development_goal g ON g.id = a.goal_id
                 WHERE g.plan_id = :plan ORDER BY a.id""").param("plan", planId)
                .query(rs -> {
                    byGoal.computeIfAbsent(rs.getLong("goal_id"), key -> new ArrayList<>()).add(new PlanView.ActionView(
                            rs.getLong("id"), ActionKind.valueOf(rs.getString("kind")), rs.getString("reference_id"),
                            rs.getString("description"), rs.getBoolean("done")));
                });
        return byGoal;
    }

    Optional<Long> goalOfAction(long actionId) {
        return jdbc.sql("SELECT goal_id FROM development_action WHERE id = :id").param("id", actionId).query(Long.class)
                .optional();
    }

    void setActionDone(long actionId, boolean done) {
        jdbc.sql("UPDATE development_action SET done = :done WHERE id = :id").param("done", done).param("id", actionId)
                .update();
    }

    void addCheckIn(long planId, Long goalId, long authorId, String note, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO development_checkin (plan_id, goal_id, author_id, note, created_at)
                VALUES (:plan, :goal, :author, :note, :at)""")
                .param("plan", planId).param("goal", goalId).param("author", authorId).param("note", note.trim())
                .param("at", at).update();
    }

    List<PlanView.CheckIn> checkIns(long planId) {
        return jdbc.sql("""
                SELECT c.id, c.goal_id, p.full_name, c.note, c.created_at FROM development_checkin c
                  JOIN person p ON p.id = c.author_id WHERE c.plan_id = :plan ORDER BY c.created_at DESC, c.id DESC""")
                .param("plan", planId)
                .query((rs, n) -> new PlanView.CheckIn(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    private static PlanRow planRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        var approvedAt = rs.getObject("approved_at", OffsetDateTime.class);
        return new PlanRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("cycle"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("approver"),
                approvedAt == null ? null : approvedAt.toInstant(), rs.getLong("version"));
    }

    private static GoalRow goalRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        var completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new GoalRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("person_id"), rs.getString("title"),
                rs.getString("measure"), rs.getString("competency_code"), rs.getInt("target_level"),
                rs.getObject("due_on", LocalDate.class), GoalStatus.valueOf(rs.getString("status")),
                completed == null ? null : completed.toInstant(), rs.getLong("version"));
    }

    java.util.Map<Long, String> goalTitles(java.util.Collection<Long> goalIds) {
        var titles = new java.util.LinkedHashMap<Long, String>();
        if (!goalIds.isEmpty()) {
            jdbc.sql("SELECT id, title FROM development_goal WHERE id IN (:ids) ORDER BY id").param("ids", goalIds)
                    .query(rs -> {
                        titles.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return titles;
    }
}
