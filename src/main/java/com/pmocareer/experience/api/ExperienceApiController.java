package com.pmocareer.experience.api;

import com.pmocareer.experience.EntryStatus;
import com.pmocareer.experience.ExperienceLog;
import com.pmocareer.experience.ExperienceViews.EntryCommand;
import com.pmocareer.experience.ExperienceViews.EntryView;
import com.pmocareer.experience.ExperienceViews.LogPage;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Experience: log", description = "Experience by process group and Scrum ceremony, confirmed by mentor or lead")
class ExperienceApiController {

    record Confirmation(Boolean accepted) {
    }

    private final ExperienceLog log;

    ExperienceApiController(ExperienceLog log) {
        this.log = log;
    }

    @GetMapping("/api/v1/people/{id}/experience")
    @Operation(summary = "A person's experience: hours by process group and ceremony, what is not practised yet, months "
            + "leading projects, and a page of entries (newest first; status filters)")
    LogPage experience(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) EntryStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return log.experience(user, id, status, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/people/{id}/experience")
    @Operation(summary = "Log own experience; the mentor and line manager are asked to confirm it")
    ResponseEntity<EntryView> logExperience(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody EntryCommand command) {
        EntryView logged = log.log(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/experience/" + logged.id())).body(logged);
    }

    @GetMapping("/api/v1/experience/{entryId}")
    @Operation(summary = "One entry of an experience log")
    EntryView entry(@AuthenticationPrincipal CurrentUser user, @PathVariable long entryId) {
        return log.get(user, entryId);
    }

    @PostMapping("/api/v1/experience/{entryId}/confirmation")
    @Operation(summary = "Confirm (accepted=true) or reject an entry: the person's lead or current mentor")
    EntryView confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable long entryId,
            @RequestBody Confirmation confirmation) {
        if (confirmation == null || confirmation.accepted() == null) {
            throw com.pmocareer.shared.InvalidInputException.of("accepted", "say true to confirm or false to reject");
        }
        return log.confirm(user, entryId, confirmation.accepted());
    }

    @DeleteMapping("/api/v1/experience/{entryId}")
    @Operation(summary = "Remove an own entry that is not confirmed")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long entryId) {
        log.remove(user, entryId);
        return ResponseEntity.noContent().build();
    }
}
