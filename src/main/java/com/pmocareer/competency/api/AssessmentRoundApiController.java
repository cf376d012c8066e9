package com.pmocareer.competency.api;

import com.pmocareer.competency.AssessmentRounds;
import com.pmocareer.competency.RoundAnswer;
import com.pmocareer.competency.RoundCommand;
import com.pmocareer.competency.RoundResult;
import com.pmocareer.competency.RoundView;
import com.pmocareer.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "360 rounds", description = "Multi-rater assessment rounds with anonymous peer feedback")
class AssessmentRoundApiController {

    private final AssessmentRounds rounds;

    AssessmentRoundApiController(AssessmentRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping("/api/v1/people/{id}/assessment-rounds")
    @Operation(summary = "A person's 360 rounds the caller may see")
    List<RoundView> forPerson(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return rounds.forPerson(user, id);
    }

    @PostMapping("/api/v1/people/{id}/assessment-rounds")
    @Operation(summary = "Open a 360 round for a person and invite raters (the person's lead or ADMIN)")
    ResponseEntity<RoundView> open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody RoundCommand command) {
        RoundView opened = rounds.open(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/assessment-rounds/" + opened.id())).body(opened);
    }

    @GetMapping("/api/v1/assessment-rounds/invitations")
    @Operation(summary = "Open rounds where the caller still owes an answer")
    List<RoundView> invitations(@AuthenticationPrincipal CurrentUser user) {
        return rounds.invitations(user);
    }

    @GetMapping("/api/v1/assessment-rounds/{roundId}")
    @Operation(summary = "One round, for its managers and its raters")
    RoundView get(@AuthenticationPrincipal CurrentUser user, @PathVariable long roundId) {
        return rounds.get(user, roundId);
    }

    @PostMapping("/api/v1/assessment-rounds/{roundId}/answers")
    @Operation(summary = "Answer a round you are invited to, once; a missing level means 'cannot judge'")
    RoundView answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long roundId,
            @RequestBody List<@Valid RoundAnswer> answers) {
        return rounds.answer(user, roundId, answers);
    }

    @PostMapping("/api/v1/assessment-rounds/{roundId}/close")
    @Operation(summary = "Close a round (its manager); its ratings then count and the person sees the result")
    RoundView close(@AuthenticationPrincipal CurrentUser user, @PathVariable long roundId,
            @Valid @RequestBody CloseRequest request) {
        return rounds.close(user, roundId, request.version());
    }

    @GetMapping("/api/v1/assessment-rounds/{roundId}/result")
    @Operation(summary = "The aggregated result of a closed round (the person and their lead); peers anonymous, shown from 3 answers")
    RoundResult result(@AuthenticationPrincipal CurrentUser user, @PathVariable long roundId) {
        return rounds.result(user, roundId);
    }

    record CloseRequest(@NotNull Long version) {
    }
}
