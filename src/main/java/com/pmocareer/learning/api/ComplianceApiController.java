package com.pmocareer.learning.api;

import com.pmocareer.learning.Compliance;
import com.pmocareer.learning.ComplianceExport;
import com.pmocareer.learning.ComplianceState;
import com.pmocareer.learning.ComplianceViews.Cell;
import com.pmocareer.learning.ComplianceViews.ExemptionCommand;
import com.pmocareer.learning.ComplianceViews.Matrix;
import com.pmocareer.learning.ComplianceViews.RequirementCommand;
import com.pmocareer.learning.ComplianceViews.RequirementView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Learning: compliance", description = "Mandatory training: requirements, standing, exemptions and the matrix")
class ComplianceApiController {

    private final Compliance compliance;

    ComplianceApiController(Compliance compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/api/v1/compliance/requirements")
    @Operation(summary = "Mandatory trainings: audience, recurrence (once, every N months, a yearly window), grace period, courses")
    List<RequirementView> requirements(@RequestParam(defaultValue = "false") boolean includeInactive) {
        return compliance.requirements(includeInactive);
    }

    @PostMapping("/api/v1/compliance/requirements")
    @Operation(summary = "Add a requirement (ADMIN)")
    ResponseEntity<RequirementView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody RequirementCommand command) {
        RequirementView created = compliance.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/compliance/requirements/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/compliance/requirements/{id}")
    @Operation(summary = "Edit a requirement (ADMIN); a stale version answers 409")
    RequirementView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody RequirementCommand command) {
        return compliance.update(user, id, command);
    }

    @GetMapping("/api/v1/compliance/status")
    @Operation(summary = "The matrix of the people the caller may see (in orgUnit and below, name containing q): per requirement COMPLIANT, DUE_SOON, OVERDUE or EXEMPT")
    Matrix status(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) Long requirement, @RequestParam(required = false) ComplianceState state,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return compliance.matrix(user, orgUnit, requirement, state, q, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/people/{personId}/compliance")
    @Operation(summary = "The person's standing against every requirement that applies to them")
    List<Cell> standing(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return compliance.standingOf(user, personId);
    }

    @PostMapping("/api/v1/compliance/exemptions")
    @Operation(summary = "Exempt a person from a requirement with a reason and optional end date (their lead, ADMIN)")
    Cell exempt(@AuthenticationPrincipal CurrentUser user, @RequestBody ExemptionCommand command) {
        return compliance.exempt(user, command);
    }

    @DeleteMapping("/api/v1/compliance/exemptions")
    @Operation(summary = "Revoke an exemption (their lead, ADMIN)")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @RequestParam long requirementId,
            @RequestParam long personId) {
        compliance.revokeExemption(user, requirementId, personId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping({"/api/v1/reports/compliance", "/api/v1/compliance/export"})
    @Operation(summary = "The whole matrix as CSV (Accept: text/csv, the default) or XLSX (Accept: the spreadsheetml type, or format=xlsx)")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) Long requirement, @RequestParam(required = false) ComplianceState state,
            @RequestParam(required = false) String format, @RequestHeader(value = "Accept", required = false) String accept) {
        boolean xlsx = "xlsx".equalsIgnoreCase(format) || accept != null && accept.contains(ComplianceExport.XLSX);
        return ComplianceExport.download(compliance.fullMatrix(user, orgUnit, requirement, state), xlsx);
    }
}
