package com.pmocareer.platform;

import com.pmocareer.shared.Role;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person. Kept in the shared HTTP session, hence serializable and small. */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String email;
    private final String displayName;
    private final EnumSet<Role> roles;
    private final boolean enabled;
    private String passwordHash;

    public CurrentUser(long personId, String email, String displayName, Set<Role> roles, boolean enabled,
            String passwordHash) {
        this.personId = personId;
        this.email = email;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    /** The user of the current request, or "system" work (scheduled jobs, demo data) when there is none. */
    public static java.util.Optional<CurrentUser> ofCurrentRequest() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return java.util.Optional.of(user);
        }
        return java.util.Optional.empty();
    }

    public long personId() {
        return personId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    /** The first letters of the first and last names, for the user menu's avatar. */
    public String initials() {
        String[] words = displayName == null ? new String[0] : displayName.trim().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "?";
        }
        String first = words[0].substring(0, 1);
        return (words.length == 1 ? first : first + words[words.length - 1].charAt(0)).toUpperCase(java.util.Locale.ROOT);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Refuses with the given reason unless the user is an admin. */
    public void requireAdmin(String refusal) {
        if (!isAdmin()) {
            throw new com.pmocareer.shared.ForbiddenException(refusal);
        }
    }

    public boolean isLead() {
        return has(Role.PMO_LEAD);
    }

    public boolean isMentor() {
        return has(Role.MENTOR);
    }

    public boolean isJunior() {
        return has(Role.JUNIOR_PM);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.personId == personId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(personId);
    }

    @Override
    public String toString() {
        return "CurrentUser[" + personId + ", " + roles + "]";
    }
}
