package com.pmocareer.learning.api;

import com.pmocareer.learning.Activities;
import com.pmocareer.learning.ActivityViews.ActivityCommand;
import com.pmocareer.learning.ActivityViews.ActivityTotals;
import com.pmocareer.learning.ActivityViews.ActivityView;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.learning.LearningPaths;
import com.pmocareer.learning.LearningRecords;
import com.pmocareer.learning.PathViews.AssignCommand;
import com.pmocareer.learning.PathViews.PathCommand;
import com.pmocareer.learning.PathViews.PathProgress;
import com.pmocareer.learning.PathViews.PathView;
import com.pmocareer.learning.RecordViews.HoursByMonth;
import com.pmocareer.learning.RecordViews.LearningRecordView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Learning: paths, records and activities", description = "Learning paths, a person's learning record and continuous learning")
class LearningApiController {

    record VerifyBody(Boolean accepted) {
    }

    private final LearningPaths paths;
    private final LearningRecords records;
    private final Activities activities;

    LearningApiController(LearningPaths paths, LearningRecords records, Activities activities) {
        this.paths = paths;
        this.records = records;
        this.activities = activities;
    }

    @GetMapping("/api/v1/learning-paths")
    @Operation(summary = "Learning paths: ordered courses, each required or optional, and the career levels they are assigned to")
    List<PathView> paths() {
        return paths.list();
    }

    @GetMapping("/api/v1/learning-paths/{id}")
    @Operation(summary = "A learning path")
    PathView path(@PathVariable long id) {
        return paths.get(id);
    }

    @PostMapping("/api/v1/learning-paths")
    @Operation(summary = "Create a path (ADMIN)")
    ResponseEntity<PathView> createPath(@AuthenticationPrincipal CurrentUser user, @RequestBody PathCommand command) {
        PathView created = paths.create(user, command);
        return ResponseEntity.created(URI.create("/api/v1/learning-paths/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/learning-paths/{id}")
    @Operation(summary = "Edit a path (ADMIN); a stale version answers 409")
    PathView updatePath(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody PathCommand command) {
        return paths.update(user, id, command);
    }

    @PostMapping("/api/v1/learning-paths/{id}/assignments")
    @Operation(summary = "Assign a path to a person (their lead, ADMIN) or to a career level (ADMIN)")
    PathView assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody AssignCommand command) {
        return paths.assign(user, id, command);
    }

    @GetMapping("/api/v1/people/{personId}/learning-paths")
    @Operation(summary = "Every path with the person's progress (required courses completed), assigned ones first")
    List<PathProgress> progress(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return paths.progressOf(user, personId);
    }

    @GetMapping("/api/v1/people/{personId}/learning-records")
    @Operation(summary = "The person's learning records: completions, verified activities, other xAPI statements; newest first")
    PageResponse<LearningRecordView> learningRecords(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return records.records(user, personId, PageRequest.of(page, size));
    }

    @GetMapping("/api/v1/people/{personId}/learning-hours")
    @Operation(summary = "Hours of the last twelve months by month and Talent Triangle category")
    HoursByMonth hours(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return records.hoursByMonth(user, personId);
    }

    @GetMapping("/api/v1/people/{personId}/activities")
    @Operation(summary = "The person's continuous-learning activities")
    List<ActivityView> activities(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return activities.of(user, personId);
    }

    @GetMapping("/api/v1/people/{personId}/activity-totals")
    @Operation(summary = "Verified activity hours per year and per category")
    ActivityTotals totals(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return activities.totals(user, personId);
    }

    @PostMapping(value = "/api/v1/people/{personId}/activities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log an activity of one's own (workshop, webinar, conference, reading, podcast, mentoring others, volunteering)")
    ResponseEntity<ActivityView> log(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @RequestBody ActivityCommand command) {
        ActivityView logged = activities.log(user, personId, command, null);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + logged.id())).body(logged);
    }

    @PostMapping(value = "/api/v1/people/{personId}/activities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Log an activity with an evidence file (PDF, PNG, JPEG or DOCX, at most 5 MB); the fields as form parts")
    ResponseEntity<ActivityView> logWithEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId,
            @RequestPart("activity") ActivityCommand command, @RequestPart(value = "evidence", required = false) MultipartFile evidence)
            throws IOException {
        ActivityView logged = activities.log(user, personId, command, UploadedFile.of(evidence, "evidence"));
        return ResponseEntity.created(URI.create("/api/v1/activities/" + logged.id())).body(logged);
    }

    @PostMapping("/api/v1/activities/{id}/verify")
    @Operation(summary = "Verify (accepted true) or reject (false) an activity: the person's lead or mentor; a verified one is a completion")
    ActivityView verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody VerifyBody body) {
        if (body == null || body.accepted() == null) {
            throw InvalidInputException.of("accepted", "say true to verify or false to reject");
        }
        return activities.verify(user, id, body.accepted());
    }

    @GetMapping("/api/v1/activities/{id}/evidence")
    @Operation(summary = "The activity's evidence file")
    ResponseEntity<byte[]> evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        UploadedFile evidence = activities.evidence(user, id).orElseThrow(() -> new NotFoundException("Evidence", id));
        return evidence.asAttachment();
    }
}
