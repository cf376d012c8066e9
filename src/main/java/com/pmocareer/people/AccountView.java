package com.pmocareer.people;

import com.pmocareer.shared.Role;
import java.util.Set;

/** A person's sign-in account as an admin manages it. */
public record AccountView(long personId, String email, String fullName, boolean exists, boolean enabled,
        boolean hasPassword, boolean locked, Set<Role> roles, long version) {
}
