package com.pmocareer.people.api;

import com.pmocareer.people.OrgUnitCommand;
import com.pmocareer.people.OrgUnitView;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People", description = "People of the PMO: directory, profiles, import, GDPR")
@RequestMapping("/api/v1/org-units")
class OrgUnitApiController {

    private final OrgUnits orgUnits;

    OrgUnitApiController(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @GetMapping
    @Operation(summary = "The org units as a tree")
    List<OrgUnitView> tree() {
        return orgUnits.tree();
    }

    @PostMapping
    @Operation(summary = "Create an org unit, optionally below another (ADMIN)")
    ResponseEntity<OrgUnitView> create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody OrgUnitCommand command) {
        OrgUnitView created = orgUnits.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/org-units/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename or move an org unit (ADMIN); send the version you read")
    OrgUnitView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody OrgUnitCommand command) {
        return orgUnits.update(user, id, command);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an empty org unit (ADMIN); one with people or sub-units answers 409")
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        orgUnits.delete(user, id);
    }
}
