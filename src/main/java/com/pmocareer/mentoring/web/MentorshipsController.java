package com.pmocareer.mentoring.web;

import com.pmocareer.mentoring.MentorshipCommand;
import com.pmocareer.mentoring.Mentorships;
import com.pmocareer.people.PeopleQuery;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who mentors whom: everyone sees their own pairings; leads and admins pair and un-pair. */
@Controller
class MentorshipsController {

    private final Mentorships mentorships;
    private final PersonDirectory directory;

    MentorshipsController(Mentorships mentorships, PersonDirectory directory) {
        this.mentorships = mentorships;
        this.directory = directory;
    }

    @GetMapping("/mentorships")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean all,
            Model model) {
        model.addAttribute("mentorships", mentorships.list(user, !all));
        model.addAttribute("showAll", all);
        if (user.isLead() || user.isAdmin()) {
            var everyone = new PageRequest(0, PageRequest.MAX_SIZE);
            model.addAttribute("juniors", directory.search(user, new PeopleQuery(null, Role.JUNIOR_PM, null), everyone).content());
            model.addAttribute("mentors", directory.search(user, new PeopleQuery(null, Role.MENTOR, null), everyone).content());
        }
        return "mentoring/mentorships";
    }

    @PostMapping("/mentorships")
    String start(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long mentorId,
            @RequestParam(required = false) Long menteeId, Model model, RedirectAttributes redirect) {
        try {
            var started = mentorships.start(user, new MentorshipCommand(mentorId, menteeId, null));
            redirect.addFlashAttribute("success", started.mentorName() + " now mentors " + started.menteeName() + ".");
        } catch (InvalidInputException | ConflictException refused) {
            model.addAttribute("error", refused instanceof InvalidInputException invalid
                    ? "The " + invalid.problems().get(0).field().replace("Id", "") + " " + invalid.problems().get(0).message() + "."
                    : refused.getMessage());
            return list(user, false, model);
        }
        return "redirect:/mentorships";
    }

    @PostMapping("/mentorships/{id}/end")
    String end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        var ended = mentorships.end(user, id);
        redirect.addFlashAttribute("success", "The mentorship of " + ended.menteeName() + " with " + ended.mentorName() + " ended.");
        return "redirect:/mentorships";
    }
}
