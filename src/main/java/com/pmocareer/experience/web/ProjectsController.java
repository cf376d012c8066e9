package com.pmocareer.experience.web;

import com.pmocareer.platform.FormNumbers;
import com.pmocareer.experience.AssignmentRole;
import com.pmocareer.experience.BudgetBand;
import com.pmocareer.experience.Methodology;
import com.pmocareer.experience.ProjectStatus;
import com.pmocareer.experience.ProjectType;
import com.pmocareer.experience.ProjectViews.AssignmentCommand;
import com.pmocareer.experience.ProjectViews.AssignmentView;
import com.pmocareer.experience.ProjectViews.ProjectCommand;
import com.pmocareer.experience.ProjectViews.ProjectQuery;
import com.pmocareer.experience.ProjectViews.ProjectView;
import com.pmocareer.experience.Projects;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project registry, a project's page with its team on a timeline, and the forms of leads and admins. */
@Controller
class ProjectsController {

    /** An assignment placed on the project's timeline, as percentages of its width. */
    record TimelineBar(AssignmentView assignment, double offset, double width) {
    }

    private final Projects projects;
    private final PersonDirectory directory;

    ProjectsController(Projects projects, PersonDirectory directory) {
        this.projects = projects;
        this.directory = directory;
    }

    @GetMapping("/projects")
    String registry(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) ProjectType type, @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) String tag, Model model) {
        model.addAttribute("projects", projects.search(new ProjectQuery(q, type, status, tag)));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("tag", tag);
        model.addAttribute("mayManage", projects.mayManageRegistry(user));
        addChoices(model);
        return "experience/projects";
    }

    @GetMapping("/projects/new")
    String newProject(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireKeeper(user);
        return form(user, model, ProjectForm.empty(), null, null);
    }

    @GetMapping("/projects/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        requireKeeper(user);
        ProjectView project = projects.get(id);
        return form(user, model, ProjectForm.of(project), id, project.version());
    }

    @PostMapping("/projects")
    String create(@AuthenticationPrincipal CurrentUser user, ProjectForm form, Model model, RedirectAttributes redirect) {
        try {
            ProjectView created = projects.create(user, form.command(null));
            redirect.addFlashAttribute("success", "Added " + created.code() + " " + created.name() + " to the registry.");
            return "redirect:/projects/" + created.id();
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("warning", ExperiencePages.OUTCOMES.refusal(refused));
            return form(user, model, form, null, null);
        }
    }

    @PostMapping("/projects/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, ProjectForm form,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        try {
            ProjectView updated = projects.update(user, id, form.command(version));
            redirect.addFlashAttribute("success", "Saved " + updated.name() + ".");
            return "redirect:/projects/" + id;
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("warning", ExperiencePages.OUTCOMES.refusal(refused));
            return form(user, model, form, id, version);
        }
    }

    /** The form, filled with what was typed: a refused form keeps every value. */
    private String form(CurrentUser user, Model model, ProjectForm form, Long projectId, Long version) {
        addChoices(model);
        model.addAttribute("form", form);
        model.addAttribute("projectId", projectId);
        model.addAttribute("version", version);
        model.addAttribute("pms", directory.summaries(user, null, null));
        return "experience/project-form";
    }

    @GetMapping("/projects/{id}")
    String project(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        var page = projects.page(user, id);
        model.addAttribute("page", page);
        model.addAttribute("timeline", timeline(page.project(), page.team()));
        model.addAttribute("roles", AssignmentRole.values());
        if (page.mayManage()) {
            model.addAttribute("people", directory.summaries(user, null, null));
        }
        model.addAttribute("today", LocalDate.now());
        return "experience/project";
    }

    @PostMapping("/projects/{id}/assignments")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Long personId, @RequestParam(required = false) AssignmentRole role,
            @RequestParam(required = false) String allocation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            RedirectAttributes redirect) {
        return ExperiencePages.OUTCOMES.attempt(redirect, "/projects/" + id, () -> {
            AssignmentView created = projects.assign(user, id, new AssignmentCommand(personId, role,
                    FormNumbers.whole("allocation", allocation), startsOn, endsOn, null));
            return created.personName() + " is on the project as " + created.role().label() + " from " + created.startsOn() + ".";
        });
    }

    @PostMapping("/assignments/{id}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) AssignmentRole role, @RequestParam(required = false) String allocation,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        long projectId = projects.assignment(user, id).projectId();
        return ExperiencePages.OUTCOMES.attempt(redirect, "/projects/" + projectId, () -> {
            AssignmentView changed = projects.changeAssignment(user, id, new AssignmentCommand(null, role,
                    FormNumbers.whole("allocation", allocation), startsOn, endsOn, version));
            return "Saved the assignment of " + changed.personName() + ".";
        });
    }

    /** Bars from each assignment's start to its end (or today, or the project's end) over the project's span. */
    static List<TimelineBar> timeline(ProjectView project, List<AssignmentView> team) {
        LocalDate today = LocalDate.now();
        LocalDate first = team.stream().map(AssignmentView::startsOn).reduce(project.startsOn(), (a, b) -> a.isBefore(b) ? a : b);
        LocalDate last = project.endsOn() != null ? project.endsOn() : today;
        for (AssignmentView a : team) {
            LocalDate end = a.endsOn() != null ? a.endsOn() : last;
            last = end.isAfter(last) ? end : last;
        }
        double span = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        LocalDate spanEnd = last;
        return team.stream().map(a -> {
            LocalDate end = a.endsOn() != null ? a.endsOn() : spanEnd;
            double offset = ChronoUnit.DAYS.between(first, a.startsOn()) * 100 / span;
            double width = Math.max(1, (ChronoUnit.DAYS.between(a.startsOn(), end) + 1) * 100 / span);
            return new TimelineBar(a, Math.round(offset * 10) / 10.0, Math.round(Math.min(width, 100 - offset) * 10) / 10.0);
        }).toList();
    }

    private void requireKeeper(CurrentUser user) {
        if (!projects.mayManageRegistry(user)) {
            throw new ForbiddenException("Only a PMO lead or an admin keeps the project registry.");
        }
    }

    private static void addChoices(Model model) {
        model.addAttribute("types", ProjectType.values());
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("methodologies", Methodology.values());
        model.addAttribute("bands", BudgetBand.values());
    }

    /** The project form as a browser posts it; tags come comma-separated. */
    record ProjectForm(String code, String name, ProjectType type, Methodology methodology, BudgetBand budgetBand,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, ProjectStatus status, String sponsor,
            Long pmId, String description, String tags) {

        static ProjectForm empty() {
            return new ProjectForm(null, null, null, null, null, LocalDate.now(), null, ProjectStatus.ACTIVE, null, null,
                    null, null);
        }

        static ProjectForm of(ProjectView p) {
            return new ProjectForm(p.code(), p.name(), p.type(), p.methodology(), p.budgetBand(), p.startsOn(), p.endsOn(),
                    p.status(), p.sponsor(), p.pmId(), p.description(), String.join(", ", p.tags()));
        }

        ProjectCommand command(Long version) {
            var tagSet = new LinkedHashSet<String>();
            if (tags != null) {
                Arrays.stream(tags.split(",")).map(String::trim).filter(t -> !t.isEmpty()).forEach(tagSet::add);
            }
            return new ProjectCommand(code, name, type, methodology, budgetBand, startsOn, endsOn, status, sponsor, pmId,
                    description, tagSet, version);
        }
    }
}
