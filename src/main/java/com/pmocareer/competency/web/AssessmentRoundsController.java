package com.pmocareer.competency.web;

import com.pmocareer.competency.AssessmentRounds;
import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.competency.ProficiencyScale;
import com.pmocareer.competency.RaterRole;
import com.pmocareer.competency.RoundAnswer;
import com.pmocareer.competency.RoundCommand;
import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PeopleQuery;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 360 rounds: the lead opens and closes them, raters answer, the person and the lead read the result. */
@Controller
class AssessmentRoundsController {

    private final AssessmentRounds rounds;
    private final CompetencyFramework framework;
    private final PersonDirectory directory;
    private final MentorRelations mentors;

    AssessmentRoundsController(AssessmentRounds rounds, CompetencyFramework framework, PersonDirectory directory,
            MentorRelations mentors) {
        this.rounds = rounds;
        this.framework = framework;
        this.directory = directory;
        this.mentors = mentors;
    }

    @GetMapping("/people/{id}/assessment-rounds")
    String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        var person = directory.get(user, id);
        model.addAttribute("person", person);
        model.addAttribute("rounds", rounds.forPerson(user, id));
        boolean manages = (user.isLead() || user.isAdmin()) && user.personId() != id;
        model.addAttribute("manages", manages);
        if (manages) {
            model.addAttribute("framework", framework.current());
            model.addAttribute("candidates", directory.search(user, PeopleQuery.everyone(), new PageRequest(0, PageRequest.MAX_SIZE))
                    .content().stream().filter(p -> p.id() != id && p.id() != user.personId()).toList());
            model.addAttribute("hasMentor", !mentors.currentMentorsOf(id).isEmpty());
            model.addAttribute("defaultDue", LocalDate.now().plusWeeks(2));
        }
        return "competency/rounds";
    }

    @PostMapping("/people/{id}/assessment-rounds")
    String open(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String title,
            @RequestParam(required = false) LocalDate dueOn, @RequestParam(required = false) List<String> competencies,
            @RequestParam(required = false) List<Long> peers, @RequestParam(defaultValue = "false") boolean includeMentor,
            @RequestParam(defaultValue = "false") boolean includeMe, Model model, RedirectAttributes redirect) {
        var raters = new ArrayList<RoundCommand.Invite>();
        if (includeMentor) {
            mentors.currentMentorsOf(id).forEach(mentor -> raters.add(new RoundCommand.Invite(mentor, RaterRole.MENTOR)));
        }
        if (includeMe) {
            raters.add(new RoundCommand.Invite(user.personId(), RaterRole.LEAD));
        }
        (peers == null ? List.<Long>of() : peers).forEach(peer -> raters.add(new RoundCommand.Invite(peer, RaterRole.PEER)));
        try {
            if (title == null || title.isBlank() || dueOn == null || competencies == null || competencies.isEmpty() || raters.isEmpty()) {
                throw InvalidInputException.of("round", "give a title, a due date, at least one competency and at least one rater");
            }
            var opened = rounds.open(user, id, new RoundCommand(title, dueOn, competencies, raters));
            redirect.addFlashAttribute("success", "The round was opened; " + (opened.invited() - 1) + " raters and "
                    + opened.personName() + " are asked to answer.");
            return "redirect:/assessment-rounds/" + opened.id();
        } catch (InvalidInputException refused) {
            model.addAttribute("error", refused.problems().stream().map(p -> p.message()).distinct()
                    .reduce((a, b) -> a + "; " + b).orElse(refused.getMessage()));
            return list(user, id, model);
        }
    }

    @GetMapping("/assessment-rounds/{roundId}")
    String round(@AuthenticationPrincipal CurrentUser user, @PathVariable long roundId, Model model) {
        var round = rounds.get(user, roundId);
        model.addAttribute("round", round);
        model.addAttribute("levelNames", ProficiencyScale.NAMES);
        boolean manages = !round.raters().isEmpty();
        model.addAttribute("manages", manages);
        if (!round.open() && (manages || round.personId() == user.personId())) {
            model.addAttribute("result", rounds.result(user, roundId));
        }
        return "competency/round";
    }

    @PostMapping("/assessment-rounds/{roundId}/answers")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long roundId,
            @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        var round = rounds.get(user, roundId);
        var answers = round.competencies().stream().map(c -> {
            String level = form.get("level_" + c.code());
            String comment = form.get("comment_" + c.code());
            return new RoundAnswer(c.code(), level == null || level.isBlank() ? null : levelOf(c.code(), level),
                    comment == null || comment.isBlank() ? null : comment.trim());
        }).toList();
        rounds.answer(user, roundId, answers);
        redirect.addFlashAttribute("success", "Thank you: your answers were saved.");
        return "redirect:/";
    }

    private static int levelOf(String code, String typed) {
        try {
            int level = Integer.parseInt(typed.trim());
            if (ProficiencyScale.valid(level)) {
                return level;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, like any level outside 1–5
        }
        throw InvalidInputException.of("level_" + code, "choose a level from 1 to 5, or cannot judge");
    }

    @PostMapping("/assessment-rounds/{roundId}/close")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable long roundId, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            rounds.close(user, roundId, version);
            redirect.addFlashAttribute("success", "The round is closed; its ratings now count and the person sees the result.");
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("warning", refused.getMessage());
        }
        return "redirect:/assessment-rounds/" + roundId;
    }
}
