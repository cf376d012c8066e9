package com.pmocareer.experience.web;

import com.pmocareer.platform.FormNumbers;
import com.pmocareer.experience.ArtifactStatus;
import com.pmocareer.experience.ArtifactType;
import com.pmocareer.experience.ArtifactViews.ArtifactCommand;
import com.pmocareer.experience.ArtifactViews.ArtifactView;
import com.pmocareer.experience.ArtifactViews.Criterion;
import com.pmocareer.experience.ArtifactViews.ReviewCommand;
import com.pmocareer.experience.ArtifactViews.ScoreCommand;
import com.pmocareer.experience.Artifacts;
import com.pmocareer.experience.Projects;
import com.pmocareer.experience.Rubrics;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.platform.UploadedFile;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Work products: the author's list and submission form, the reviewer's queue, a product's page with its rubric review. */
@Controller
class ArtifactsController {

    private final Artifacts artifacts;
    private final Rubrics rubrics;
    private final Projects projects;

    ArtifactsController(Artifacts artifacts, Rubrics rubrics, Projects projects) {
        this.artifacts = artifacts;
        this.rubrics = rubrics;
        this.projects = projects;
    }

    @GetMapping("/artifacts")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("mine", artifacts.of(user, user.personId()));
        model.addAttribute("toReview", artifacts.toReview(user));
        model.addAttribute("types", ArtifactType.values());
        model.addAttribute("assignments", projects.assignmentsOf(user, user.personId()));
        return "experience/artifacts";
    }

    @PostMapping("/artifacts")
    String submit(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) ArtifactType type,
            @RequestParam(required = false) String title, @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) String note, @RequestParam(value = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        UploadedFile upload = UploadedFile.of(file, "work-product");
        return ExperiencePages.OUTCOMES.attempt(redirect, "/artifacts", () -> {
            ArtifactView submitted = artifacts.submit(user, user.personId(), new ArtifactCommand(type, title, projectId, note), upload);
            return "Submitted " + submitted.title() + " for review.";
        });
    }

    @GetMapping("/artifacts/{id}")
    String artifact(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ArtifactView artifact = artifacts.get(user, id);
        model.addAttribute("a", artifact);
        model.addAttribute("rubric", rubrics.of(artifact.type()));
        model.addAttribute("mayReview", artifact.status() == ArtifactStatus.IN_REVIEW && artifacts.mayReview(user, artifact.personId()));
        model.addAttribute("isAuthor", user.personId() == artifact.personId());
        return "experience/artifact";
    }

    @PostMapping("/artifacts/{id}/versions")
    String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        UploadedFile upload = UploadedFile.of(file, "work-product");
        return ExperiencePages.OUTCOMES.attempt(redirect, "/artifacts/" + id, () ->
                "Uploaded version " + artifacts.revise(user, id, note, upload).latestVersion() + "; your reviewer is told.");
    }

    /** The review form sends score_CODE and comment_CODE per criterion of the rubric. */
    @PostMapping("/artifacts/{id}/reviews")
    String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) ArtifactStatus decision, @RequestParam(required = false) String summary,
            HttpServletRequest request, RedirectAttributes redirect) {
        ArtifactView artifact = artifacts.get(user, id);
        return ExperiencePages.OUTCOMES.attempt(redirect, "/artifacts/" + id, () -> {
            var scores = new ArrayList<ScoreCommand>();
            for (Criterion criterion : rubrics.of(artifact.type()).criteria()) {
                String score = request.getParameter("score_" + criterion.code());
                scores.add(new ScoreCommand(criterion.code(), score == null || score.isBlank() ? null
                        : FormNumbers.whole("scores", score), request.getParameter("comment_" + criterion.code())));
            }
            ArtifactView reviewed = artifacts.review(user, id, new ReviewCommand(decision, summary, scores));
            return reviewed.status() == ArtifactStatus.APPROVED ? "Approved " + reviewed.title() + "."
                    : "Asked " + reviewed.personName() + " for a revision.";
        });
    }

    @GetMapping("/admin/rubrics")
    String rubrics(@AuthenticationPrincipal CurrentUser user, Model model) {
        requireAdmin(user);
        var texts = new java.util.LinkedHashMap<ArtifactType, String>();
        rubrics.all().forEach(r -> texts.put(r.type(), String.join("\n", r.criteria().stream()
                .map(c -> c.code() + " | " + c.name() + " | " + c.guidance()).toList())));
        model.addAttribute("rubrics", texts);
        return "experience/rubrics";
    }

    /** One line per criterion: CODE | Name | Guidance. */
    @PostMapping("/admin/rubrics/{type}")
    String saveRubric(@AuthenticationPrincipal CurrentUser user, @PathVariable ArtifactType type,
            @RequestParam(required = false) String criteria, RedirectAttributes redirect) {
        requireAdmin(user);
        return ExperiencePages.OUTCOMES.attempt(redirect, "/admin/rubrics", () -> {
            List<Criterion> parsed = new ArrayList<>();
            for (String line : (criteria == null ? "" : criteria).split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|", 3);
                parsed.add(new Criterion(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null,
                        parts.length > 2 ? parts[2].trim() : null));
            }
            rubrics.save(user, type, parsed);
            return "Saved the rubric for " + type.label() + ".";
        });
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an admin edits the review rubrics.");
        }
    }
}
