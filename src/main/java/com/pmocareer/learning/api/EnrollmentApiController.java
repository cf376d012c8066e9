package com.pmocareer.learning.api;

import com.pmocareer.learning.Enrollments;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.learning.SessionViews.CompletionCommand;
import com.pmocareer.learning.SessionViews.EnrolCommand;
import com.pmocareer.learning.SessionViews.EnrollmentView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Learning: enrolment", description = "Enrol, approve, waitlist, attendance and completion")
class EnrollmentApiController {

    record NoteBody(String note) {
    }

    record ReasonBody(String reason) {
    }

    record AttendanceBody(Boolean attended) {
    }

    private final Enrollments enrollments;

    EnrollmentApiController(Enrollments enrollments) {
        this.enrollments = enrollments;
    }

    @PostMapping("/api/v1/sessions/{sessionId}/enrollments")
    @Operation(summary = "Enrol a person (themselves, or by their lead): ENROLLED, WAITLISTED or PENDING_APPROVAL")
    ResponseEntity<EnrollmentView> enrol(@AuthenticationPrincipal CurrentUser user, @PathVariable long sessionId,
            @RequestBody(required = false) EnrolCommand command) {
        long personId = command == null || command.personId() == null ? user.personId() : command.personId();
        EnrollmentView enrollment = enrollments.enrol(user, sessionId, personId);
        return ResponseEntity.created(URI.create("/api/v1/enrollments/" + enrollment.id())).body(enrollment);
    }

    @GetMapping("/api/v1/sessions/{sessionId}/enrollments")
    @Operation(summary = "The roster (leads: the people they manage; admins: everyone)")
    List<EnrollmentView> roster(@AuthenticationPrincipal CurrentUser user, @PathVariable long sessionId) {
        return enrollments.roster(user, sessionId);
    }

    @GetMapping("/api/v1/enrollments/{id}")
    @Operation(summary = "An enrolment with its waitlist position")
    EnrollmentView enrollment(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return enrollments.enrollment(user, id);
    }

    @GetMapping("/api/v1/people/{personId}/enrollments")
    @Operation(summary = "A person's enrolments, newest session first")
    List<EnrollmentView> ofPerson(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return enrollments.ofPerson(user, personId);
    }

    @GetMapping("/api/v1/approvals")
    @Operation(summary = "Enrolment requests waiting for the caller's decision")
    List<EnrollmentView> approvals(@AuthenticationPrincipal CurrentUser user) {
        return enrollments.approvalsFor(user);
    }

    @PostMapping("/api/v1/enrollments/{id}/approve")
    @Operation(summary = "Approve a request (the person's lead): a seat if one is left, else the waitlist")
    EnrollmentView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody(required = false) NoteBody body) {
        return enrollments.approve(user, id, body == null ? null : body.note());
    }

    @PostMapping("/api/v1/enrollments/{id}/reject")
    @Operation(summary = "Decline a request, saying why (the person's lead)")
    EnrollmentView reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody NoteBody body) {
        return enrollments.reject(user, id, body.note());
    }

    @PostMapping("/api/v1/enrollments/{id}/cancel")
    @Operation(summary = "Cancel (the person or their lead); a freed seat goes to the first on the waitlist, who is told")
    EnrollmentView cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody(required = false) ReasonBody body) {
        return enrollments.cancel(user, id, body == null ? null : body.reason());
    }

    @PostMapping("/api/v1/enrollments/{id}/attendance")
    @Operation(summary = "Take attendance (lead or admin): attended true/false")
    EnrollmentView attendance(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody AttendanceBody body) {
        if (body == null || body.attended() == null) {
            throw InvalidInputException.of("attended", "say true or false");
        }
        return enrollments.attendance(user, id, body.attended());
    }

    @PostMapping(value = "/api/v1/enrollments/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark completed (lead or admin) with an optional score 0–100 and date; emits the completion")
    EnrollmentView complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody(required = false) CompletionCommand command) {
        return enrollments.complete(user, id, command, null);
    }

    @PostMapping(value = "/api/v1/enrollments/{id}/complete", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Mark completed with a certificate file (PDF, PNG or JPEG, at most 5 MB)")
    EnrollmentView completeWithCertificate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestPart(value = "certificate", required = false) MultipartFile certificate,
            @RequestParam(required = false) BigDecimal score,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn) throws IOException {
        return enrollments.complete(user, id, new CompletionCommand(score, completedOn), UploadedFile.of(certificate, "certificate"));
    }

    @GetMapping("/api/v1/enrollments/{id}/certificate")
    @Operation(summary = "The completion certificate, for whoever may see the person")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        UploadedFile certificate = enrollments.certificate(user, id).orElseThrow(() -> new NotFoundException("Certificate", id));
        return certificate.asAttachment();
    }
}
