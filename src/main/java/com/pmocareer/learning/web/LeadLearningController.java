package com.pmocareer.learning.web;

import com.pmocareer.learning.Enrollments;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.learning.SessionViews.CompletionCommand;
import com.pmocareer.learning.SessionViews.EnrollmentView;
import com.pmocareer.learning.SessionViews.SessionView;
import com.pmocareer.platform.CurrentUser;
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

/** The lead's side of enrolment: the approvals inbox, and a session's roster with attendance and completion. */
@Controller
class LeadLearningController {

    private final Enrollments enrollments;

    LeadLearningController(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    @GetMapping("/learning/approvals")
    String approvals(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("requests", enrollments.approvalsFor(user));
        return "learning/approvals";
    }

    @PostMapping("/enrollments/{id}/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/learning/approvals", () -> {
            EnrollmentView approved = enrollments.approve(user, id, note);
            return "Approved: " + approved.personName() + " is " + approved.statusLabel().toLowerCase() + " for "
                    + approved.courseTitle() + ".";
        });
    }

    @PostMapping("/enrollments/{id}/reject")
    String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/learning/approvals", () -> {
            EnrollmentView rejected = enrollments.reject(user, id, note);
            return "Declined " + rejected.personName() + "'s request for " + rejected.courseTitle() + ".";
        });
    }

    @GetMapping("/sessions/{id}/roster")
    String roster(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        SessionView session = enrollments.session(id);
        model.addAttribute("courseSession", session);
        model.addAttribute("roster", enrollments.roster(user, id));
        model.addAttribute("today", LocalDate.now());
        return "learning/roster";
    }

    @PostMapping("/enrollments/{id}/attendance")
    String attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam boolean attended,
            @RequestParam long sessionId, RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/sessions/" + sessionId + "/roster", () -> {
            EnrollmentView marked = enrollments.attendance(user, id, attended);
            return marked.personName() + ": " + marked.statusLabel().toLowerCase() + ".";
        });
    }

    @PostMapping("/enrollments/{id}/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long sessionId,
            @RequestParam(required = false) BigDecimal score,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            @RequestParam(value = "certificate", required = false) MultipartFile certificate, RedirectAttributes redirect)
            throws IOException {
        UploadedFile upload = UploadedFile.of(certificate, "certificate");
        return LearningPages.OUTCOMES.attempt(redirect, "/sessions/" + sessionId + "/roster", () -> {
            EnrollmentView completed = enrollments.complete(user, id, new CompletionCommand(score, completedOn), upload);
            return completed.personName() + " completed " + completed.courseTitle() + ".";
        });
    }
}
