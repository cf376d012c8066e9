package com.pmocareer.learning.web;

import com.pmocareer.learning.Catalog;
import com.pmocareer.learning.CourseFormat;
import com.pmocareer.learning.CourseLevel;
import com.pmocareer.learning.CourseViews.CatalogQuery;
import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.CourseViews.ProviderCommand;
import com.pmocareer.learning.Enrollments;
import com.pmocareer.learning.IntegrationTokens;
import com.pmocareer.learning.SessionViews.SessionCommand;
import com.pmocareer.learning.Topic;
import com.pmocareer.learning.UnitCategory;
import com.pmocareer.learning.XapiIngest;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.PageRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's catalog editor (courses, providers, sessions) and the xAPI desk (review queue, mappings, tokens). */
@Controller
class LearningAdminController {

    private final Catalog catalog;
    private final Enrollments enrollments;
    private final XapiIngest xapi;
    private final IntegrationTokens tokens;

    LearningAdminController(Catalog catalog, Enrollments enrollments, XapiIngest xapi, IntegrationTokens tokens) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.xapi = xapi;
        this.tokens = tokens;
    }

    @GetMapping("/admin/courses")
    String courses(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("results", catalog.search(new CatalogQuery(q, null, null, null, null, true), PageRequest.of(page, 50)));
        model.addAttribute("q", q);
        model.addAttribute("providers", catalog.providers());
        return "learning/admin-courses";
    }

    @GetMapping("/admin/courses/new")
    String newCourse(Model model) {
        return form(new CourseForm(), null, Map.of(), model);
    }

    @GetMapping("/admin/courses/{id}")
    String editCourse(@PathVariable long id, Model model) {
        CourseView course = catalog.get(id);
        model.addAttribute("sessions", enrollments.sessions(id, true));
        return form(CourseForm.of(course), course, Map.of(), model);
    }

    private String form(CourseForm form, CourseView course, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("course", course);
        model.addAttribute("errors", errors);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("formats", CourseFormat.values());
        model.addAttribute("levels", CourseLevel.values());
        model.addAttribute("categories", UnitCategory.values());
        model.addAttribute("providers", catalog.providers());
        model.addAttribute("competencyNames", catalog.competencyNames());
        if (!model.containsAttribute("sessions")) {
            model.addAttribute("sessions", java.util.List.of());
        }
        return "learning/admin-course";
    }

    @PostMapping({"/admin/courses", "/admin/courses/{id}"})
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable(required = false) Long id,
            @ModelAttribute("form") CourseForm form, Model model, RedirectAttributes redirect) {
        try {
            CourseView saved = id == null ? catalog.create(user, form.toCommand()) : catalog.update(user, id, form.toCommand());
            redirect.addFlashAttribute("success", "Saved " + saved.title() + ".");
            return "redirect:/admin/courses/" + saved.id();
        } catch (InvalidInputException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldProblem problem : invalid.problems()) {
                errors.merge(problem.field().startsWith("competencies") ? "competencies" : problem.field().startsWith("units") ? "units"
                        : problem.field(), problem.message(), (a, b) -> a + "; " + b);
            }
            model.addAttribute("warning", "The course was not saved: see the fields marked below.");
            if (id != null) {
                model.addAttribute("sessions", enrollments.sessions(id, true));
            }
            return form(form, id == null ? null : catalog.get(id), errors, model);
        }
    }

    @PostMapping("/admin/courses/{id}/sessions")
    String schedule(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
            @RequestParam(required = false) String timeZone, @RequestParam(required = false) String location,
            @RequestParam(required = false) String onlineUrl, @RequestParam(required = false) String trainer,
            @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate enrolmentDeadline,
            RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/admin/courses/" + id, () -> {
            var session = enrollments.schedule(user, id, new SessionCommand(startsAt, endsAt, timeZone, location, onlineUrl,
                    trainer, capacity, enrolmentDeadline));
            return "Scheduled a session on " + session.startsAt().toLocalDate() + " with " + session.capacity() + " seats.";
        });
    }

    @PostMapping("/admin/sessions/{id}/cancel")
    String cancelSession(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        long courseId = enrollments.session(id).courseId();
        return LearningPages.OUTCOMES.attempt(redirect, "/admin/courses/" + courseId, () -> {
            enrollments.cancelSession(user, id, reason);
            return "Cancelled the session; the enrolled people were told.";
        });
    }

    @PostMapping("/admin/providers")
    String addProvider(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            @RequestParam(defaultValue = "false") boolean inHouse, @RequestParam(required = false) String contactName,
            @RequestParam(required = false) String contactEmail, @RequestParam(required = false) String contractRef,
            RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/admin/courses", () ->
                "Added the provider " + catalog.createProvider(user, new ProviderCommand(name, inHouse, contactName, contactEmail,
                        contractRef)).name() + ".");
    }

    @GetMapping("/admin/xapi")
    String xapi(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("queue", xapi.reviewQueue(user, PageRequest.of(page, 50)));
        model.addAttribute("mappings", xapi.mappings(user));
        model.addAttribute("tokens", tokens.list(user));
        model.addAttribute("courses", catalog.activeCourses());
        return "learning/admin-xapi";
    }

    @PostMapping("/admin/xapi/mappings")
    String map(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String activityIri,
            @RequestParam(required = false) Long courseId, RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/admin/xapi", () -> {
            int processed = xapi.map(user, activityIri, courseId == null ? -1 : courseId);
            return "Mapped the activity; " + processed + " waiting statement(s) recorded.";
        });
    }

    @PostMapping("/admin/xapi/review/{statementId}/retry")
    String retry(@AuthenticationPrincipal CurrentUser user, @PathVariable String statementId, RedirectAttributes redirect) {
        boolean recorded = xapi.retry(user, statementId);
        redirect.addFlashAttribute(recorded ? "success" : "warning", recorded ? "Recorded the statement."
                : "Still waiting: the actor or the activity is still unknown.");
        return "redirect:/admin/xapi";
    }

    @PostMapping("/admin/xapi/review/{statementId}/dismiss")
    String dismiss(@AuthenticationPrincipal CurrentUser user, @PathVariable String statementId, RedirectAttributes redirect) {
        xapi.dismiss(user, statementId);
        redirect.addFlashAttribute("success", "Dismissed the statement.");
        return "redirect:/admin/xapi";
    }

    @PostMapping("/admin/integration-tokens")
    String createToken(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            RedirectAttributes redirect) {
        return LearningPages.OUTCOMES.attempt(redirect, "/admin/xapi", () -> {
            var token = tokens.create(user, name);
            redirect.addFlashAttribute("newToken", token.token());
            return "Made the token " + token.name() + ". Copy it now: it is not shown again.";
        });
    }

    @PostMapping("/admin/integration-tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("success", "Revoked the token.");
        return "redirect:/admin/xapi";
    }
}
