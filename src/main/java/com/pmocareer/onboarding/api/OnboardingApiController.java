package com.pmocareer.onboarding.api;

import com.pmocareer.onboarding.OnboardingOverview;
import com.pmocareer.onboarding.OnboardingPlans;
import com.pmocareer.onboarding.OnboardingTemplates;
import com.pmocareer.onboarding.PlanViews.PlanView;
import com.pmocareer.onboarding.PlanViews.ReviewCommand;
import com.pmocareer.onboarding.PlanViews.StartCommand;
import com.pmocareer.onboarding.TemplateViews.TemplateCommand;
import com.pmocareer.onboarding.TemplateViews.TemplateView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Onboarding", description = "Templates, plans, tasks and the 30/60/90-day reviews")
class OnboardingApiController {

    record NoteBody(String note) {
    }

    record ReasonBody(String reason) {
    }

    private final OnboardingTemplates templates;
    private final OnboardingPlans plans;
    private final OnboardingOverview overview;

    OnboardingApiController(OnboardingTemplates templates, OnboardingPlans plans, OnboardingOverview overview) {
        this.templates = templates;
        this.plans = plans;
        this.overview = overview;
    }

    @GetMapping("/api/v1/onboarding/templates")
    @Operation(summary = "Templates with the tasks of their newest published version")
    List<TemplateView> templates() {
        return templates.list();
    }

    @GetMapping("/api/v1/onboarding/templates/{id}")
    @Operation(summary = "One template")
    TemplateView template(@PathVariable long id) {
        return templates.get(id);
    }

    @PostMapping("/api/v1/onboarding/templates")
    @Operation(summary = "Create a template with its first version (ADMIN); negative offsets and dependency cycles are refused")
    ResponseEntity<TemplateView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody TemplateCommand command) {
        TemplateView created = templates.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/onboarding/templates/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/onboarding/templates/{id}")
    @Operation(summary = "Replace a template's rules and tasks as its next version (ADMIN); running plans keep theirs")
    TemplateView replace(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody TemplateCommand command) {
        return templates.replace(user, id, command);
    }

    @PostMapping("/api/v1/people/{personId}/onboarding")
    @Operation(summary = "Start a plan (the person's lead, ADMIN): the template chosen by the rules unless templateId is given; 409 when one is active")
    ResponseEntity<PlanView> start(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @RequestBody(required = false) StartCommand command) {
        PlanView plan = plans.start(user, personId, command == null ? new StartCommand(null, null) : command);
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/onboarding")).body(plan);
    }

    @GetMapping("/api/v1/people/{personId}/onboarding")
    @Operation(summary = "The person's active (else latest) plan: tasks with due dates and status, progress %, overdue count")
    PlanView plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return plans.plan(user, personId);
    }

    @PostMapping("/api/v1/onboarding/tasks/{taskId}/complete")
    @Operation(summary = "Complete a task (its owner or the lead); completing it again changes nothing")
    PlanView complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId,
            @RequestBody(required = false) NoteBody body) {
        return plans.complete(user, taskId, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/onboarding/tasks/{taskId}/not-applicable")
    @Operation(summary = "Mark a task not applicable, with a reason (the person's lead)")
    PlanView notApplicable(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId, @RequestBody ReasonBody body) {
        return plans.markNotApplicable(user, taskId, body.reason());
    }

    @PostMapping("/api/v1/onboarding/tasks/{taskId}/review")
    @Operation(summary = "Record a 30/60/90-day review (the lead, with the junior): what went well, what is hard, support needed")
    PlanView review(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId, @RequestBody ReviewCommand review) {
        return plans.review(user, taskId, review);
    }

    @GetMapping("/api/v1/onboarding/plans")
    @Operation(summary = "Running plans the caller may see (a lead's unit and below; orgUnit narrows), most overdue first")
    OnboardingOverview.Overview plans(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long orgUnit, @RequestParam(defaultValue = "false") boolean includeCompleted,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return overview.overview(user, orgUnit, includeCompleted, PageRequest.of(page, size));
    }
}
