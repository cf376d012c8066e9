package com.pmocareer.competency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A rating of one competency. {@code raterRole} may be left out: the server takes the caller's relation to the
 * person (themselves → SELF, their current mentor → MENTOR, their lead → LEAD).
 */
public record AssessmentCommand(@NotBlank String competencyCode, @NotNull @Min(1) @Max(5) Integer level,
        @Size(max = 2000) String comment, @Size(max = 10) List<@Size(max = 500) String> evidenceLinks,
        RaterRole raterRole) {

    public List<String> links() {
        return evidenceLinks == null ? List.of()
                : evidenceLinks.stream().filter(link -> link != null && !link.isBlank()).map(String::trim).toList();
    }
}
