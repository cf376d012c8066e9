package com.pmocareer.experience.api;

import com.pmocareer.experience.ArtifactType;
import com.pmocareer.experience.ArtifactViews.ArtifactCommand;
import com.pmocareer.experience.ArtifactViews.ArtifactView;
import com.pmocareer.experience.ArtifactViews.Criterion;
import com.pmocareer.experience.ArtifactViews.ReviewCommand;
import com.pmocareer.experience.ArtifactViews.Rubric;
import com.pmocareer.experience.Artifacts;
import com.pmocareer.experience.Rubrics;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Experience: work products", description = "Artifacts in versions, reviewed against a rubric")
class ArtifactApiController {

    private final Artifacts artifacts;
    private final Rubrics rubrics;

    ArtifactApiController(Artifacts artifacts, Rubrics rubrics) {
        this.artifacts = artifacts;
        this.rubrics = rubrics;
    }

    @PostMapping(value = "/api/v1/people/{id}/artifacts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit an own work product for review: PDF, DOCX, XLSX or MD up to 10 MB, with type, title, "
            + "optional project and note; the mentor (or else the line manager) is asked to review it")
    ResponseEntity<ArtifactView> submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) ArtifactType type, @RequestParam(required = false) String title,
            @RequestParam(required = false) Long projectId, @RequestParam(required = false) String note,
            @RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
        ArtifactView created = artifacts.submit(user, id, new ArtifactCommand(type, title, projectId, note),
                UploadedFile.of(file, "work-product"));
        return ResponseEntity.created(URI.create("/api/v1/artifacts/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/people/{id}/artifacts")
    @Operation(summary = "A person's work products, latest change first")
    List<ArtifactView> of(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return artifacts.of(user, id);
    }

    @GetMapping("/api/v1/artifacts/to-review")
    @Operation(summary = "Work products waiting for the caller's review (as current mentor or lead)")
    List<ArtifactView> toReview(@AuthenticationPrincipal CurrentUser user) {
        return artifacts.toReview(user);
    }

    @GetMapping("/api/v1/artifacts/{id}")
    @Operation(summary = "A work product with every version and review")
    ArtifactView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return artifacts.get(user, id);
    }

    @PostMapping(value = "/api/v1/artifacts/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the next version after a revision was requested (the author)")
    ArtifactView revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String note, @RequestPart(value = "file", required = false) MultipartFile file)
            throws IOException {
        return artifacts.revise(user, id, note, UploadedFile.of(file, "work-product"));
    }

    @GetMapping("/api/v1/artifacts/{id}/versions/{number}/file")
    @Operation(summary = "Download a version's file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number) {
        return artifacts.file(user, id, number).asAttachment();
    }

    @PostMapping("/api/v1/artifacts/{id}/reviews")
    @Operation(summary = "Review the latest version: every rubric criterion scored 1–4 with an optional comment, and "
            + "APPROVED or REVISION_REQUESTED (with a summary of what to revise)")
    ResponseEntity<ArtifactView> review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ReviewCommand command) {
        return ResponseEntity.status(201).body(artifacts.review(user, id, command));
    }

    @GetMapping("/api/v1/rubrics")
    @Operation(summary = "The review rubric of every type of work product")
    List<Rubric> rubrics() {
        return rubrics.all();
    }

    @PutMapping("/api/v1/rubrics/{type}")
    @Operation(summary = "Replace a type's rubric (ADMIN): 1–10 criteria with code, name and guidance")
    Rubric saveRubric(@AuthenticationPrincipal CurrentUser user, @PathVariable ArtifactType type,
            @RequestBody List<Criterion> criteria) {
        return rubrics.save(user, type, criteria);
    }
}
