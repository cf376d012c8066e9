package com.pmocareer.onboarding.web;

import com.pmocareer.onboarding.OnboardingTemplates;
import com.pmocareer.onboarding.PmoDocuments;
import com.pmocareer.onboarding.ReviewKind;
import com.pmocareer.onboarding.TaskCategory;
import com.pmocareer.onboarding.TaskOwner;
import com.pmocareer.onboarding.TemplateViews.TemplateCommand;
import com.pmocareer.people.CareerLevels;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's template editor: who a template is for, and a draft of its tasks edited one at a time, reordered with
 * up/down, then published as the next version (running plans keep the version they started with).
 */
@Controller
class TemplateEditorController {

    private static final String BASE = "/admin/onboarding/templates";

    private final OnboardingTemplates templates;
    private final PmoDocuments documents;
    private final OrgUnits orgUnits;
    private final CareerLevels careerLevels;

    TemplateEditorController(OnboardingTemplates templates, PmoDocuments documents, OrgUnits orgUnits, CareerLevels careerLevels) {
        this.templates = templates;
        this.documents = documents;
        this.orgUnits = orgUnits;
        this.careerLevels = careerLevels;
    }

    @GetMapping(BASE)
    String list(Model model) {
        model.addAttribute("templates", templates.list());
        model.addAttribute("units", orgUnits.flattened());
        model.addAttribute("levels", careerLevels.all());
        return "onboarding/templates";
    }

    /** A new template starts as a copy of an existing one's tasks. */
    @PostMapping(BASE)
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            @RequestParam long copyOf, @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) String careerLevel, RedirectAttributes redirect) {
        try {
            var source = templates.get(copyOf);
            var created = templates.create(user, new TemplateCommand(name, source.description(), orgUnitId,
                    careerLevel == null || careerLevel.isBlank() ? null : careerLevel, true, source.tasks(),
                    "Copied from " + source.name(), null));
            redirect.addFlashAttribute("success", "\"" + created.name() + "\" is created from " + source.name() + ".");
            return "redirect:" + BASE + "/" + created.id();
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("warning", Outcomes.refusal(refused));
            return "redirect:" + BASE;
        }
    }

    @GetMapping(BASE + "/{id}")
    String editor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String edit, Model model) {
        var template = templates.get(id);
        var draft = templates.draft(user, id);
        model.addAttribute("template", template);
        model.addAttribute("draft", draft.orElse(null));
        model.addAttribute("units", orgUnits.flattened());
        model.addAttribute("levels", careerLevels.all());
        model.addAttribute("documents", documents.list(user));
        model.addAttribute("categories", TaskCategory.values());
        model.addAttribute("owners", TaskOwner.values());
        model.addAttribute("reviewKinds", ReviewKind.values());
        if (!model.containsAttribute("task")) {
            var editing = draft.flatMap(d -> d.tasks().stream().filter(t -> t.key().equals(edit)).findFirst());
            model.addAttribute("task", editing.map(TaskFormData::of).orElseGet(TaskFormData::new));
        }
        return "onboarding/template-editor";
    }

    @PostMapping(BASE + "/{id}/rules")
    String rules(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String description, @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) String careerLevel, @RequestParam(defaultValue = "false") boolean active,
            @RequestParam long version, RedirectAttributes redirect) {
        return Outcomes.attempt(redirect, BASE + "/" + id, () -> {
            templates.changeRules(user, id, new TemplateCommand(name, description, orgUnitId,
                    careerLevel == null || careerLevel.isBlank() ? null : careerLevel, active, null, null, version));
            return "Saved who the template is for.";
        });
    }

    @PostMapping(BASE + "/{id}/draft")
    String startDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        templates.startDraft(user, id);
        redirect.addFlashAttribute("success", "A draft of the next version is open. Published versions stay as they are until you publish.");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/draft/tasks")
    String saveTask(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("task") TaskFormData form,
            Model model, RedirectAttributes redirect) {
        try {
            templates.saveDraftTask(user, id, form.getOriginalKey(), form.toTask());
            redirect.addFlashAttribute("success", "\"" + form.getTitle() + "\" is saved in the draft.");
            return "redirect:" + BASE + "/" + id + "#task-" + form.getKey();
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            return editor(user, id, null, model);
        }
    }

    @PostMapping(BASE + "/{id}/draft/tasks/{key}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String key,
            @RequestParam int by) {
        templates.moveDraftTask(user, id, key, by < 0 ? -1 : 1);
        return "redirect:" + BASE + "/" + id + "#task-" + key;
    }

    @PostMapping(BASE + "/{id}/draft/tasks/{key}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String key,
            RedirectAttributes redirect) {
        templates.removeDraftTask(user, id, key);
        redirect.addFlashAttribute("success", "The task is removed from the draft.");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping(BASE + "/{id}/draft/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam long version, RedirectAttributes redirect) {
        return Outcomes.attempt(redirect, BASE + "/" + id, () -> {
            var published = templates.publishDraft(user, id, note, version);
            return "Version " + published.versionNumber() + " is published; new plans use it, running plans keep theirs.";
        });
    }

    @PostMapping(BASE + "/{id}/draft/discard")
    String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        templates.discardDraft(user, id);
        redirect.addFlashAttribute("success", "The draft is discarded.");
        return "redirect:" + BASE + "/" + id;
    }
}
