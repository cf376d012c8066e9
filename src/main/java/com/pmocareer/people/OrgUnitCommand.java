package com.pmocareer.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Create, rename or move an org unit; {@code version} is required when changing one. */
public record OrgUnitCommand(
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String name,
        Long parentId, Long version) {
}
