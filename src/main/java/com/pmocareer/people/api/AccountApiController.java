package com.pmocareer.people.api;

import com.pmocareer.people.AccountCommand;
import com.pmocareer.people.AccountManagement;
import com.pmocareer.people.AccountView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts", description = "Sign-in accounts, roles and locks (ADMIN)")
class AccountApiController {

    private final AccountManagement accounts;

    AccountApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/accounts")
    @Operation(summary = "Sign-in accounts with roles and lock state (ADMIN)")
    PageResponse<AccountView> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return accounts.list(user, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/people/{id}/account")
    @Operation(summary = "A person's account (ADMIN)")
    AccountView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return accounts.get(user, id);
    }

    @PutMapping("/api/v1/people/{id}/account")
    @Operation(summary = "Create or change a person's account: roles, enabled, new password (ADMIN)")
    AccountView save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody AccountCommand command) {
        return accounts.save(user, id, command);
    }

    @PostMapping("/api/v1/people/{id}/account/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Lift a sign-in lock after too many failed attempts (ADMIN)")
    void unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        accounts.unlock(user, id);
    }
}
