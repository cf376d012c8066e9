package com.pmocareer.mentoring.api;

import com.pmocareer.mentoring.MatchWeights;
import com.pmocareer.mentoring.MatchingProposals;
import com.pmocareer.mentoring.MentorProfiles;
import com.pmocareer.mentoring.MentoringViews.MentorProfileCommand;
import com.pmocareer.mentoring.MentoringViews.MentorProfileView;
import com.pmocareer.mentoring.MentoringViews.PreferenceCommand;
import com.pmocareer.mentoring.MentoringViews.PreferenceView;
import com.pmocareer.mentoring.MentoringViews.ProposalView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Mentoring: profiles and matching", description = "Mentor profiles, junior preferences, optimal matching proposals")
class MatchingApiController {

    record PairChange(Long mentorId) {
    }

    record Swap(Long menteeId, Long otherMenteeId) {
    }

    private final MentorProfiles profiles;
    private final MatchingProposals proposals;

    MatchingApiController(MentorProfiles profiles, MatchingProposals proposals) {
        this.profiles = profiles;
        this.proposals = proposals;
    }

    @GetMapping("/api/v1/mentors")
    @Operation(summary = "Every mentor's profile: strengths, capacity and room, languages, time zone")
    List<MentorProfileView> mentors() {
        return profiles.allMentors();
    }

    @GetMapping("/api/v1/mentors/{personId}/profile")
    @Operation(summary = "A mentor's profile; strengths come from their assessed levels 4–5 until edited")
    MentorProfileView profile(@PathVariable long personId) {
        return profiles.profile(personId);
    }

    @PutMapping("/api/v1/mentors/{personId}/profile")
    @Operation(summary = "Edit an own mentor profile (an admin may edit any); strengths: competency codes")
    MentorProfileView saveProfile(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @RequestBody MentorProfileCommand command) {
        return profiles.save(user, personId, command);
    }

    @GetMapping("/api/v1/people/{id}/mentoring-preferences")
    @Operation(summary = "A junior's languages, time zone and topics for matching")
    PreferenceView preferences(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return profiles.preferences(user, id);
    }

    @PutMapping("/api/v1/people/{id}/mentoring-preferences")
    @Operation(summary = "Set own matching preferences (or a junior's, as their lead)")
    PreferenceView savePreferences(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody PreferenceCommand command) {
        return profiles.savePreferences(user, id, command);
    }

    @GetMapping("/api/v1/mentoring/weights")
    @Operation(summary = "The weights of the match score")
    MatchWeights weights() {
        return proposals.weights();
    }

    @PutMapping("/api/v1/mentoring/weights")
    @Operation(summary = "Set the weights of the match score (ADMIN); each 0–100, not all 0")
    MatchWeights saveWeights(@AuthenticationPrincipal CurrentUser user, @RequestBody MatchWeights weights) {
        return proposals.saveWeights(user, weights);
    }

    @PostMapping("/api/v1/mentoring/matching")
    @Operation(summary = "Propose mentors for the unmatched juniors the caller sees (PMO_LEAD, ADMIN): most juniors "
            + "matched, then the highest total score, within capacities and never the line manager; with the greedy "
            + "baseline's score for comparison")
    ResponseEntity<ProposalView> propose(@AuthenticationPrincipal CurrentUser user) {
        ProposalView proposal = proposals.propose(user);
        return ResponseEntity.created(URI.create("/api/v1/mentoring/proposals/" + proposal.id())).body(proposal);
    }

    @GetMapping("/api/v1/mentoring/proposals")
    @Operation(summary = "The latest proposals the caller may see (PMO_LEAD, ADMIN)")
    List<ProposalView> recent(@AuthenticationPrincipal CurrentUser user) {
        return proposals.recent(user);
    }

    @GetMapping("/api/v1/mentoring/proposals/{id}")
    @Operation(summary = "One proposal: pairs with scores and reasons, mentors with their room")
    ProposalView proposal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return proposals.get(user, id);
    }

    @PutMapping("/api/v1/mentoring/proposals/{id}/pairs/{menteeId}")
    @Operation(summary = "Give a junior of a draft another mentor (mentorId) or none (null); re-checked against the hard rules")
    ProposalView change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long menteeId,
            @RequestBody PairChange change) {
        return proposals.assign(user, id, menteeId, change == null ? null : change.mentorId());
    }

    @PostMapping("/api/v1/mentoring/proposals/{id}/swap")
    @Operation(summary = "Two juniors of a draft exchange mentors")
    ProposalView swap(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody Swap swap) {
        if (swap == null || swap.menteeId() == null || swap.otherMenteeId() == null) {
            throw InvalidInputException.of("menteeId", "name both juniors: menteeId and otherMenteeId");
        }
        return proposals.swap(user, id, swap.menteeId(), swap.otherMenteeId());
    }

    @PostMapping("/api/v1/mentoring/proposals/{id}/publish")
    @Operation(summary = "Publish a draft: the mentorships start today and juniors and mentors are notified")
    ProposalView publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return proposals.publish(user, id);
    }
}
