package com.pmocareer.competency.web;

import com.pmocareer.competency.CareerLadder;
import com.pmocareer.competency.GapAnalysis;
import com.pmocareer.competency.PromotionReadiness;
import com.pmocareer.competency.ReadinessReport;
import com.pmocareer.people.OrgUnits;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Gap analysis and promotion readiness for one person, and the lead's readiness list. */
@Controller
class ReadinessController {

    private final GapAnalysis gapAnalysis;
    private final PromotionReadiness readiness;
    private final CareerLadder ladder;
    private final OrgUnits orgUnits;
    private final JsonMapper json;

    ReadinessController(GapAnalysis gapAnalysis, PromotionReadiness readiness, CareerLadder ladder, OrgUnits orgUnits,
            JsonMapper json) {
        this.gapAnalysis = gapAnalysis;
        this.readiness = readiness;
        this.ladder = ladder;
        this.orgUnits = orgUnits;
        this.json = json;
    }

    @GetMapping("/people/{id}/gap-analysis")
    String gap(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String targetLevel, Model model) {
        var report = gapAnalysis.analyse(user, id, targetLevel);
        model.addAttribute("report", report);
        model.addAttribute("person", report.person());
        model.addAttribute("levels", ladder.levels());
        model.addAttribute("radar", ChartData.radar(json, report.areas(), "Current level",
                "Required for " + report.target().name()));
        return "competency/gap-analysis";
    }

    @GetMapping("/people/{id}/readiness")
    String person(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        var report = readiness.forPerson(user, id);
        model.addAttribute("report", report);
        model.addAttribute("person", report.person());
        model.addAttribute("weighting", ReadinessReport.weighting());
        return "competency/readiness";
    }

    @GetMapping("/readiness")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long orgUnit,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("rows", readiness.list(user, orgUnit, PageRequest.of(page, 50)));
        model.addAttribute("units", orgUnits.flattened());
        model.addAttribute("orgUnit", orgUnit);
        model.addAttribute("weighting", ReadinessReport.weighting());
        return "competency/readiness-list";
    }
}
