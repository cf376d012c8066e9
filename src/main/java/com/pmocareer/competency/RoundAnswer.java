package com.pmocareer.competency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rater's answer for one competency of a round; no level means "cannot judge". */
public record RoundAnswer(@NotBlank String competencyCode, @Min(1) @Max(5) Integer level,
        @Size(max = 2000) String comment) {
}
