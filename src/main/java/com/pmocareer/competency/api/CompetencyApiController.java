package com.pmocareer.competency.api;

import com.pmocareer.competency.AssessmentCommand;
import com.pmocareer.competency.AssessmentView;
import com.pmocareer.competency.Assessments;
import com.pmocareer.competency.CareerLadder;
import com.pmocareer.competency.CompetencyProfile;
import com.pmocareer.competency.GapAnalysis;
import com.pmocareer.competency.GapReport;
import com.pmocareer.competency.LadderLevel;
import com.pmocareer.competency.PromotionReadiness;
import com.pmocareer.competency.ReadinessReport;
import com.pmocareer.competency.ReadinessRow;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Competency", description = "Career ladder, assessments, competency profile, gap analysis, promotion readiness")
class CompetencyApiController {

    private final CareerLadder ladder;
    private final Assessments assessments;
    private final GapAnalysis gapAnalysis;
    private final PromotionReadiness readiness;

    CompetencyApiController(CareerLadder ladder, Assessments assessments, GapAnalysis gapAnalysis,
            PromotionReadiness readiness) {
        this.ladder = ladder;
        this.assessments = assessments;
        this.gapAnalysis = gapAnalysis;
        this.readiness = readiness;
    }

    @GetMapping("/api/v1/career-levels")
    @Operation(summary = "The career ladder, lowest first: required level per competency code and the other criteria")
    List<LadderLevel> careerLevels() {
        return ladder.levels();
    }

    @org.springframework.web.bind.annotation.PutMapping("/api/v1/career-levels/{code}")
    @Operation(summary = "Set what a career level asks for: required level per competency code (0 = not required) and criteria (ADMIN)")
    LadderLevel updateLevel(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
            @Valid @RequestBody com.pmocareer.competency.LevelCommand command) {
        return ladder.update(user, code, command);
    }

    @GetMapping("/api/v1/people/{id}/assessments")
    @Operation(summary = "A person's ratings, newest first (peer ratings only count in aggregate and are not listed)")
    List<AssessmentView> assessments(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String competency) {
        return assessments.history(user, id, competency);
    }

    @PostMapping("/api/v1/people/{id}/assessments")
    @Operation(summary = "Rate a competency: SELF for oneself, MENTOR for a current mentee, LEAD for one's unit")
    ResponseEntity<AssessmentView> rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @Valid @RequestBody AssessmentCommand command) {
        AssessmentView rated = assessments.rate(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/assessments?competency=" + rated.competencyCode()))
                .body(rated);
    }

    @GetMapping("/api/v1/people/{id}/competency-profile")
    @Operation(summary = "Current level per competency (derived), self and peer view, divergence flags, evidence")
    CompetencyProfile profile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return assessments.profile(user, id);
    }

    @GetMapping("/api/v1/people/{id}/gap-analysis")
    @Operation(summary = "Per competency: required for the target level, current, gap and suggestions; largest gap first")
    GapReport gapAnalysis(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String targetLevel) {
        return gapAnalysis.analyse(user, id, targetLevel);
    }

    @GetMapping("/api/v1/people/{id}/readiness")
    @Operation(summary = "Readiness for the next level: score and every criterion met or unmet with the reason")
    ReadinessReport readiness(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return readiness.forPerson(user, id);
    }

    @GetMapping("/api/v1/readiness")
    @Operation(summary = "The caller's people (PMO_LEAD, ADMIN), optionally one org unit and below, most ready first")
    PageResponse<ReadinessRow> readinessList(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Long orgUnit, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return readiness.list(user, orgUnit, PageRequest.of(page, size));
    }
}
