package com.pmocareer.competency.web;

import com.pmocareer.competency.CareerLadder;
import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.competency.CriterionKind;
import com.pmocareer.competency.LevelCommand;
import com.pmocareer.competency.ProficiencyScale;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin sets what a career level asks for: a level per competency and the other criteria, each criterion kind
 * at most once (its fields left empty: not asked for).
 */
@Controller
class CareerLadderEditorController {

    private final CareerLadder ladder;
    private final CompetencyFramework framework;

    CareerLadderEditorController(CareerLadder ladder, CompetencyFramework framework) {
        this.ladder = ladder;
        this.framework = framework;
    }

    @GetMapping("/admin/career-ladder/{code}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String code, Model model) {
        if (!user.isAdmin()) {
            throw new com.pmocareer.shared.ForbiddenException("Only a PMO admin may change the career ladder.");
        }
        var level = ladder.level(code);
        model.addAttribute("level", level);
        model.addAttribute("framework", framework.current());
        model.addAttribute("kinds", CriterionKind.values());
        var byKind = new HashMap<CriterionKind, Object>();
        level.criteria().forEach(c -> byKind.put(c.kind(), c));
        model.addAttribute("criteria", byKind);
        model.addAttribute("levelNames", ProficiencyScale.NAMES);
        return "competency/ladder-editor";
    }

    /** A number as typed; anything else becomes -1, which the ladder's rules refuse with a message. */
    private static int number(String typed) {
        try {
            return Integer.parseInt(typed.trim());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    @PostMapping("/admin/career-ladder/{code}")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        var required = new HashMap<String, Integer>();
        form.forEach((name, value) -> {
            if (name.startsWith("req_") && !value.isBlank()) {
                required.put(name.substring(4), number(value));
            }
        });
        var criteria = new ArrayList<LevelCommand.Criterion>();
        for (CriterionKind kind : CriterionKind.values()) {
            String description = form.getOrDefault("description_" + kind, "");
            if (!"true".equals(form.get("applies_" + kind))) {
                continue;
            }
            String months = form.getOrDefault("months_" + kind, "");
            String codes = form.getOrDefault("codes_" + kind, "");
            criteria.add(new LevelCommand.Criterion(kind, months.isBlank() ? null : number(months),
                    Arrays.stream(codes.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList(), description));
        }
        try {
            var saved = ladder.update(user, code, new LevelCommand(form.get("summary"), required, criteria));
            redirect.addFlashAttribute("success", "Saved what " + saved.name() + " asks for.");
            return "redirect:/career-ladder";
        } catch (InvalidInputException invalid) {
            model.addAttribute("problems", invalid.problems());
            return edit(user, code, model);
        }
    }
}
