package com.pmocareer.experience.api;

import com.pmocareer.experience.LeadingMonths;
import com.pmocareer.experience.ProjectExperience;
import com.pmocareer.experience.ProjectStatus;
import com.pmocareer.experience.ProjectType;
import com.pmocareer.experience.ProjectViews.AssignmentCommand;
import com.pmocareer.experience.ProjectViews.AssignmentView;
import com.pmocareer.experience.ProjectViews.ProjectCommand;
import com.pmocareer.experience.ProjectViews.ProjectPage;
import com.pmocareer.experience.ProjectViews.ProjectQuery;
import com.pmocareer.experience.ProjectViews.ProjectView;
import com.pmocareer.experience.Projects;
import com.pmocareer.platform.CurrentUser;
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
@Tag(name = "Experience: projects", description = "The project registry and assignments")
class ProjectApiController {

    private final Projects projects;
    private final ProjectExperience experience;

    ProjectApiController(Projects projects, ProjectExperience experience) {
        this.projects = projects;
        this.experience = experience;
    }

    @GetMapping("/api/v1/projects")
    @Operation(summary = "Projects by words (code, name, sponsor), type, status and compliance tag; at most 500, newest first")
    List<ProjectView> search(@RequestParam(required = false) String q, @RequestParam(required = false) ProjectType type,
            @RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String tag) {
        return projects.search(new ProjectQuery(q, type, status, tag));
    }

    @PostMapping("/api/v1/projects")
    @Operation(summary = "Add a project to the registry (PMO_LEAD, ADMIN)")
    ResponseEntity<ProjectView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody ProjectCommand command) {
        ProjectView created = projects.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/projects/{id}")
    @Operation(summary = "A project with the part of its team the caller may see; othersOnTeam counts the rest")
    ProjectPage get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return projects.page(user, id);
    }

    @PutMapping("/api/v1/projects/{id}")
    @Operation(summary = "Edit a project (PMO_LEAD, ADMIN); send back its version, a stale one answers 409")
    ProjectView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ProjectCommand command) {
        return projects.update(user, id, command);
    }

    @PostMapping("/api/v1/projects/{id}/assignments")
    @Operation(summary = "Assign a person as observer, shadow, co-PM or PM (their PMO lead, ADMIN); one at a time per project")
    ResponseEntity<AssignmentView> assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody AssignmentCommand command) {
        AssignmentView created = projects.assign(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/assignments/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/assignments/{id}")
    @Operation(summary = "One assignment")
    AssignmentView assignment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return projects.assignment(user, id);
    }

    @PutMapping("/api/v1/assignments/{id}")
    @Operation(summary = "Change role, allocation or dates of an assignment (their PMO lead, ADMIN); send back its version")
    AssignmentView change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody AssignmentCommand command) {
        return projects.changeAssignment(user, id, command);
    }

    @GetMapping("/api/v1/people/{id}/assignments")
    @Operation(summary = "A person's assignments, newest first")
    List<AssignmentView> assignmentsOf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return projects.assignmentsOf(user, id);
    }

    @GetMapping("/api/v1/people/{id}/months-leading-projects")
    @Operation(summary = "Months leading projects as co-PM or PM, overlapping assignments counted once, with the stretches")
    LeadingMonths.Result monthsLeading(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return experience.monthsLeading(user, id);
    }
}
