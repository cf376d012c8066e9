package com.pmocareer.development.web;

import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.learning.Catalog;
import com.pmocareer.learning.LearningPaths;
import com.pmocareer.competency.ProficiencyScale;
import com.pmocareer.development.DevelopmentPlans;
import com.pmocareer.development.GoalStatus;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's development plan: goals with progress, actions, check-ins, and the draft → submit → approve flow. */
@Controller
class DevelopmentPlanController {

    private final DevelopmentPlans plans;
    private final PersonDirectory directory;
    private final CompetencyFramework framework;
    private final Catalog catalog;
    private final LearningPaths paths;

    DevelopmentPlanController(DevelopmentPlans plans, PersonDirectory directory, CompetencyFramework framework,
            Catalog catalog, LearningPaths paths) {
        this.plans = plans;
        this.directory = directory;
        this.framework = framework;
        this.catalog = catalog;
        this.paths = paths;
    }

    /** The caller's own plan; {@code path} or {@code course} preselect the learning to link in the new-goal form. */
    @GetMapping("/development-plan")
    String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long path,
            @RequestParam(required = false) Long course) {
        String preselect = path != null ? "?pathId=" + path : course != null ? "?courseId=" + course : "";
        return "redirect:/people/" + user.personId() + "/development-plan" + preselect;
    }

    @GetMapping("/people/{id}/development-plan")
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String cycle, @RequestParam(required = false) Long pathId,
            @RequestParam(required = false) Long courseId, Model model) {
        var plan = plans.plan(user, id, cycle);
        model.addAttribute("plan", plan);
        model.addAttribute("person", directory.get(user, id));
        model.addAttribute("canEdit", plans.canEdit(user, id));
        model.addAttribute("approves", plans.approves(user, id));
        model.addAttribute("isOwner", user.personId() == id);
        model.addAttribute("competencies", framework.current().competencies());
        model.addAttribute("levelNames", ProficiencyScale.NAMES);
        var current = plans.currentCycle();
        model.addAttribute("cycles", java.util.List.of(current.toString(), current.next().toString()));
        model.addAttribute("courses", catalog.activeCourses());
        model.addAttribute("paths", paths.list());
        if (!model.containsAttribute("goal")) {
            var goal = new GoalFormData();
            goal.setPathId(pathId);
            goal.setCourseId(courseId);
            model.addAttribute("goal", goal);
        }
        return "development/plan";
    }

    @PostMapping("/people/{id}/development-plan/goals")
    String addGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String cycle, @Valid @ModelAttribute("goal") GoalFormData goal,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var added = plans.addGoal(user, id, goal.toCommand(cycle, this::courseTitle, this::pathName));
                redirect.addFlashAttribute("success", "Added the goal \"" + added.title() + "\".");
                return redirect(id, cycle);
            } catch (InvalidInputException invalid) {
                invalid.problems().forEach(p -> errors.rejectValue(p.field().equals("cycle") ? "dueOn" : p.field(), "invalid", p.message()));
            }
        }
        return plan(user, id, cycle, null, null, model);
    }

    private String courseTitle(long courseId) {
        return catalog.get(courseId).title();
    }

    private String pathName(long pathId) {
        return paths.get(pathId).name();
    }

    @PostMapping("/development-goals/{goalId}/status")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable long goalId, @RequestParam GoalStatus status,
            @RequestParam long version, @RequestParam long personId, @RequestParam(required = false) String cycle,
            RedirectAttributes redirect) {
        return act(redirect, personId, cycle, () -> plans.setGoalStatus(user, goalId, status, version),
                "The goal is now " + status.name().toLowerCase().replace('_', ' ') + ".");
    }

    @PostMapping("/development-actions/{actionId}/done")
    String actionDone(@AuthenticationPrincipal CurrentUser user, @PathVariable long actionId,
            @RequestParam(defaultValue = "true") boolean done, @RequestParam long personId,
            @RequestParam(required = false) String cycle, RedirectAttributes redirect) {
        return act(redirect, personId, cycle, () -> plans.setActionDone(user, actionId, done), done ? "Action ticked off." : "Action reopened.");
    }

    @PostMapping("/people/{id}/development-plan/{step}")
    String step(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String step,
            @RequestParam(required = false) String cycle, @RequestParam(defaultValue = "0") long version,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long goalId,
            RedirectAttributes redirect) {
        return switch (step) {
            case "submit" -> act(redirect, id, cycle, () -> plans.submit(user, id, cycle, version), "Submitted for approval.");
            case "approve" -> act(redirect, id, cycle, () -> plans.approve(user, id, cycle, version), "The plan is approved.");
            case "return" -> act(redirect, id, cycle, () -> plans.returnForChanges(user, id, cycle, note, version), "Returned for changes.");
            case "check-ins" -> act(redirect, id, cycle, () -> plans.checkIn(user, id, cycle, goalId, note), "Check-in saved.");
            default -> throw new com.pmocareer.shared.NotFoundException("Page", step);
        };
    }

    private String act(RedirectAttributes redirect, long personId, String cycle, Runnable change, String success) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("warning", refused instanceof InvalidInputException invalid
                    ? invalid.problems().get(0).field() + ": " + invalid.problems().get(0).message() : refused.getMessage());
        }
        return redirect(personId, cycle);
    }

    private static String redirect(long personId, String cycle) {
        return "redirect:/people/" + personId + "/development-plan" + (cycle == null || cycle.isBlank() ? "" : "?cycle=" + cycle);
    }
}
