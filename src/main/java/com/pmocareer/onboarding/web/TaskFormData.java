package com.pmocareer.onboarding.web;

import com.pmocareer.onboarding.ReviewKind;
import com.pmocareer.onboarding.TaskCategory;
import com.pmocareer.onboarding.TaskOwner;
import com.pmocareer.onboarding.TemplateTask;
import java.util.Arrays;
import java.util.List;

/** The template editor's task form; dependencies are typed as comma-separated keys. */
public class TaskFormData {

    private String originalKey;
    private String key;
    private String title;
    private String description;
    private TaskCategory category = TaskCategory.PMO_ROLE_AND_PROCESS;
    private TaskOwner owner = TaskOwner.NEW_HIRE;
    private Integer dueOffsetDays;
    private boolean skipWeekends;
    private ReviewKind reviewKind;
    private Long documentId;
    private String courseRef;
    private String dependsOn;

    static TaskFormData of(TemplateTask task) {
        var form = new TaskFormData();
        form.originalKey = task.key();
        form.key = task.key();
        form.title = task.title();
        form.description = task.description();
        form.category = task.category();
        form.owner = task.owner();
        form.dueOffsetDays = task.dueOffsetDays();
        form.skipWeekends = task.skipWeekends();
        form.reviewKind = task.reviewKind();
        form.documentId = task.documentId();
        form.courseRef = task.courseRef();
        form.dependsOn = String.join(", ", task.dependsOn());
        return form;
    }

    TemplateTask toTask() {
        List<String> dependencies = dependsOn == null || dependsOn.isBlank() ? List.of()
                : Arrays.stream(dependsOn.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new TemplateTask(key == null ? null : key.trim(), title, description == null || description.isBlank() ? null : description,
                category, owner, dueOffsetDays, skipWeekends, reviewKind, documentId,
                courseRef == null || courseRef.isBlank() ? null : courseRef.trim(), dependencies);
    }

    public String getOriginalKey() { return originalKey; }
    public void setOriginalKey(String originalKey) { this.originalKey = originalKey == null || originalKey.isBlank() ? null : originalKey; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public TaskCategory getCategory() { return category; }
    public void setCategory(TaskCategory category) { this.category = category; }
    public TaskOwner getOwner() { return owner; }
    public void setOwner(TaskOwner owner) { this.owner = owner; }
    public Integer getDueOffsetDays() { return dueOffsetDays; }
    public void setDueOffsetDays(Integer dueOffsetDays) { this.dueOffsetDays = dueOffsetDays; }
    public boolean isSkipWeekends() { return skipWeekends; }
    public void setSkipWeekends(boolean skipWeekends) { this.skipWeekends = skipWeekends; }
    public ReviewKind getReviewKind() { return reviewKind; }
    public void setReviewKind(ReviewKind reviewKind) { this.reviewKind = reviewKind; }
    public Long getDocumentId() { return documentId; }
    public void setDocumentId(Long documentId) { this.documentId = documentId; }
    public String getCourseRef() { return courseRef; }
    public void setCourseRef(String courseRef) { this.courseRef = courseRef; }
    public String getDependsOn() { return dependsOn; }
    public void setDependsOn(String dependsOn) { this.dependsOn = dependsOn; }
}
