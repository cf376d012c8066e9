package com.pmocareer.certification.web;

import com.pmocareer.certification.CertificationCatalog;
import com.pmocareer.certification.CertificationGoals;
import com.pmocareer.certification.CertificationTeam;
import com.pmocareer.certification.CertificationViews.BudgetCommand;
import com.pmocareer.certification.CertificationViews.BudgetDecision;
import com.pmocareer.certification.CredentialStatus;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.FormNumbers;
import com.pmocareer.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lead's team view: who holds what, what expires soon, who is eligible, the budget and the costs to decide. */
@Controller
class TeamController {

    private final CertificationTeam team;
    private final CertificationGoals goals;
    private final CertificationCatalog catalog;
    private final OrgUnits orgUnits;
    private final Clock clock;

    TeamController(CertificationTeam team, CertificationGoals goals, CertificationCatalog catalog, OrgUnits orgUnits, Clock clock) {
        this.team = team;
        this.goals = goals;
        this.catalog = catalog;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    @GetMapping("/certifications/team")
    String team(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) CredentialStatus status, @RequestParam(required = false) String type,
            @RequestParam(required = false) String eligibleFor, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, Model model) {
        int budgetYear = year == null ? LocalDate.now(clock).getYear() : year;
        String target = eligibleFor == null || eligibleFor.isBlank() ? "PMP" : eligibleFor;
        model.addAttribute("view", team.team(user, orgUnit, status, type, PageRequest.of(page, 50)));
        model.addAttribute("eligibility", team.eligibility(user, orgUnit, target, 200));
        model.addAttribute("budgets", goals.budgets(user, budgetYear));
        model.addAttribute("awaiting", goals.awaitingDecision(user));
        model.addAttribute("types", catalog.all());
        model.addAttribute("units", orgUnits.flattened());
        model.addAttribute("statuses", CredentialStatus.values());
        model.addAttribute("orgUnit", orgUnit);
        model.addAttribute("status", status);
        model.addAttribute("type", type);
        model.addAttribute("eligibleFor", target);
        model.addAttribute("year", budgetYear);
        return "certification/team";
    }

    @PostMapping("/certifications/team/budgets/{orgUnitId}/{year}")
    String setBudget(@AuthenticationPrincipal CurrentUser user, @PathVariable long orgUnitId, @PathVariable int year,
            @RequestParam(required = false) String amount, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return CertificationPages.OUTCOMES.attempt(redirect, "/certifications/team?year=" + year, () -> {
            var budget = goals.setBudget(user, orgUnitId, year, new BudgetCommand(FormNumbers.decimal("amount", amount), null, version));
            return budget.orgUnitName() + "'s certification budget for " + year + ": " + budget.amount().toPlainString() + " " + budget.currency() + ".";
        });
    }

    @PostMapping("/people/{id}/certification-goals/{goalId}/budget-decision")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
            @RequestParam(required = false) Boolean approved, @RequestParam(required = false) String note,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return CertificationPages.OUTCOMES.attempt(redirect, "/certifications/team", () -> {
            var goal = goals.decideBudget(user, id, goalId, new BudgetDecision(approved, note, version));
            return goal.personName() + "'s " + goal.typeName() + ": costs " + goal.budgetStatus().name().toLowerCase() + ".";
        });
    }
}
