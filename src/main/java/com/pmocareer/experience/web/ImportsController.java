package com.pmocareer.experience.web;

import com.pmocareer.experience.AssignmentRole;
import com.pmocareer.experience.BudgetBand;
import com.pmocareer.experience.ImportViews.ConnectionCommand;
import com.pmocareer.experience.ImportViews.JiraImportCommand;
import com.pmocareer.experience.ImportViews.JiraImportResult;
import com.pmocareer.experience.ImportViews.PlanConfirmation;
import com.pmocareer.experience.ImportViews.PlanImportResult;
import com.pmocareer.experience.ImportViews.PlanPreview;
import com.pmocareer.experience.ImportViews.PlanResource;
import com.pmocareer.experience.ImportViews.ResourceMapping;
import com.pmocareer.experience.JiraImport;
import com.pmocareer.experience.Methodology;
import com.pmocareer.experience.MsProjectImport;
import com.pmocareer.experience.ProjectType;
import com.pmocareer.experience.Projects;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The MS Project import wizard (upload, preview and mapping, confirm) and the Jira page (connections, imports). */
@Controller
class ImportsController {

    private final MsProjectImport msProject;
    private final JiraImport jira;
    private final Projects projects;
    private final PersonDirectory directory;

    ImportsController(MsProjectImport msProject, JiraImport jira, Projects projects, PersonDirectory directory) {
        this.msProject = msProject;
        this.jira = jira;
        this.projects = projects;
        this.directory = directory;
    }

    @GetMapping("/imports/ms-project")
    String upload(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!projects.mayManageRegistry(user)) {
            throw new com.pmocareer.shared.ForbiddenException("Only a PMO lead or an admin imports MS Project plans.");
        }
        model.addAttribute("preview", null);
        return "experience/import-ms-project";
    }

    @PostMapping("/imports/ms-project")
    String preview(@AuthenticationPrincipal CurrentUser user, @RequestParam(value = "file", required = false) MultipartFile file,
            Model model) throws IOException {
        try {
            return showPreview(user, msProject.preview(user, UploadedFile.of(file, "plan")), model);
        } catch (InvalidInputException refused) {
            model.addAttribute("warning", ExperiencePages.OUTCOMES.refusal(refused));
            model.addAttribute("preview", null);
            return "experience/import-ms-project";
        }
    }

    @GetMapping("/imports/ms-project/{token}")
    String previewAgain(@AuthenticationPrincipal CurrentUser user, @PathVariable String token, Model model) {
        return showPreview(user, msProject.preview(user, token), model);
    }

    /** The mapping form sends person_RESOURCEID and role_RESOURCEID per resource. */
    @PostMapping("/imports/ms-project/{token}")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String token, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, @RequestParam(required = false) ProjectType type,
            @RequestParam(required = false) Methodology methodology, @RequestParam(required = false) BudgetBand budgetBand,
            HttpServletRequest request, RedirectAttributes redirect) {
        PlanPreview preview = msProject.preview(user, token);
        try {
            PlanImportResult result = msProject.confirm(user, token, new PlanConfirmation(code, name, type, methodology,
                    budgetBand, mappings(preview, request)));
            redirect.addFlashAttribute("success", (result.projectCreated() ? "Created " : "Updated ") + result.projectCode()
                    + " from the plan: " + result.assignmentsCreated() + " new and " + result.assignmentsUpdated()
                    + " updated assignments.");
            return "redirect:/projects/" + result.projectId();
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("warning", ExperiencePages.OUTCOMES.refusal(refused));
            return "redirect:/imports/ms-project/" + token;
        }
    }

    /** The mapping form's person_RESOURCEID and role_RESOURCEID; a value no form offers is refused, not a 500. */
    private static java.util.List<ResourceMapping> mappings(PlanPreview preview, HttpServletRequest request) {
        var mappings = new ArrayList<ResourceMapping>();
        for (PlanResource resource : preview.resources()) {
            String person = request.getParameter("person_" + resource.resourceId());
            String role = request.getParameter("role_" + resource.resourceId());
            if (person == null || person.isBlank()) {
                continue;
            }
            try {
                mappings.add(new ResourceMapping(resource.resourceId(), Long.valueOf(person.trim()),
                        role == null || role.isBlank() ? null : AssignmentRole.valueOf(role.trim())));
            } catch (IllegalArgumentException unknown) {
                throw InvalidInputException.of("mappings", resource.name() + " is mapped to something that is not a person and role");
            }
        }
        return mappings;
    }

    private String showPreview(CurrentUser user, PlanPreview preview, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("people", directory.summaries(user, null, null));
        model.addAttribute("roles", AssignmentRole.values());
        model.addAttribute("types", ProjectType.values());
        model.addAttribute("methodologies", Methodology.values());
        model.addAttribute("bands", BudgetBand.values());
        return "experience/import-ms-project";
    }

    @GetMapping("/imports/jira")
    String jiraPage(@AuthenticationPrincipal CurrentUser user, Model model) {
        boolean manages = user.isLead() || user.isAdmin();
        model.addAttribute("manages", manages);
        model.addAttribute("connections", manages ? jira.connections(user) : java.util.List.of());
        model.addAttribute("people", manages ? directory.summaries(user, null, null) : java.util.List.of());
        model.addAttribute("assignments", projects.assignmentsOf(user, user.personId()));
        return "experience/import-jira";
    }

    @PostMapping("/imports/jira/connections")
    String addConnection(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) String baseUrl, @RequestParam(required = false) String accountEmail,
            @RequestParam(required = false) String apiToken, RedirectAttributes redirect) {
        return ExperiencePages.OUTCOMES.attempt(redirect, "/imports/jira", () ->
                "Saved the connection " + jira.addConnection(user, new ConnectionCommand(name, baseUrl, accountEmail, apiToken)).name()
                        + "; its token is stored encrypted and never shown again.");
    }

    @PostMapping("/imports/jira/connections/{id}/remove")
    String removeConnection(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        jira.removeConnection(user, id);
        redirect.addFlashAttribute("success", "Removed the connection.");
        return "redirect:/imports/jira";
    }

    @PostMapping("/imports/jira/board")
    String importBoard(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long connectionId,
            @RequestParam(required = false) Long boardId, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Long projectId, RedirectAttributes redirect) {
        return ExperiencePages.OUTCOMES.attempt(redirect, "/imports/jira", () ->
                described(jira.importBoard(user, new JiraImportCommand(connectionId, boardId, personId, projectId))));
    }

    @PostMapping("/imports/jira/csv")
    String importCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Long projectId, @RequestParam(value = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        UploadedFile upload = UploadedFile.of(file, "sprints.csv");
        return ExperiencePages.OUTCOMES.attempt(redirect, "/imports/jira", () ->
                described(jira.importCsv(user, personId == null ? user.personId() : personId, projectId, upload)));
    }

    private static String described(JiraImportResult result) {
        return "Read " + result.sprints() + " sprints: " + result.entriesAdded() + " ceremonies added to the experience log"
                + (result.entriesAlreadyThere() > 0 ? ", " + result.entriesAlreadyThere() + " were there already" : "")
                + ". They count once the mentor or lead confirms them.";
    }
}
