package com.pmocareer.people.api;

import com.pmocareer.people.AccountManagement;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Access", description = "Personal API tokens and the caller")
class MeApiController {

    record Me(long personId, String email, String name, Set<Role> roles) {
    }

    record PasswordChange(@NotBlank(message = "is required") String currentPassword,
            @NotBlank(message = "is required") String newPassword) {
    }

    private final AccountManagement accounts;

    MeApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @PutMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the caller's own password (the current one is required)")
    void changePassword(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PasswordChange change) {
        accounts.changeOwnPassword(user, change.currentPassword(), change.newPassword());
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller: person id, name, roles")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.personId(), user.email(), user.displayName(), user.roles());
    }
}
