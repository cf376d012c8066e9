package com.pmocareer.mentoring.api;

import com.pmocareer.mentoring.JournalViews.ActionView;
import com.pmocareer.mentoring.JournalViews.AgreementCommand;
import com.pmocareer.mentoring.JournalViews.CloseOutCommand;
import com.pmocareer.mentoring.JournalViews.FeedbackCommand;
import com.pmocareer.mentoring.JournalViews.FeedbackView;
import com.pmocareer.mentoring.JournalViews.MentorshipPage;
import com.pmocareer.mentoring.JournalViews.SessionCommand;
import com.pmocareer.mentoring.JournalViews.SessionView;
import com.pmocareer.mentoring.MentoringJournal;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mentoring", description = "Mentor–mentee relationships")
@RequestMapping("/api/v1/mentorships")
class MentorshipApiController {

    private final Mentorships mentorships;
    private final MentoringJournal journal;

    MentorshipApiController(Mentorships mentorships, MentoringJournal journal) {
        this.mentorships = mentorships;
        this.journal = journal;
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

    @GetMapping("/{id}/journal")
    @Operation(summary = "Agreement, sessions with action items, feedback and close-out; session notes only for the pair")
    MentorshipPage journal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return journal.page(user, id);
    }

    @PutMapping("/{id}/agreement")
    @Operation(summary = "Set the agreement: goals, linked development-plan goals, cadence in days, planned end (the pair)")
    MentorshipPage agree(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody AgreementCommand command) {
        return journal.agree(user, id, command);
    }

    @PostMapping("/{id}/sessions")
    @Operation(summary = "Log or plan a session with topics, private notes and action items (the pair)")
    ResponseEntity<SessionView> logSession(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody SessionCommand command) {
        SessionView session = journal.logSession(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/mentorships/" + id + "/journal")).body(session);
    }

    @PostMapping("/{id}/feedback")
    @Operation(summary = "Rate a session or a month, 1–5 with a comment; once each (the pair)")
    ResponseEntity<FeedbackView> feedback(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody FeedbackCommand command) {
        return ResponseEntity.status(201).body(journal.giveFeedback(user, id, command));
    }

    @PostMapping("/{id}/close-out")
    @Operation(summary = "Write the close-out review and end the mentorship today (the pair or the mentee's lead)")
    MentorshipPage closeOut(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody CloseOutCommand command) {
        return journal.closeOut(user, id, command);
    }

    @PostMapping("/actions/{actionId}/done")
    @Operation(summary = "Tick off (done=true) or reopen an action item (the pair)")
    ActionView actionDone(@AuthenticationPrincipal CurrentUser user, @PathVariable long actionId,
            @RequestParam(defaultValue = "true") boolean done) {
        return journal.setActionDone(user, actionId, done);
    }

    @PostMapping("/{id}/end")
    @Operation(summary = "End a mentorship today (PMO_LEAD, ADMIN)")
    MentorshipView end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return mentorships.end(user, id);
    }
}
