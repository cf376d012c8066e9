package com.pmocareer.people.api;

import com.pmocareer.people.ApiTokenView;
import com.pmocareer.people.ApiTokens;
import com.pmocareer.people.MintedToken;
import com.pmocareer.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Access", description = "Personal API tokens and the caller")
@RequestMapping("/api/v1/auth/tokens")
class TokenApiController {

    record TokenRequest(@Size(max = 100, message = "must be at most 100 characters") String name,
            @Min(value = 1, message = "must be at least 1") @Max(value = 365, message = "must be at most 365") Integer expiresInDays) {
    }

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mint a personal API token with HTTP Basic credentials; the token is shown only in this answer")
    MintedToken mint(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody(required = false) TokenRequest request) {
        return tokens.mint(user, request == null ? null : request.name(),
                request == null ? null : request.expiresInDays());
    }

    @GetMapping
    @Operation(summary = "The caller's tokens, without their secret values")
    List<ApiTokenView> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.list(user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tokens.revoke(user, id);
    }
}
