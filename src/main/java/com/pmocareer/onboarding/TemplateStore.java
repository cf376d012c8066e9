package com.pmocareer.onboarding;

import com.pmocareer.onboarding.TemplateViews.TemplateCommand;
import com.pmocareer.onboarding.TemplateViews.TemplateView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL of templates, their versions (one DRAFT at most, PUBLISHED ones never change) and their tasks. */
@Repository
class TemplateStore {

    static final String DRAFT = "DRAFT";
    static final String PUBLISHED = "PUBLISHED";

    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> ids() {
        return jdbc.sql("SELECT id FROM onboarding_template ORDER BY name").query(Long.class).list();
    }

    Optional<TemplateView> find(long id) {
        return jdbc.sql("""
                SELECT t.*, v.id AS version_id, v.number AS version_number, v.published_at, v.note,
                       (SELECT d.id FROM onboarding_template_version d WHERE d.template_id = t.id AND d.status = 'DRAFT') AS draft_id
                  FROM onboarding_template t
                  LEFT JOIN onboarding_template_version v ON v.template_id = t.id AND v.status = 'PUBLISHED'
                       AND v.number = (SELECT MAX(number) FROM onboarding_template_version WHERE template_id = t.id AND status = 'PUBLISHED')
                 WHERE t.id = :id""").param("id", id).query(this::template).optional();
    }

    Optional<Long> idByName(String name) {
        return jdbc.sql("SELECT id FROM onboarding_template WHERE LOWER(name) = LOWER(:name)").param("name", name.trim())
                .query(Long.class).optional();
    }

    long insertTemplate(TemplateCommand command, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO onboarding_template (name, description, org_unit_id, career_level, active, created_at)
                VALUES (:name, :description, :unit, :level, :active, :now)""")
                .param("name", command.name().trim()).param("description", command.description())
                .param("unit", command.orgUnitId()).param("level", command.careerLevel())
                .param("active", command.active() == null || command.active()).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateTemplate(long id, TemplateCommand command, long version) {
        int updated = jdbc.sql("""
                UPDATE onboarding_template SET name = :name, description = :description, org_unit_id = :unit,
                       career_level = :level, active = :active, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("name", command.name().trim()).param("description", command.description())
                .param("unit", command.orgUnitId()).param("level", command.careerLevel())
                .param("active", command.active() == null || command.active()).param("id", id).param("version", version)
                .update();
        if (updated == 0) {
            throw com.pmocareer.shared.ConflictException.staleVersion("Onboarding template", id);
        }
    }

    /** Bumps the template's version, so that two admins publishing at once cannot both win. */
    void touch(long id, long version) {
        int updated = jdbc.sql("UPDATE onboarding_template SET version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).update();
        if (updated == 0) {
            throw com.pmocareer.shared.ConflictException.staleVersion("Onboarding template", id);
        }
    }

    long insertVersion(long templateId, String status) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO onboarding_template_version (template_id, status) VALUES (:template, :status)")
                .param("template", templateId).param("status", status).update(keys, "id");
        return keys.getKey().longValue();
    }

    int publish(long versionId, long templateId, String note, Long by, OffsetDateTime now) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM onboarding_template_version WHERE template_id = :t")
                .param("t", templateId).query(Integer.class).single();
        jdbc.sql("""
                UPDATE onboarding_template_version SET status = 'PUBLISHED', number = :number, note = :note,
                       published_at = :now, published_by = :by WHERE id = :id""")
                .param("number", number).param("note", note).param("now", now).param("by", by).param("id", versionId)
                .update();
        return number;
    }

    void deleteVersion(long versionId) {
        jdbc.sql("DELETE FROM onboarding_template_task WHERE template_version_id = :v").param("v", versionId).update();
        jdbc.sql("DELETE FROM onboarding_template_version WHERE id = :v").param("v", versionId).update();
    }

    List<TemplateTask> tasks(long versionId) {
        return jdbc.sql("SELECT * FROM onboarding_template_task WHERE template_version_id = :v ORDER BY position")
                .param("v", versionId).query(TemplateStore::task).list();
    }

    void replaceTasks(long versionId, List<TemplateTask> tasks) {
        jdbc.sql("DELETE FROM onboarding_template_task WHERE template_version_id = :v").param("v", versionId).update();
        for (int i = 0; i < tasks.size(); i++) {
            TemplateTask task = tasks.get(i);
            jdbc.sql("""
                    INSERT INTO onboarding_template_task (template_version_id, position, task_key, title, description,
                           category, owner_role, due_offset_days, skip_weekends, review_kind, document_id, course_ref, depends_on)
                    VALUES (:v, :position, :key, :title, :description, :category, :owner, :offset, :skip, :review,
                           :document, :course, :depends)""")
                    .param("v", versionId).param("position", i).param("key", task.key()).param("title", task.title().trim())
                    .param("description", task.description()).param("category", task.category().name())
                    .param("owner", task.owner().name()).param("offset", task.dueOffsetDays())
                    .param("skip", task.skipWeekends())
                    .param("review", task.reviewKind() == null ? null : task.reviewKind().name())
                    .param("document", task.documentId()).param("course", task.courseRef())
                    .param("depends", task.dependsOn().isEmpty() ? null : String.join(",", task.dependsOn())).update();
        }
    }

    /** Active templates with a published version, as (id, org unit, career level) for choosing one for a new hire. */
    List<Candidate> candidates() {
        return jdbc.sql("""
                SELECT t.id, t.org_unit_id, t.career_level, t.created_at FROM onboarding_template t
                 WHERE t.active = TRUE AND EXISTS (SELECT 1 FROM onboarding_template_version v
                                                    WHERE v.template_id = t.id AND v.status = 'PUBLISHED')
                 ORDER BY t.created_at DESC, t.id DESC""")
                .query((rs, n) -> new Candidate(rs.getLong("id"), (Long) rs.getObject("org_unit_id", Long.class),
                        rs.getString("career_level"))).list();
    }

    record Candidate(long id, Long orgUnitId, String careerLevel) {
    }

    private TemplateView template(ResultSet rs, int rowNum) throws SQLException {
        Long versionId = rs.getObject("version_id", Long.class);
        return new TemplateView(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getObject("org_unit_id", Long.class), rs.getString("career_level"), rs.getBoolean("active"),
                rs.getObject("version_number", Integer.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("note"), versionId, versionId == null ? List.of() : tasks(versionId),
                rs.getObject("draft_id", Long.class), rs.getLong("version"));
    }

    static TemplateTask task(ResultSet rs, int rowNum) throws SQLException {
        String depends = rs.getString("depends_on");
        String review = rs.getString("review_kind");
        return new TemplateTask(rs.getString("task_key"), rs.getString("title"), rs.getString("description"),
                TaskCategory.valueOf(rs.getString("category")), TaskOwner.valueOf(rs.getString("owner_role")),
                rs.getInt("due_offset_days"), rs.getBoolean("skip_weekends"),
                review == null ? null : ReviewKind.valueOf(review), rs.getObject("document_id", Long.class),
                rs.getString("course_ref"), depends == null ? List.of() : Arrays.asList(depends.split(",")));
    }
}
