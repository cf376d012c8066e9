package com.pmocareer.learning.web;

import com.pmocareer.learning.Activities;
import com.pmocareer.learning.ActivityKind;
import com.pmocareer.learning.ActivityViews.ActivityCommand;
import com.pmocareer.learning.ActivityViews.ActivityView;
import com.pmocareer.learning.LearningPaths;
import com.pmocareer.learning.PathViews.AssignCommand;
import com.pmocareer.learning.UnitCategory;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.people.CareerLevels;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Learning paths with the viewer's progress, and a person's continuous-learning log. */
@Controller
class PathsAndActivitiesController {

    private final LearningPaths paths;
    private final Activities activities;
    private final PersonDirectory directory;
    private final CareerLevels careerLevels;

    PathsAndActivitiesController(LearningPaths paths, Activities activities, PersonDirectory directory,
            CareerLevels careerLevels) {
        this.paths = paths;
        this.activities = activities;
        this.directory = directory;
        this.careerLevels = careerLevels;
    }

    @GetMapping("/learning/paths")
    String paths(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("progress", paths.progressOf(user, user.personId()));
        return "learning/paths";
    }

    @GetMapping("/learning/paths/{id}")
    String path(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        var progress = paths.progressOf(user, user.personId()).stream().filter(p -> p.path().id() == id).findFirst()
                .orElseGet(() -> {
                    throw new com.pmocareer.shared.NotFoundException("Learning path", id);
                });
        model.addAttribute("p", progress);
        model.addAttribute("people", user.isLead() || user.isAdmin()
                ? directory.summaries(user, null, null).stream().filter(s -> s.id() != user.personId() || user.isAdmin()).toList()
                : java.util.List.of());
        model.addAttribute("levels", careerLevels.all());
        return "learning/path";
    }

    @PostMapping("/learning/paths/{id}/assign")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String careerLevel, RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/learning/paths/" + id, () -> {
            var path = paths.assign(user, id, new AssignCommand(personId,
                    careerLevel == null || careerLevel.isBlank() ? null : careerLevel));
            return "Assigned " + path.name() + (personId != null ? " to " + directory.get(user, personId).fullName()
                    : " to everyone at " + careerLevel) + ".";
        });
    }

    @GetMapping("/people/{id}/activities")
    String activities(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("person", directory.get(user, id));
        model.addAttribute("activities", activities.of(user, id));
        model.addAttribute("totals", activities.totals(user, id));
        model.addAttribute("isOwner", user.personId() == id);
        model.addAttribute("mayVerify", activities.mayVerify(user, id));
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("categories", UnitCategory.values());
        model.addAttribute("today", LocalDate.now());
        return "learning/activities";
    }

    @PostMapping("/people/{id}/activities")
    String log(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) String title, @RequestParam(required = false) String provider,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            @RequestParam(required = false) String hours, @RequestParam(required = false) UnitCategory category,
            @RequestParam(required = false) String evidenceUrl,
            @RequestParam(value = "evidence", required = false) MultipartFile evidence, RedirectAttributes redirect)
            throws IOException {
        UploadedFile upload = UploadedFile.of(evidence, "evidence");
        return LearningPages.OUTCOMES.attempt(redirect, "/people/" + id + "/activities", () -> {
            ActivityView logged = activities.log(user, id, new ActivityCommand(kind, title, provider, description, occurredOn,
                    hours(hours), category, evidenceUrl), upload);
            return "Logged " + logged.hours().toPlainString() + " h: " + logged.title() + ". It counts once your lead or mentor verifies it.";
        });
    }

    @PostMapping("/activities/{id}/verify")
    String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam boolean accepted,
            RedirectAttributes redirect) {
        long personId = activities.get(user, id).personId();
        return LearningPages.OUTCOMES.attempt(redirect, "/people/" + personId + "/activities", () -> {
            ActivityView verified = activities.verify(user, id, accepted);
            return (accepted ? "Verified: " : "Rejected: ") + verified.title() + ".";
        });
    }

    private static BigDecimal hours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of("hours", "must be a number such as 1.5");
        }
    }
}
