package com.pmocareer.mentoring.web;

import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.mentoring.MatchWeights;
import com.pmocareer.mentoring.MatchingProposals;
import com.pmocareer.mentoring.MentorProfiles;
import com.pmocareer.mentoring.MentoringViews.MentorProfileCommand;
import com.pmocareer.mentoring.MentoringViews.MentorProfileView;
import com.pmocareer.mentoring.MentoringViews.PreferenceCommand;
import com.pmocareer.mentoring.MentoringViews.ProposalStatus;
import com.pmocareer.mentoring.MentoringViews.ProposalView;
import com.pmocareer.mentoring.MentoringViews.Strength;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mentor directory and profiles, a junior's matching preferences, and the lead's matching board. */
@Controller
class MatchingController {

    private final MentorProfiles profiles;
    private final MatchingProposals proposals;
    private final CompetencyFramework framework;

    MatchingController(MentorProfiles profiles, MatchingProposals proposals, CompetencyFramework framework) {
        this.profiles = profiles;
        this.proposals = proposals;
        this.framework = framework;
    }

    @GetMapping("/mentors")
    String mentors(Model model) {
        model.addAttribute("mentors", profiles.allMentors());
        return "mentoring/mentors";
    }

    @GetMapping("/mentors/{id}")
    String mentor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        MentorProfileView profile = profiles.profile(id);
        model.addAttribute("p", profile);
        model.addAttribute("mayEdit", user.personId() == id || user.isAdmin());
        model.addAttribute("competencies", framework.current().competencies());
        model.addAttribute("strong", profile.strengths().stream().map(Strength::code).toList());
        return "mentoring/mentor";
    }

    @GetMapping("/mentors/me")
    String myProfile(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/mentors/" + user.personId();
    }

    @PostMapping("/mentors/{id}")
    String saveProfile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) Integer capacity, @RequestParam(required = false) String availability,
            @RequestParam(required = false) String languages, @RequestParam(required = false) String timeZone,
            @RequestParam(required = false) String location, @RequestParam(defaultValue = "false") boolean crossTeamWelcome,
            @RequestParam(required = false) String topics, @RequestParam(required = false) List<String> strengths,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentors/" + id, () -> {
            profiles.save(user, id, new MentorProfileCommand(capacity, availability, list(languages), timeZone, location,
                    crossTeamWelcome, topics, strengths == null ? List.of() : strengths, version));
            return "Saved the mentor profile.";
        });
    }

    @GetMapping("/mentoring/preferences")
    String preferences(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("preferences", profiles.preferences(user, user.personId()));
        return "mentoring/preferences";
    }

    @PostMapping("/mentoring/preferences")
    String savePreferences(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String languages,
            @RequestParam(required = false) String timeZone, @RequestParam(required = false) String topics,
            RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentoring/preferences", () -> {
            profiles.savePreferences(user, user.personId(), new PreferenceCommand(list(languages), timeZone, topics));
            return "Saved. The next matching takes them into account.";
        });
    }

    @GetMapping("/mentoring/matching")
    String board(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long proposal, Model model) {
        requireLeadOrAdmin(user);
        List<ProposalView> recent = proposals.recent(user);
        ProposalView shown = proposal != null ? proposals.get(user, proposal)
                : recent.stream().filter(p -> p.status() == ProposalStatus.DRAFT).findFirst().orElse(null);
        model.addAttribute("proposal", shown);
        model.addAttribute("recent", recent);
        model.addAttribute("weights", proposals.weights());
        return "mentoring/matching";
    }

    @PostMapping("/mentoring/matching")
    String propose(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        ProposalView made = proposals.propose(user);
        redirect.addFlashAttribute("success", "Proposed mentors for " + made.matched() + " of " + made.juniorsConsidered()
                + " juniors without a mentor. Review the pairs, then publish.");
        return "redirect:/mentoring/matching?proposal=" + made.id();
    }

    @PostMapping("/mentoring/proposals/{id}/pairs/{menteeId}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long menteeId,
            @RequestParam(required = false) Long mentorId, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentoring/matching?proposal=" + id, () -> {
            proposals.assign(user, id, menteeId, mentorId);
            return mentorId == null ? "Removed the pair." : "Changed the mentor.";
        });
    }

    @PostMapping("/mentoring/proposals/{id}/swap")
    String swap(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long menteeId,
            @RequestParam(required = false) Long otherMenteeId, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentoring/matching?proposal=" + id, () -> {
            if (menteeId == null || otherMenteeId == null) {
                throw com.pmocareer.shared.InvalidInputException.of("otherMenteeId", "choose two juniors");
            }
            proposals.swap(user, id, menteeId, otherMenteeId);
            return "Swapped their mentors.";
        });
    }

    @PostMapping("/mentoring/proposals/{id}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentoring/matching?proposal=" + id, () -> {
            ProposalView published = proposals.publish(user, id);
            return "Published: " + published.matched() + " mentorships start today; juniors and mentors were notified.";
        });
    }

    @PostMapping("/mentoring/weights")
    String weights(@AuthenticationPrincipal CurrentUser user, @RequestParam int gapCoverage, @RequestParam int language,
            @RequestParam int timeZone, @RequestParam int crossTeam, RedirectAttributes redirect) {
        return MentoringPages.OUTCOMES.attempt(redirect, "/mentoring/matching", () -> {
            proposals.saveWeights(user, new MatchWeights(gapCoverage, language, timeZone, crossTeam));
            return "Saved the weights; they apply to the next proposal.";
        });
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static void requireLeadOrAdmin(CurrentUser user) {
        if (!user.isLead() && !user.isAdmin()) {
            throw new ForbiddenException("Only a PMO lead or an admin matches juniors with mentors.");
        }
    }
}
