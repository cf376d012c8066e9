package com.pmocareer.experience.api;

import com.pmocareer.experience.ImportViews.ConnectionCommand;
import com.pmocareer.experience.ImportViews.ConnectionView;
import com.pmocareer.experience.ImportViews.JiraImportCommand;
import com.pmocareer.experience.ImportViews.JiraImportResult;
import com.pmocareer.experience.ImportViews.PlanConfirmation;
import com.pmocareer.experience.ImportViews.PlanImportResult;
import com.pmocareer.experience.ImportViews.PlanPreview;
import com.pmocareer.experience.JiraImport;
import com.pmocareer.experience.MsProjectImport;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.UploadedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Experience: imports", description = "Projects and assignments from MS Project plans; Scrum ceremonies from Jira")
class ImportApiController {

    private final MsProjectImport msProject;
    private final JiraImport jira;

    ImportApiController(MsProjectImport msProject, JiraImport jira) {
        this.msProject = msProject;
        this.jira = jira;
    }

    @PostMapping(value = "/api/v1/imports/ms-project", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Preview an MS Project plan (.mpp, .mpx, MSPDI .xml): dates, phases, resources with work and the "
            + "people they match by e-mail. Writes nothing; confirm with the token (PMO_LEAD, ADMIN)")
    ResponseEntity<PlanPreview> preview(@AuthenticationPrincipal CurrentUser user,
            @RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
        PlanPreview preview = msProject.preview(user, UploadedFile.of(file, "plan"));
        return ResponseEntity.created(URI.create("/api/v1/imports/ms-project/" + preview.token())).body(preview);
    }

    @GetMapping("/api/v1/imports/ms-project/{token}")
    @Operation(summary = "The preview of an uploaded plan again")
    PlanPreview previewAgain(@AuthenticationPrincipal CurrentUser user, @PathVariable String token) {
        return msProject.preview(user, token);
    }

    @PostMapping("/api/v1/imports/ms-project/{token}")
    @Operation(summary = "Confirm: create or update the project (by code) and the mapped people's assignments with their "
            + "planned hours; all or nothing")
    PlanImportResult confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String token,
            @RequestBody PlanConfirmation confirmation) {
        return msProject.confirm(user, token, confirmation);
    }

    @GetMapping("/api/v1/jira-connections")
    @Operation(summary = "Jira connections (PMO_LEAD, ADMIN); tokens are never returned")
    List<ConnectionView> connections(@AuthenticationPrincipal CurrentUser user) {
        return jira.connections(user);
    }

    @PostMapping("/api/v1/jira-connections")
    @Operation(summary = "Add a Jira Cloud connection: base URL, account e-mail and API token (stored encrypted)")
    ResponseEntity<ConnectionView> addConnection(@AuthenticationPrincipal CurrentUser user,
            @RequestBody ConnectionCommand command) {
        ConnectionView created = jira.addConnection(user, command);
        return ResponseEntity.created(URI.create("/api/v1/jira-connections/" + created.id())).body(created);
    }

    @DeleteMapping("/api/v1/jira-connections/{id}")
    @Operation(summary = "Remove a Jira connection and its token")
    ResponseEntity<Void> removeConnection(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        jira.removeConnection(user, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/v1/imports/jira", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import the sprints of a Jira board (all pages) as Scrum ceremonies the person facilitated: "
            + "planning at the start, review and retrospective at the end; again adds nothing twice")
    JiraImportResult importBoard(@AuthenticationPrincipal CurrentUser user, @RequestBody JiraImportCommand command) {
        return jira.importBoard(user, command);
    }

    @PostMapping(value = "/api/v1/imports/jira", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The same from a CSV export of sprints (Sprint Name, State, Start Date, End Date, Complete Date); "
            + "one bad row refuses the whole file")
    JiraImportResult importCsv(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Long projectId, @RequestPart(value = "file", required = false) MultipartFile file)
            throws IOException {
        return jira.importCsv(user, personId, projectId, UploadedFile.of(file, "sprints.csv"));
    }
}
