package com.pmocareer.people.api;

import com.pmocareer.people.OrgUnitView;
import com.pmocareer.people.OrgUnits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "People", description = "People of the PMO: directory, profiles, import, GDPR")
class OrgUnitApiController {

    private final OrgUnits orgUnits;

    OrgUnitApiController(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @GetMapping("/api/v1/org-units")
    @Operation(summary = "The org units as a tree")
    List<OrgUnitView> tree() {
        return orgUnits.tree();
    }
}
