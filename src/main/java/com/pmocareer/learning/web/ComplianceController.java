package com.pmocareer.learning.web;

import com.pmocareer.learning.Compliance;
import com.pmocareer.learning.ComplianceExport;
import com.pmocareer.learning.ComplianceState;
import com.pmocareer.learning.ComplianceViews.ExemptionCommand;
import com.pmocareer.learning.ComplianceViews.Matrix;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The compliance matrix for leads: filters, totals per requirement, exports, exemptions. */
@Controller
class ComplianceController {

    private final Compliance compliance;
    private final OrgUnits orgUnits;
    private final PersonDirectory directory;

    ComplianceController(Compliance compliance, OrgUnits orgUnits, PersonDirectory directory) {
        this.compliance = compliance;
        this.orgUnits = orgUnits;
        this.directory = directory;
    }

    @GetMapping("/compliance")
    String matrix(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) Long requirement, @RequestParam(required = false) ComplianceState state,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        if (!user.isLead() && !user.isAdmin()) {
            return "redirect:/people/" + user.personId() + "/learning";
        }
        Matrix matrix = compliance.matrix(user, orgUnit, requirement, state, q, PageRequest.of(page, 50));
        model.addAttribute("matrix", matrix);
        model.addAttribute("pageOfRows", PageResponse.of(matrix.rows(), new PageRequest(matrix.page(), matrix.size()), matrix.totalPeople()));
        model.addAttribute("allRequirements", compliance.requirements(false));
        model.addAttribute("units", orgUnits.flattened());
        model.addAttribute("states", ComplianceState.values());
        model.addAttribute("orgUnit", orgUnit);
        model.addAttribute("requirement", requirement);
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("people", directory.summaries(user, orgUnit, null));
        return "learning/compliance";
    }

    @GetMapping("/compliance/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) Long requirement, @RequestParam(required = false) ComplianceState state,
            @RequestParam(defaultValue = "csv") String format) {
        return ComplianceExport.download(compliance.fullMatrix(user, orgUnit, requirement, state), "xlsx".equalsIgnoreCase(format));
    }

    @PostMapping("/compliance/exemptions")
    String exempt(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long requirementId,
            @RequestParam(required = false) Long personId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/compliance", () -> {
            compliance.exempt(user, new ExemptionCommand(requirementId, personId, reason, until));
            return "Exempted " + directory.get(user, personId).fullName() + " from " + compliance.requirement(requirementId).name() + ".";
        });
    }

    @PostMapping("/compliance/exemptions/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @RequestParam long requirementId, @RequestParam long personId,
            RedirectAttributes redirect) {
        compliance.revokeExemption(user, requirementId, personId);
        redirect.addFlashAttribute("success", "Revoked the exemption.");
        return "redirect:/compliance";
    }
}
