package com.pmocareer.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What may be set on a person; {@code version} is required when editing so that stale edits are refused. */
public record PersonCommand(
        @NotBlank(message = "is required") @Email(message = "is not a valid e-mail address") @Size(max = 320) String email,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String fullName,
        @Size(max = 200, message = "must be at most 200 characters") String jobTitle,
        @NotNull(message = "is required") Long orgUnitId,
        @NotBlank(message = "is required") String careerLevel,
        @NotNull(message = "is required") @PastOrPresent(message = "cannot be in the future") LocalDate startDate,
        EducationLevel educationLevel,
        Long lineManagerId,
        Long version) {
}
