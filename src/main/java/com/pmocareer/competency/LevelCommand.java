package com.pmocareer.competency;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * What a career level asks for, as an admin sets it: the level required per competency code (0 or absent: not
 * required) and the other criteria. Replaces what the level had.
 */
public record LevelCommand(@Size(max = 400) String summary, @NotNull Map<String, Integer> required,
        @NotNull @Size(max = 10) List<@Valid Criterion> criteria) {

    public record Criterion(@NotNull CriterionKind kind, Integer months, List<String> certificationCodes,
            @Size(max = 400) String description) {
    }
}
