package com.pmocareer.competency.api;

import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.competency.Framework;
import com.pmocareer.competency.FrameworkDocument;
import com.pmocareer.competency.FrameworkVersionSummary;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Competency framework", description = "Versioned framework: areas, competencies, level indicators")
@RequestMapping("/api/v1/competency-framework")
class FrameworkApiController {

    private final CompetencyFramework framework;

    FrameworkApiController(CompetencyFramework framework) {
        this.framework = framework;
    }

    @GetMapping
    @Operation(summary = "The current framework: areas, competencies, Talent Triangle category, indicators for levels 1–5")
    Framework current() {
        return framework.current();
    }

    @GetMapping("/versions")
    @Operation(summary = "Every published version, newest first, with how many assessments each carries")
    List<FrameworkVersionSummary> versions() {
        return framework.history();
    }

    @GetMapping("/versions/{number}")
    @Operation(summary = "One published version")
    Framework version(@PathVariable int number) {
        return framework.version(number);
    }

    @GetMapping("/export")
    @Operation(summary = "The current framework (or version N) as a JSON or CSV file")
    ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) Integer version) {
        return framework.exportFile(format, version);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a JSON framework as the draft, or as the next version with publish=true (ADMIN); all or nothing")
    ResponseEntity<Framework> importJson(@AuthenticationPrincipal CurrentUser user, @RequestBody String json,
            @RequestParam(defaultValue = "false") boolean publish) {
        return created(framework.importJson(user, json, publish));
    }

    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Import a CSV framework (one row per competency) as the draft or, with publish=true, the next version (ADMIN)")
    ResponseEntity<Framework> importCsv(@AuthenticationPrincipal CurrentUser user, @RequestBody String csv,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean publish) {
        return created(framework.importCsv(user, name, csv, publish));
    }

    @GetMapping("/draft")
    @Operation(summary = "The draft being edited (ADMIN); its version is sent back with every change")
    DraftResponse draft(@AuthenticationPrincipal CurrentUser user) {
        var draft = framework.draft(user).orElseThrow(() -> new NotFoundException("Framework draft", "draft"));
        return new DraftResponse(draft.number(), draft.document(), framework.draftVersion(user));
    }

    @PostMapping("/draft")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft from the current version (ADMIN); 409 when one is open")
    DraftResponse startDraft(@AuthenticationPrincipal CurrentUser user) {
        var draft = framework.startDraft(user);
        return new DraftResponse(draft.number(), draft.document(), framework.draftVersion(user));
    }

    @PutMapping("/draft")
    @Operation(summary = "Replace the draft's content (ADMIN); every rule is checked, a stale version answers 409")
    DraftResponse saveDraft(@AuthenticationPrincipal CurrentUser user, @RequestBody DraftRequest request) {
        var draft = framework.saveDraft(user, request.framework(), request.version());
        return new DraftResponse(draft.number(), draft.document(), framework.draftVersion(user));
    }

    @PostMapping("/draft/publish")
    @Operation(summary = "Publish the draft as the next version (ADMIN); earlier assessments stay on their version")
    Framework publish(@AuthenticationPrincipal CurrentUser user, @RequestBody PublishRequest request) {
        return framework.publish(user, request.note(), request.version());
    }

    @DeleteMapping("/draft")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Discard the draft (ADMIN)")
    void discard(@AuthenticationPrincipal CurrentUser user) {
        framework.discardDraft(user);
    }

    /** The draft in the shape PUT takes back; {@code number} is the version it becomes when published. */
    record DraftResponse(int number, FrameworkDocument framework, long version) {
    }

    record DraftRequest(FrameworkDocument framework, long version) {
    }

    record PublishRequest(String note, long version) {
    }

    private static ResponseEntity<Framework> created(Framework imported) {
        return ResponseEntity.created(URI.create(imported.draft() ? "/api/v1/competency-framework/draft"
                : "/api/v1/competency-framework/versions/" + imported.number())).body(imported);
    }
}
