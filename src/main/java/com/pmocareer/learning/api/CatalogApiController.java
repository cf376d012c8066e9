package com.pmocareer.learning.api;

import com.pmocareer.learning.Catalog;
import com.pmocareer.learning.CourseFormat;
import com.pmocareer.learning.CourseViews.CatalogQuery;
import com.pmocareer.learning.CourseViews.CourseCommand;
import com.pmocareer.learning.CourseViews.CourseSummary;
import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.CourseViews.ProviderCommand;
import com.pmocareer.learning.CourseViews.ProviderView;
import com.pmocareer.learning.Enrollments;
import com.pmocareer.learning.SessionViews.SessionCommand;
import com.pmocareer.learning.SessionViews.SessionView;
import com.pmocareer.learning.Topic;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Learning: catalog", description = "Courses, providers and scheduled sessions")
class CatalogApiController {

    record ReasonBody(String reason) {
    }

    private final Catalog catalog;
    private final Enrollments enrollments;

    CatalogApiController(Catalog catalog, Enrollments enrollments) {
        this.catalog = catalog;
        this.enrollments = enrollments;
    }

    @GetMapping("/api/v1/courses")
    @Operation(summary = "Search the catalog: words in title, code, topic or summary; filters by topic, format, competency code, provider")
    PageResponse<CourseSummary> courses(@RequestParam(required = false) String q, @RequestParam(required = false) Topic topic,
            @RequestParam(required = false) CourseFormat format, @RequestParam(required = false) String competency,
            @RequestParam(required = false) Long provider, @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return catalog.search(new CatalogQuery(q, topic, format, competency, provider, includeInactive), PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/courses/{id}")
    @Operation(summary = "A course with its competencies, units and prerequisites")
    CourseView course(@PathVariable long id) {
        return catalog.get(id);
    }

    @PostMapping("/api/v1/courses")
    @Operation(summary = "Add a course (ADMIN)")
    ResponseEntity<CourseView> create(@AuthenticationPrincipal CurrentUser user, @RequestBody CourseCommand command) {
        CourseView created = catalog.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/courses/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/courses/{id}")
    @Operation(summary = "Edit a course (ADMIN); send back its version, a stale one answers 409")
    CourseView update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody CourseCommand command) {
        return catalog.update(user, id, command);
    }

    @GetMapping("/api/v1/learning-providers")
    @Operation(summary = "In-house and external training providers")
    List<ProviderView> providers() {
        return catalog.providers();
    }

    @PostMapping("/api/v1/learning-providers")
    @Operation(summary = "Add a provider with contact and contract reference (ADMIN)")
    ResponseEntity<ProviderView> createProvider(@AuthenticationPrincipal CurrentUser user, @RequestBody ProviderCommand command) {
        ProviderView created = catalog.createProvider(user, command);
        return ResponseEntity.created(URI.create("/api/v1/learning-providers/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/courses/{id}/sessions")
    @Operation(summary = "The course's sessions (upcoming unless includePast) with seats taken and waitlist length")
    List<SessionView> sessions(@PathVariable long id, @RequestParam(defaultValue = "false") boolean includePast) {
        return enrollments.sessions(id, includePast);
    }

    @PostMapping("/api/v1/courses/{id}/sessions")
    @Operation(summary = "Schedule a session (ADMIN): wall-clock start and end in an IANA time zone, capacity, enrolment deadline")
    ResponseEntity<SessionView> schedule(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody SessionCommand command) {
        SessionView created = enrollments.schedule(user, id, command);
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/sessions/{id}")
    @Operation(summary = "A session")
    SessionView session(@PathVariable long id) {
        return enrollments.session(id);
    }

    @PostMapping("/api/v1/sessions/{id}/cancel")
    @Operation(summary = "Cancel a session (ADMIN): every open enrolment ends and the people are told why")
    SessionView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ReasonBody body) {
        return enrollments.cancelSession(user, id, body.reason());
    }
}
