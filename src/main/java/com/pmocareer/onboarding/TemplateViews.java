package com.pmocareer.onboarding;

import java.time.OffsetDateTime;
import java.util.List;

/** What pages and the API show of onboarding templates. */
public final class TemplateViews {

    private TemplateViews() {
    }

    /**
     * A template with its newest published version's tasks. {@code orgUnitId}/{@code careerLevel} say for whom it is
     * chosen (null matches anyone); {@code draftVersionId} is set while an admin edits a draft.
     */
    public record TemplateView(long id, String name, String description, Long orgUnitId, String careerLevel,
            boolean active, Integer versionNumber, OffsetDateTime publishedAt, String versionNote, Long versionId,
            List<TemplateTask> tasks, Long draftVersionId, long version) {
    }

    public record DraftView(long templateId, String templateName, long draftVersionId, Integer basedOnNumber,
            List<TemplateTask> tasks) {
    }

    /** Creating or replacing a template as a whole (the API); {@code version} is required when replacing. */
    public record TemplateCommand(String name, String description, Long orgUnitId, String careerLevel, Boolean active,
            List<TemplateTask> tasks, String note, Long version) {
    }
}
