package com.pmocareer.onboarding;

import java.util.List;

/**
 * One task of a template. {@code key} identifies it inside the template (dependencies name keys); the due date is
 * {@code dueOffsetDays} calendar days after the start date (0 = the first day), moved to the Monday when it would
 * fall on a weekend and {@code skipWeekends} is set.
 */
public record TemplateTask(String key, String title, String description, TaskCategory category, TaskOwner owner,
        Integer dueOffsetDays, boolean skipWeekends, ReviewKind reviewKind, Long documentId, String courseRef,
        List<String> dependsOn) {

    public TemplateTask {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
