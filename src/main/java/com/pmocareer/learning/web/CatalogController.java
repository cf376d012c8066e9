package com.pmocareer.learning.web;

import com.pmocareer.learning.Catalog;
import com.pmocareer.learning.CourseFormat;
import com.pmocareer.learning.CourseViews.CatalogQuery;
import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.Enrollments;
import com.pmocareer.learning.LearningRecords;
import com.pmocareer.learning.SessionViews.EnrollmentView;
import com.pmocareer.learning.Topic;
import com.pmocareer.learning.UnitCategory;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonSummary;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import java.util.HashMap;
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

/** The catalog with search and filters, and a course's page with its sessions and the enrol button. */
@Controller
class CatalogController {

    private final Catalog catalog;
    private final Enrollments enrollments;
    private final LearningRecords records;
    private final PersonDirectory directory;

    CatalogController(Catalog catalog, Enrollments enrollments, LearningRecords records, PersonDirectory directory) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.records = records;
        this.directory = directory;
    }

    @GetMapping("/courses")
    String catalog(@RequestParam(required = false) String q, @RequestParam(required = false) Topic topic,
            @RequestParam(required = false) CourseFormat format, @RequestParam(required = false) String competency,
            @RequestParam(required = false) Long provider, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("results", catalog.search(new CatalogQuery(q, topic, format, competency, provider, false),
                PageRequest.of(page, 20)));
        model.addAttribute("q", q);
        model.addAttribute("topic", topic);
        model.addAttribute("format", format);
        model.addAttribute("competency", competency);
        model.addAttribute("provider", provider);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("formats", CourseFormat.values());
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("competencies", catalog.competencyNames());
        return "learning/catalog";
    }

    @GetMapping("/courses/{id}")
    String course(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        CourseView course = catalog.get(id);
        model.addAttribute("course", course);
        model.addAttribute("sessions", enrollments.sessions(id, false));
        Map<Long, EnrollmentView> mine = new HashMap<>();
        enrollments.ofPerson(user, user.personId()).stream().filter(e -> e.courseId() == id)
                .forEach(e -> mine.put(e.sessionId(), e));
        model.addAttribute("mine", mine);
        model.addAttribute("completedOn", records.completedCourses(user.personId()).get(id));
        model.addAttribute("unitLabels", UnitCategory.values());
        List<PersonSummary> managed = user.isLead() || user.isAdmin()
                ? directory.summaries(user, null, null).stream().filter(p -> enrollments.manages(user, p.id())).toList()
                : List.of();
        model.addAttribute("managed", managed);
        return "learning/course";
    }

    @PostMapping("/sessions/{sessionId}/enrol")
    String enrol(@AuthenticationPrincipal CurrentUser user, @PathVariable long sessionId,
            @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        long courseId = enrollments.session(sessionId).courseId();
        long who = personId == null ? user.personId() : personId;
        return LearningPages.OUTCOMES.attempt(redirect, "/courses/" + courseId, () -> {
            EnrollmentView enrollment = enrollments.enrol(user, sessionId, who);
            String subject = who == user.personId() ? "You are" : enrollment.personName() + " is";
            return switch (enrollment.status()) {
                case ENROLLED -> subject + " enrolled for " + enrollment.courseTitle() + ".";
                case WAITLISTED -> subject + " on the waitlist (place " + enrollment.waitlistPosition() + ").";
                case PENDING_APPROVAL -> "Requested: the lead decides, because the course has a cost or needs approval.";
                default -> enrollment.statusLabel() + ".";
            };
        });
    }

    @PostMapping("/enrollments/{id}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, LearningPages.back(back, "/learning"), () -> {
            EnrollmentView cancelled = enrollments.cancel(user, id, reason);
            return "Cancelled the enrolment for " + cancelled.courseTitle() + ".";
        });
    }
}
