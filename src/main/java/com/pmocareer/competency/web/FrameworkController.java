package com.pmocareer.competency.web;

import com.pmocareer.competency.CareerLadder;
import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.competency.ProficiencyScale;
import com.pmocareer.competency.TalentTriangle;
import com.pmocareer.platform.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The framework for everyone to read (any version), the career ladder, and the files to download. */
@Controller
class FrameworkController {

    private final CompetencyFramework framework;
    private final CareerLadder ladder;

    FrameworkController(CompetencyFramework framework, CareerLadder ladder) {
        this.framework = framework;
        this.ladder = ladder;
    }

    @GetMapping("/competencies")
    String browse(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String q, Model model) {
        var shown = version == null ? framework.current() : framework.version(version);
        model.addAttribute("framework", shown);
        model.addAttribute("history", framework.history());
        model.addAttribute("levelNames", ProficiencyScale.NAMES);
        model.addAttribute("categories", TalentTriangle.values());
        String needle = q == null ? "" : q.trim().toLowerCase(java.util.Locale.ROOT);
        model.addAttribute("q", needle);
        model.addAttribute("areas", shown.areas().stream()
                .map(area -> new com.pmocareer.competency.Framework.Area(area.code(), area.name(), area.competencies().stream()
                        .filter(c -> (c.name() + " " + c.code() + " " + c.description()).toLowerCase(java.util.Locale.ROOT)
                                .contains(needle)).toList()))
                .filter(area -> !area.competencies().isEmpty()).toList());
        if (user.isAdmin()) {
            model.addAttribute("draft", framework.draft(user).orElse(null));
        }
        return "competency/framework";
    }

    @GetMapping("/competencies/export")
    ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format,
            @RequestParam(required = false) Integer version) {
        return framework.exportFile(format, version);
    }

    @GetMapping("/career-ladder")
    String ladder(Model model) {
        model.addAttribute("levels", ladder.levels());
        model.addAttribute("framework", framework.current());
        return "competency/ladder";
    }
}
