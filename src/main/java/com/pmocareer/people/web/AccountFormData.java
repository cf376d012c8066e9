package com.pmocareer.people.web;

import com.pmocareer.people.AccountCommand;
import com.pmocareer.people.AccountView;
import com.pmocareer.shared.Role;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The account form: role checkboxes, enabled, and an optional new password. */
public class AccountFormData {

    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    @Size(min = 10, max = 128, message = "Use 10 to 128 characters, or leave it empty to keep the password")
    private String newPassword;
    private Long version;

    static AccountFormData of(AccountView account) {
        var form = new AccountFormData();
        form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        form.enabled = !account.exists() || account.enabled();
        form.version = account.version();
        return form;
    }

    AccountCommand toCommand() {
        return new AccountCommand(roles == null ? Set.of() : roles, enabled,
                newPassword == null || newPassword.isEmpty() ? null : newPassword, version);
    }

    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword == null || newPassword.isEmpty() ? null : newPassword; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
