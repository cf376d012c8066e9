package com.pmocareer.onboarding.web;

import com.pmocareer.onboarding.DocumentKind;
import com.pmocareer.onboarding.DocumentViews.DocumentCommand;
import com.pmocareer.onboarding.DocumentViews.VersionCommand;
import com.pmocareer.onboarding.PmoDocuments;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The PMO document library: read, download and acknowledge; admins add documents and publish versions. */
@Controller
class DocumentsController {

    private final PmoDocuments documents;

    DocumentsController(PmoDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/documents")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("documents", documents.list(user));
        model.addAttribute("kinds", DocumentKind.values());
        return "onboarding/documents";
    }

    @PostMapping("/documents")
    String create(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String title,
            @RequestParam(required = false) DocumentKind kind, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        try {
            var created = documents.create(user, new DocumentCommand(title, kind, description));
            redirect.addFlashAttribute("success", "\"" + created.title() + "\" is in the library. Publish its first version.");
            return "redirect:/documents/" + created.id();
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("warning", Outcomes.refusal(refused));
            return "redirect:/documents";
        }
    }

    @GetMapping("/documents/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("detail", documents.get(user, id));
        return "onboarding/document";
    }

    @PostMapping("/documents/{id}/versions")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String linkUrl, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String changeNote, RedirectAttributes redirect) throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        try {
            var version = documents.publish(user, id, new VersionCommand(hasFile ? null : linkUrl,
                    hasFile ? file.getOriginalFilename() : null, hasFile ? file.getContentType() : null,
                    hasFile ? file.getBytes() : null, changeNote));
            redirect.addFlashAttribute("success", "Version " + version.number() + " is published; earlier readers are asked to acknowledge it.");
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("warning", Outcomes.refusal(refused));
        }
        return "redirect:/documents/" + id;
    }

    @GetMapping("/documents/{id}/versions/{number}/download")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable int number) {
        var file = documents.content(user, id, number);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @PostMapping("/documents/{id}/acknowledge")
    String acknowledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            var document = documents.acknowledge(user, id);
            redirect.addFlashAttribute("success", "You acknowledged version " + document.latest().number() + " of \"" + document.title() + "\".");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("warning", refused.getMessage());
        }
        return "redirect:" + (back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/documents/" + id);
    }
}
