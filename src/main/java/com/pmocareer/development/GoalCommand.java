package com.pmocareer.development;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A SMART goal: specific (title), measurable (how success is seen), achievable and relevant (a competency and a
 * target level above the current one), time-bound (due within the plan's cycle). {@code version} only on edits.
 */
public record GoalCommand(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 1000) String measure,
        @NotBlank String competencyCode, @NotNull @Min(1) @Max(5) Integer targetLevel, @NotNull LocalDate dueOn,
        @Size(max = 10) List<@Valid Action> actions, String cycle, Long version) {

    public record Action(@NotNull ActionKind kind, @Size(max = 60) String referenceId,
            @NotBlank @Size(max = 400) String description) {
    }

    public List<Action> actionList() {
        return actions == null ? List.of() : actions;
    }
}
