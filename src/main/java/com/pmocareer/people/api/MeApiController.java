package com.pmocareer.people.api;

import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Access", description = "Personal API tokens and the caller")
class MeApiController {

    record Me(long personId, String email, String name, Set<Role> roles) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The caller: person id, name, roles")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.personId(), user.email(), user.displayName(), user.roles());
    }
}
