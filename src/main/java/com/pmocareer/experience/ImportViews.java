package com.pmocareer.experience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the MS Project and Jira imports show and take. */
public final class ImportViews {

    private ImportViews() {
    }

    public record Phase(String name, LocalDate start, LocalDate finish) {
    }

    /** A resource of the plan, the person it matches by e-mail (if any), and its assigned work. */
    public record PlanResource(int resourceId, String name, String email, Long matchedPersonId, String matchedPersonName,
            BigDecimal workHours, Integer maxUnits, LocalDate firstStart, LocalDate lastFinish) {
    }

    /** What a plan holds; {@code token} confirms it. Nothing is written before confirmation. */
    public record PlanPreview(String token, String fileName, String projectTitle, LocalDate start, LocalDate finish,
            List<Phase> phases, List<PlanResource> resources, Long existingProjectId, String suggestedCode) {
    }

    public record ResourceMapping(int resourceId, Long personId, AssignmentRole role) {
    }

    /** The project to create or update (by code) and who each resource is. */
    public record PlanConfirmation(String code, String name, ProjectType type, Methodology methodology,
            BudgetBand budgetBand, List<ResourceMapping> mappings) {
    }

    public record PlanImportResult(long projectId, String projectCode, boolean projectCreated, int assignmentsCreated,
            int assignmentsUpdated) {
    }

    public record ConnectionCommand(String name, String baseUrl, String accountEmail, String apiToken) {
    }

    /** A Jira connection; the token is never shown again. */
    public record ConnectionView(long id, String name, String baseUrl, String accountEmail, java.time.Instant createdAt,
            java.time.Instant lastUsedAt) {
    }

    public record JiraImportCommand(Long connectionId, Long boardId, Long personId, Long projectId) {
    }

    public record Sprint(long id, String name, String state, LocalDate start, LocalDate end, LocalDate completed) {
    }

    public record JiraImportResult(int sprints, int entriesAdded, int entriesAlreadyThere) {
    }
}
