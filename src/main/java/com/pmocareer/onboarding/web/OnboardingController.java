package com.pmocareer.onboarding.web;

import com.pmocareer.onboarding.OnboardingOverview;
import com.pmocareer.onboarding.OnboardingPlans;
import com.pmocareer.onboarding.OnboardingTemplates;
import com.pmocareer.onboarding.PlanViews.ReviewCommand;
import com.pmocareer.onboarding.PlanViews.StartCommand;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.Markdown;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.PageRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The lead's overview of running plans, a person's plan as a weekly checklist, and the review form. */
@Controller
class OnboardingController {

    private final OnboardingPlans plans;
    private final OnboardingOverview overview;
    private final OnboardingTemplates templates;
    private final PersonDirectory directory;
    private final OrgUnits orgUnits;
    private final Markdown markdown;

    OnboardingController(OnboardingPlans plans, OnboardingOverview overview, OnboardingTemplates templates,
            PersonDirectory directory, OrgUnits orgUnits, Markdown markdown) {
        this.markdown = markdown;
        this.plans = plans;
        this.overview = overview;
        this.templates = templates;
        this.directory = directory;
        this.orgUnits = orgUnits;
    }

    @GetMapping("/onboarding")
    String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgUnit,
            @RequestParam(defaultValue = "false") boolean includeCompleted, @RequestParam(required = false) Integer page,
            Model model) {
        if (!user.isLead() && !user.isAdmin() && !user.isMentor()) {
            return "redirect:/people/" + user.personId() + "/onboarding";
        }
        model.addAttribute("overview", overview.overview(user, orgUnit, includeCompleted, PageRequest.of(page, 50)));
        model.addAttribute("units", orgUnits.flattened());
        model.addAttribute("orgUnit", orgUnit);
        model.addAttribute("includeCompleted", includeCompleted);
        return "onboarding/overview";
    }

    @GetMapping("/people/{personId}/onboarding")
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId, Model model) {
        var person = directory.get(user, personId);
        model.addAttribute("person", person);
        model.addAttribute("markdown", markdown);
        if (plans.hasPlan(user, personId)) {
            model.addAttribute("plan", plans.plan(user, personId));
        }
        model.addAttribute("mayStart", plans.mayStart(user, personId));
        if (plans.mayStart(user, personId)) {
            model.addAttribute("templates", templates.list().stream().filter(t -> t.versionId() != null && t.active()).toList());
            model.addAttribute("suggested", templates.chooseFor(person.orgUnitId(), person.careerLevel()).orElse(null));
        }
        return "onboarding/plan";
    }

    @PostMapping("/people/{personId}/onboarding")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @RequestParam(required = false) Long templateId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            RedirectAttributes redirect) {
        return Outcomes.attempt(redirect, "/people/" + personId + "/onboarding", () -> {
            var plan = plans.start(user, personId, new StartCommand(templateId, startDate));
            return "The onboarding plan of " + plan.personName() + " started with " + plan.tasksTotal() + " tasks.";
        });
    }

    @PostMapping("/onboarding/tasks/{taskId}/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId,
            @RequestParam(required = false) String note, @RequestParam long personId, RedirectAttributes redirect) {
        return Outcomes.attempt(redirect, "/people/" + personId + "/onboarding#task-" + taskId, () -> {
            var plan = plans.complete(user, taskId, note);
            return "Done. The plan is " + plan.progressPercent() + " % complete.";
        });
    }

    @PostMapping("/onboarding/tasks/{taskId}/not-applicable")
    String notApplicable(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId,
            @RequestParam(required = false) String reason, @RequestParam long personId, RedirectAttributes redirect) {
        return Outcomes.attempt(redirect, "/people/" + personId + "/onboarding#task-" + taskId, () -> {
            plans.markNotApplicable(user, taskId, reason);
            return "Marked not applicable.";
        });
    }

    @GetMapping("/onboarding/tasks/{taskId}/review")
    String reviewForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId, @RequestParam long personId,
            Model model) {
        var plan = plans.plan(user, personId);
        var task = plan.tasks().stream().filter(t -> t.id() == taskId && t.reviewKind() != null).findFirst()
                .orElseThrow(() -> new com.pmocareer.shared.NotFoundException("Review task", taskId));
        if (!task.mayComplete()) {
            throw new com.pmocareer.shared.ForbiddenException("The lead fills in the review, while it is open.");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        return "onboarding/review";
    }

    @PostMapping("/onboarding/tasks/{taskId}/review")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long taskId, @RequestParam long personId,
            @RequestParam(required = false) String wentWell, @RequestParam(required = false) String hard,
            @RequestParam(required = false) String supportNeeded, Model model, RedirectAttributes redirect) {
        try {
            var plan = plans.review(user, taskId, new ReviewCommand(wentWell, hard, supportNeeded));
            redirect.addFlashAttribute("success", "The review is recorded. The plan is " + plan.progressPercent() + " % complete.");
            return "redirect:/people/" + personId + "/onboarding#task-" + taskId;
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("wentWell", wentWell);
            model.addAttribute("hard", hard);
            model.addAttribute("supportNeeded", supportNeeded);
            return reviewForm(user, taskId, personId, model);
        }
    }
}
