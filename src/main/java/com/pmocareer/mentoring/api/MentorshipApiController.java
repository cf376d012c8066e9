package com.pmocareer.mentoring.api;

import com.pmocareer.mentoring.MentorshipCommand;
import com.pmocareer.mentoring.MentorshipView;
import com.pmocareer.mentoring.Mentorships;
import com.pmocareer.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mentoring", description = "Mentor–mentee relationships")
@RequestMapping("/api/v1/mentorships")
class MentorshipApiController {

    private final Mentorships mentorships;

    MentorshipApiController(Mentorships mentorships) {
        this.mentorships = mentorships;
    }

    @GetMapping
    @Operation(summary = "Mentorships the caller may see (own, or of the people a lead sees); current ones unless all=true")
    List<MentorshipView> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "false") boolean all) {
        return mentorships.list(user, !all);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One mentorship")
    MentorshipView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return mentorships.get(user, id);
    }

    @PostMapping
    @Operation(summary = "Pair a mentor with a mentee (PMO_LEAD for their unit, ADMIN); one current mentor per mentee")
    ResponseEntity<MentorshipView> start(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody MentorshipCommand command) {
        MentorshipView created = mentorships.start(user, command);
        return ResponseEntity.created(URI.create("/api/v1/mentorships/" + created.id())).body(created);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a mentorship today (PMO_LEAD, ADMIN)")
    MentorshipView end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return mentorships.end(user, id);
    }
}
