package com.pmocareer.certification.web;

import com.pmocareer.certification.CertificationCatalog;
import com.pmocareer.certification.CertificationGoals;
import com.pmocareer.certification.CertificationViews.CredentialCommand;
import com.pmocareer.certification.CertificationViews.GoalCommand;
import com.pmocareer.certification.CertificationViews.GoalProgress;
import com.pmocareer.certification.CertificationViews.RenewalCommand;
import com.pmocareer.certification.Credentials;
import com.pmocareer.certification.GoalStatus;
import com.pmocareer.certification.RenewalRoute;
import com.pmocareer.learning.Catalog;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.FormNumbers;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.shared.NotFoundException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's certifications: credentials held with their cycles, goals with their exam plan and costs. */
@Controller
class CertificationsController {

    private final Credentials credentials;
    private final CertificationGoals goals;
    private final CertificationCatalog catalog;
    private final Catalog courses;
    private final PersonDirectory directory;
    private final PersonAccess access;
    private final Clock clock;

    CertificationsController(Credentials credentials, CertificationGoals goals, CertificationCatalog catalog, Catalog courses,
            PersonDirectory directory, PersonAccess access, Clock clock) {
        this.credentials = credentials;
        this.goals = goals;
        this.catalog = catalog;
        this.courses = courses;
        this.directory = directory;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/certifications")
    String mine(@AuthenticationPrincipal CurrentUser user) {
        return "redirect:/people/" + user.personId() + "/certifications";
    }

    @GetMapping("/people/{id}/certifications")
    String certifications(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("person", directory.get(user, id));
        model.addAttribute("credentials", credentials.of(user, id));
        model.addAttribute("goals", goals.of(user, id));
        model.addAttribute("types", catalog.all());
        model.addAttribute("courses", courses.activeCourses());
        model.addAttribute("currency", goals.currency());
        model.addAttribute("mayEdit", user.personId() == id || access.manages(user, id));
        model.addAttribute("isOwner", user.personId() == id);
        model.addAttribute("today", LocalDate.now(clock));
        return "certification/certifications";
    }

    @PostMapping("/people/{id}/certifications")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String typeCode,
            @RequestParam(required = false) String credentialNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate earnedOn,
            @RequestParam(required = false) String verificationUrl,
            @RequestParam(value = "evidence", required = false) MultipartFile evidence, RedirectAttributes redirect) throws IOException {
        UploadedFile file = UploadedFile.of(evidence, "certificate");
        return CertificationPages.OUTCOMES.attempt(redirect, "/people/" + id + "/certifications", () -> {
            var added = credentials.add(user, id, new CredentialCommand(typeCode, credentialNumber, earnedOn, verificationUrl, null), file);
            return "Recorded " + added.typeName() + (added.cycleEnd() == null ? ": it does not expire." : ", valid until " + added.cycleEnd() + ".");
        });
    }

    @PostMapping("/people/{id}/certifications/{certId}/renewals")
    String renew(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId,
            @RequestParam(required = false) RenewalRoute route,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate renewedOn,
            RedirectAttributes redirect) {
        return CertificationPages.OUTCOMES.attempt(redirect, "/people/" + id + "/certifications/" + certId, () -> {
            var renewed = credentials.renew(user, id, certId, new RenewalCommand(route, renewedOn));
            return renewed.typeName() + " renewed: the new cycle ends on " + renewed.cycleEnd() + ".";
        });
    }

    @GetMapping("/people/{id}/certifications/{certId}/evidence")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long certId) {
        return credentials.evidence(user, id, certId).map(UploadedFile::asAttachment)
                .orElseThrow(() -> new NotFoundException("Certificate of credential", certId));
    }

    @PostMapping("/people/{id}/certification-goals")
    String addGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String typeCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedExamOn,
            @RequestParam(required = false) String examCost, @RequestParam(required = false) String courseCost,
            @RequestParam(required = false) List<Long> courseIds, @RequestParam(required = false) String notes,
            RedirectAttributes redirect) {
        return CertificationPages.OUTCOMES.attempt(redirect, "/people/" + id + "/certifications", () -> {
            var goal = goals.create(user, id, new GoalCommand(typeCode, plannedExamOn, FormNumbers.decimal("examCost", examCost),
                    FormNumbers.decimal("courseCost", courseCost), courseIds, notes, null));
            return "Goal set: " + goal.typeName() + (goal.budgetStatus().name().equals("REQUESTED")
                    ? ". " + goal.totalCost().toPlainString() + " " + goal.currency() + " asked of your lead." : ".");
        });
    }

    @PostMapping("/people/{id}/certification-goals/{goalId}/progress")
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long goalId,
            @RequestParam(required = false) GoalStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return CertificationPages.OUTCOMES.attempt(redirect, "/people/" + id + "/certifications", () -> {
            var goal = goals.progress(user, id, goalId, new GoalProgress(status, on, version));
            return goal.typeName() + ": " + switch (goal.status()) {
                case PASSED -> "passed, congratulations. The credential is recorded.";
                case FAILED -> "not passed this time (attempt " + goal.attempts() + "). Plan the next one.";
                default -> goal.status().name().toLowerCase() + ".";
            };
        });
    }
}
