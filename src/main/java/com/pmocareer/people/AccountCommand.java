package com.pmocareer.people;

import com.pmocareer.shared.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** An admin's change to an account: roles, enabled, and optionally a new password; {@code version} guards the edit. */
public record AccountCommand(@NotNull(message = "is required") Set<Role> roles, boolean enabled,
        @Size(min = 10, max = 128, message = "must be 10 to 128 characters") String newPassword, Long version) {
}
