package com.pmocareer.competency.web;

import com.pmocareer.competency.AssessmentCommand;
import com.pmocareer.competency.Assessments;
import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.competency.ProficiencyScale;
import com.pmocareer.competency.RaterRole;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.util.Arrays;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** A person's competency profile with its radar chart, and one competency's history with the rating form. */
@Controller
class CompetencyProfileController {

    private final Assessments assessments;
    private final CompetencyFramework framework;
    private final JsonMapper json;

    CompetencyProfileController(Assessments assessments, CompetencyFramework framework, JsonMapper json) {
        this.assessments = assessments;
        this.framework = framework;
        this.json = json;
    }

    @GetMapping("/people/{id}/competencies")
    String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        var profile = assessments.profile(user, id);
        model.addAttribute("profile", profile);
        model.addAttribute("person", profile.person());
        model.addAttribute("radar", ChartData.radar(json, profile.areas(), "Current level",
                "Required for " + profile.nextLevel().name()));
        model.addAttribute("canRate", !assessments.rolesFor(user, id).isEmpty());
        return "competency/profile";
    }

    @GetMapping("/people/{id}/competencies/{code}")
    String competency(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String code,
            Model model) {
        var profile = assessments.profile(user, id);
        var row = profile.rows().stream().filter(r -> r.competency().code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Competency", code));
        model.addAttribute("person", profile.person());
        model.addAttribute("row", row);
        model.addAttribute("history", assessments.history(user, id, code));
        model.addAttribute("evidence", assessments.evidence(user, id, code));
        model.addAttribute("roles", assessments.rolesFor(user, id));
        model.addAttribute("levelNames", ProficiencyScale.NAMES);
        model.addAttribute("frameworkVersion", framework.current().number());
        return "competency/competency";
    }

    @PostMapping("/people/{id}/competencies/{code}/ratings")
    String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String code,
            @RequestParam(required = false) Integer level, @RequestParam(required = false) String comment,
            @RequestParam(required = false) String evidenceLinks, @RequestParam(required = false) RaterRole raterRole,
            Model model, RedirectAttributes redirect) {
        var links = evidenceLinks == null ? java.util.List.<String>of()
                : Arrays.stream(evidenceLinks.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        try {
            if (!ProficiencyScale.valid(level)) {
                throw InvalidInputException.of("level", "choose a level from 1 to 5");
            }
            if (comment != null && comment.length() > 2000) {
                throw InvalidInputException.of("comment", "must be at most 2000 characters");
            }
            var rated = assessments.rate(user, id, new AssessmentCommand(code, level, comment, links, raterRole));
            redirect.addFlashAttribute("success", "Rated " + rated.competencyName() + " at level " + rated.level()
                    + " as " + rated.raterRole() + ".");
            return "redirect:/people/" + id + "/competencies/" + code;
        } catch (InvalidInputException invalid) {
            model.addAttribute("error", invalid.problems().stream().map(p -> p.message()).distinct()
                    .reduce((a, b) -> a + "; " + b).orElse(invalid.getMessage()));
            model.addAttribute("typedComment", comment);
            model.addAttribute("typedLinks", evidenceLinks);
            return competency(user, id, code, model);
        }
    }
}
