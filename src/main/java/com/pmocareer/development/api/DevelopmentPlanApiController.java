package com.pmocareer.development.api;

import com.pmocareer.development.DevelopmentPlans;
import com.pmocareer.development.GoalCommand;
import com.pmocareer.development.GoalStatus;
import com.pmocareer.development.PlanView;
import com.pmocareer.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
@Tag(name = "Development plans", description = "Individual development plans: SMART goals, actions, check-ins, approval")
class DevelopmentPlanApiController {

    private final DevelopmentPlans plans;

    DevelopmentPlanApiController(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/people/{id}/development-plan")
    @Operation(summary = "The plan of a cycle (default: the current half-year, e.g. 2026-H2)")
    PlanView plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String cycle) {
        return plans.plan(user, id, cycle);
    }

    @GetMapping("/api/v1/people/{id}/development-plan/goals")
    @Operation(summary = "The goals of the plan of a cycle (default: the current one)")
    List<PlanView.GoalView> goals(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String cycle) {
        return plans.plan(user, id, cycle).goals();
    }

    @PostMapping("/api/v1/people/{id}/development-plan/goals")
    @Operation(summary = "Add a SMART goal (the person, their mentor or lead); a goal after approval reopens the plan")
    ResponseEntity<PlanView.GoalView> addGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody GoalCommand command) {
        var goal = plans.addGoal(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/development-goals/" + goal.id())).body(goal);
    }

    @PutMapping("/api/v1/development-goals/{goalId}")
    @Operation(summary = "Change a goal; send the version you read")
    PlanView.GoalView editGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long goalId,
            @Valid @RequestBody GoalCommand command) {
        return plans.editGoal(user, goalId, command);
    }

    @PostMapping("/api/v1/development-goals/{goalId}/status")
    @Operation(summary = "Move a goal to IN_PROGRESS, DONE or DROPPED; DONE publishes DevelopmentGoalCompleted")
    PlanView.GoalView status(@AuthenticationPrincipal CurrentUser user, @PathVariable long goalId,
            @Valid @RequestBody StatusRequest request) {
        return plans.setGoalStatus(user, goalId, request.status(), request.version());
    }

    @PostMapping("/api/v1/development-actions/{actionId}/done")
    @Operation(summary = "Tick an action off (or on again with done=false)")
    PlanView actionDone(@AuthenticationPrincipal CurrentUser user, @PathVariable long actionId,
            @RequestParam(defaultValue = "true") boolean done) {
        return plans.setActionDone(user, actionId, done);
    }

    @PostMapping("/api/v1/people/{id}/development-plan/submit")
    @Operation(summary = "Submit the plan for approval (the person)")
    PlanView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody PlanChange request) {
        return plans.submit(user, id, request.cycle(), request.version());
    }

    @PostMapping("/api/v1/people/{id}/development-plan/approve")
    @Operation(summary = "Approve a submitted plan (the person's current mentor or lead)")
    PlanView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody PlanChange request) {
        return plans.approve(user, id, request.cycle(), request.version());
    }

    @PostMapping("/api/v1/people/{id}/development-plan/return")
    @Operation(summary = "Return a submitted plan for changes with a note (the person's current mentor or lead)")
    PlanView returnForChanges(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody PlanChange request) {
        return plans.returnForChanges(user, id, request.cycle(), request.note(), request.version());
    }

    @PostMapping("/api/v1/people/{id}/development-plan/check-ins")
    @Operation(summary = "Write a check-in note on the plan or one goal")
    PlanView checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody CheckInRequest request) {
        return plans.checkIn(user, id, request.cycle(), request.goalId(), request.note());
    }

    record StatusRequest(@NotNull GoalStatus status, @NotNull Long version) {
    }

    record PlanChange(String cycle, @NotNull Long version, @Size(max = 2000) String note) {
    }

    record CheckInRequest(String cycle, Long goalId, @Size(max = 2000) String note) {
    }
}
