package com.pmocareer.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of plans and their tasks. A plan keeps its closed-task count, so that overviews need not count tasks. */
@Repository
class OnboardingPlanStore {

    record PlanRow(long id, long personId, long templateVersionId, String templateName, int templateVersion,
            LocalDate startDate, PlanStatus status, int tasksTotal, int tasksClosed, long version) {
    }

    record TaskRow(long id, long planId, String key, String title, String description, TaskCategory category,
            TaskOwner owner, LocalDate dueOn, ReviewKind reviewKind, Long documentId, String courseRef,
            List<String> dependsOn, TaskStatus status, OffsetDateTime closedAt, Long closedBy, String note, long version) {
    }

    private static final String PLAN = """
            SELECT p.*, t.name AS template_name, v.number AS template_number
              FROM onboarding_plan p
              JOIN onboarding_template_version v ON v.id = p.template_version_id
              JOIN onboarding_template t ON t.id = v.template_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final RunningPlans running;

    OnboardingPlanStore(JdbcClient jdbc, JdbcTemplate batch, RunningPlans running) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.running = running;
    }

    long insertPlan(long personId, long templateVersionId, LocalDate start, Long startedBy, OffsetDateTime now, int tasks) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO onboarding_plan (person_id, template_version_id, start_date, status, active_person_id,
                       started_at, started_by, tasks_total)
                VALUES (:person, :version, :start, 'ACTIVE', :person, :now, :by, :tasks)""")
                .param("person", personId).param("version", templateVersionId).param("start", start)
                .param("now", now).param("by", startedBy).param("tasks", tasks).update(keys, "id");
        running.changed();
        return keys.getKey().longValue();
    }

    void insertTasks(long planId, LocalDate start, List<TemplateTask> tasks) {
        batch.batchUpdate("""
                INSERT INTO onboarding_task (plan_id, position, task_key, title, description, category, owner_role, due_on,
                       review_kind, document_id, course_ref, depends_on, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""", positions(tasks.size()), 100, (statement, position) -> {
            TemplateTask task = tasks.get(position);
            statement.setLong(1, planId);
            statement.setInt(2, position);
            statement.setString(3, task.key());
            statement.setString(4, task.title());
            statement.setString(5, task.description());
            statement.setString(6, task.category().name());
            statement.setString(7, task.owner().name());
            statement.setObject(8, DueDates.due(start, task.dueOffsetDays(), task.skipWeekends()));
            statement.setString(9, task.reviewKind() == null ? null : task.reviewKind().name());
            statement.setObject(10, task.documentId(), java.sql.Types.BIGINT);
            statement.setString(11, task.courseRef());
            statement.setString(12, task.dependsOn().isEmpty() ? null : String.join(",", task.dependsOn()));
        });
    }

    private static List<Integer> positions(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    Optional<PlanRow> plan(long id) {
        return jdbc.sql(PLAN + " WHERE p.id = :id").param("id", id).query(OnboardingPlanStore::planRow).optional();
    }

    /** The person's active plan, else their latest one. */
    Optional<PlanRow> currentPlanOf(long personId) {
        return jdbc.sql(PLAN + " WHERE p.person_id = :person ORDER BY CASE WHEN p.status = 'ACTIVE' THEN 0 ELSE 1 END,"
                        + " p.started_at DESC LIMIT 1").param("person", personId).query(OnboardingPlanStore::planRow).optional();
    }

    boolean hasActivePlan(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM onboarding_plan WHERE active_person_id = :person").param("person", personId)
                .query(Long.class).single() > 0;
    }

    List<TaskRow> tasks(long planId) {
        return jdbc.sql("SELECT * FROM onboarding_task WHERE plan_id = :plan ORDER BY due_on, position")
                .param("plan", planId).query(OnboardingPlanStore::taskRow).list();
    }

    Optional<TaskRow> task(long taskId) {
        return jdbc.sql("SELECT * FROM onboarding_task WHERE id = :id").param("id", taskId).query(OnboardingPlanStore::taskRow).optional();
    }

    /** Closes an open task; answers false when it was not open any more (someone else was faster). */
    boolean close(long taskId, TaskStatus status, long by, String note, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE onboarding_task SET status = :status, closed_at = :now, closed_by = :by, note = :note,
                       version = version + 1
                 WHERE id = :id AND status = 'OPEN'""")
                .param("status", status.name()).param("now", now).param("by", by).param("note", note).param("id", taskId)
                .update() == 1;
    }

    /** Re-counts the plan's closed tasks and completes it once none is open. */
    void refreshProgress(long planId, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE onboarding_plan SET tasks_closed = (SELECT COUNT(*) FROM onboarding_task
                        WHERE plan_id = :plan AND status <> 'OPEN'), version = version + 1 WHERE id = :plan""")
                .param("plan", planId).update();
        jdbc.sql("""
                UPDATE onboarding_plan SET status = 'COMPLETED', active_person_id = NULL, finished_at = :now
                 WHERE id = :plan AND status = 'ACTIVE' AND tasks_closed >= tasks_total""")
                .param("plan", planId).param("now", now).update();
        running.changed();
    }

    void insertReview(long taskId, PlanViews.ReviewCommand review, long by, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO onboarding_review (task_id, went_well, hard, support_needed, completed_by, completed_at)
                VALUES (:task, :well, :hard, :support, :by, :now)""")
                .param("task", taskId).param("well", review.wentWell().trim()).param("hard", review.hard().trim())
                .param("support", review.supportNeeded().trim()).param("by", by).param("now", now).update();
    }

    Optional<PlanViews.ReviewView> review(long taskId) {
        return jdbc.sql("""
                SELECT r.*, p.full_name FROM onboarding_review r LEFT JOIN person p ON p.id = r.completed_by
                 WHERE r.task_id = :task""").param("task", taskId)
                .query((rs, n) -> new PlanViews.ReviewView(rs.getString("went_well"), rs.getString("hard"),
                        rs.getString("support_needed"), rs.getString("full_name"),
                        rs.getObject("completed_at", OffsetDateTime.class))).optional();
    }

    private static PlanRow planRow(ResultSet rs, int rowNum) throws SQLException {
        return new PlanRow(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("template_version_id"),
                rs.getString("template_name"), rs.getInt("template_number"), rs.getObject("start_date", LocalDate.class),
                PlanStatus.valueOf(rs.getString("status")), rs.getInt("tasks_total"), rs.getInt("tasks_closed"),
                rs.getLong("version"));
    }

    static TaskRow taskRow(ResultSet rs, int rowNum) throws SQLException {
        String depends = rs.getString("depends_on");
        String review = rs.getString("review_kind");
        return new TaskRow(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("task_key"), rs.getString("title"),
                rs.getString("description"), TaskCategory.valueOf(rs.getString("category")),
                TaskOwner.valueOf(rs.getString("owner_role")), rs.getObject("due_on", LocalDate.class),
                review == null ? null : ReviewKind.valueOf(review), rs.getObject("document_id", Long.class),
                rs.getString("course_ref"), depends == null ? List.of() : Arrays.asList(depends.split(",")),
                TaskStatus.valueOf(rs.getString("status")), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getObject("closed_by", Long.class), rs.getString("note"), rs.getLong("version"));
    }
}
