package com.pmocareer.onboarding.api;

import com.pmocareer.onboarding.DocumentViews.DocumentCommand;
import com.pmocareer.onboarding.DocumentViews.DocumentDetail;
import com.pmocareer.onboarding.DocumentViews.DocumentView;
import com.pmocareer.onboarding.DocumentViews.VersionCommand;
import com.pmocareer.onboarding.DocumentViews.VersionView;
import com.pmocareer.onboarding.PmoDocuments;
import com.pmocareer.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "PMO documents", description = "Handbook, methodology guide, templates: versions and acknowledgements")
@RequestMapping("/api/v1/documents")
class DocumentApiController {

    record LinkVersion(String linkUrl, String changeNote) {
    }

    private final PmoDocuments documents;

    DocumentApiController(PmoDocuments documents) {
        this.documents = documents;
    }

    @GetMapping
    @Operation(summary = "The library, with the caller's acknowledgement of each document")
    List<DocumentView> list(@AuthenticationPrincipal CurrentUser user) {
        return documents.list(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A document with its versions; leads and admins also see who acknowledged which version")
    DocumentDetail get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return documents.get(user, id);
    }

    @PostMapping
    @Operation(summary = "Add a document to the library (ADMIN); publish its first version next")
    ResponseEntity<DocumentView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody DocumentCommand command) {
        DocumentView created = documents.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id())).body(created);
    }

    @PostMapping(value = "/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publish the next version as a link (ADMIN); earlier acknowledgers are asked to acknowledge again")
    ResponseEntity<VersionView> publishLink(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody LinkVersion body) {
        return created(id, documents.publish(user, id, new VersionCommand(body.linkUrl(), null, null, null, body.changeNote())));
    }

    @PostMapping(value = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Publish the next version as a file: PDF, DOCX, XLSX, PPTX, MD or TXT up to 10 MB (ADMIN)")
    ResponseEntity<VersionView> publishFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestPart("file") MultipartFile file, @RequestParam(required = false) String changeNote) throws IOException {
        return created(id, documents.publish(user, id, new VersionCommand(null, file.getOriginalFilename(),
                file.getContentType(), file.getBytes(), changeNote)));
    }

    @GetMapping("/{id}/versions/{number}/content")
    @Operation(summary = "Download an uploaded version")
    ResponseEntity<byte[]> content(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number) {
        var file = documents.content(user, id, number);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping("/{id}/acknowledgements")
    @Operation(summary = "The caller acknowledges the newest version; again changes nothing")
    DocumentView acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return documents.acknowledge(user, id);
    }

    private static ResponseEntity<VersionView> created(long id, VersionView version) {
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/versions/" + version.number())).body(version);
    }
}
