package com.pmocareer.certification.api;

import com.pmocareer.certification.CertificationGoals;
import com.pmocareer.certification.CertificationTeam;
import com.pmocareer.certification.CertificationViews.BudgetCommand;
import com.pmocareer.certification.CertificationViews.BudgetDecision;
import com.pmocareer.certification.CertificationViews.GoalCommand;
import com.pmocareer.certification.CertificationViews.GoalProgress;
import com.pmocareer.certification.CertificationViews.GoalView;
import com.pmocareer.certification.CertificationViews.TeamBudget;
import com.pmocareer.certification.CertificationViews.TeamEligibility;
import com.pmocareer.certification.CertificationViews.TeamView;
import com.pmocareer.certification.CredentialStatus;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Certifications: goals and budgets", description = "Planned exams, costs against team budgets, the team view")
class CertificationGoalApiController {

    private final CertificationGoals goals;
    private final CertificationTeam team;
    private final Clock clock;

    CertificationGoalApiController(CertificationGoals goals, CertificationTeam team, Clock clock) {
        this.goals = goals;
        this.team = team;
        this.clock = clock;
    }

    @GetMapping("/api/v1/people/{id}/certification-goals")
    @Operation(summary = "The person's certification goals")
    List<GoalView> goals(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return goals.of(user, id);
    }

    @PostMapping("/api/v1/people/{id}/certification-goals")
    @Operation(summary = "Set a goal: type, planned exam date, exam and course costs (asked of the lead), study courses")
    ResponseEntity<GoalView> create(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody GoalCommand command) {
        GoalView goal = goals.create(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/certification-goals/" + goal.id())).body(goal);
    }

    @PutMapping("/api/v1/people/{id}/certification-goals/{goalId}")
    @Operation(summary = "Change a goal's plan; changed costs are asked of the lead again")
    GoalView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
            @RequestBody GoalCommand command) {
        return goals.update(user, id, goalId, command);
    }

    @PostMapping("/api/v1/people/{id}/certification-goals/{goalId}/progress")
    @Operation(summary = "Move a goal on: STUDYING, BOOKED, PASSED or FAILED (with the exam date); a pass records the credential")
    GoalView progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
            @RequestBody GoalProgress progress) {
        return goals.progress(user, id, goalId, progress);
    }

    @PostMapping("/api/v1/people/{id}/certification-goals/{goalId}/budget-decision")
    @Operation(summary = "The lead approves (within the team's budget) or refuses the goal's costs")
    GoalView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
            @RequestBody BudgetDecision decision) {
        return goals.decideBudget(user, id, goalId, decision);
    }

    @GetMapping("/api/v1/certification-budgets")
    @Operation(summary = "Budget by team for a year (this year when not given): set, approved, requested, remaining")
    List<TeamBudget> budgets(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
        return goals.budgets(user, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @PutMapping("/api/v1/certification-budgets/{orgUnitId}/{year}")
    @Operation(summary = "Set a team's certification budget for a year")
    TeamBudget setBudget(@AuthenticationPrincipal CurrentUser user, @PathVariable long orgUnitId, @PathVariable int year,
            @RequestBody BudgetCommand command) {
        return goals.setBudget(user, orgUnitId, year, command);
    }

    @GetMapping("/api/v1/certification-goals/awaiting-decision")
    @Operation(summary = "Goals whose costs wait for the viewer's decision")
    List<GoalView> awaiting(@AuthenticationPrincipal CurrentUser user) {
        return goals.awaitingDecision(user);
    }

    @GetMapping("/api/v1/certifications/team")
    @Operation(summary = "The lead's people: holders per type, expiring soon or in grace, and a page of credentials")
    TeamView team(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) CredentialStatus status, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return team.team(user, orgUnit, status, type, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/certifications/team/eligibility/{typeCode}")
    @Operation(summary = "The lead's junior PMs against one type: eligible now, or the earliest date at their pace")
    TeamEligibility teamEligibility(@AuthenticationPrincipal CurrentUser user, @PathVariable String typeCode,
            @RequestParam(required = false) Long orgUnit) {
        return team.eligibility(user, orgUnit, typeCode, 500);
    }
}
