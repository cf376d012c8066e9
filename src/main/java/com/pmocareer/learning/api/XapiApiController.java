package com.pmocareer.learning.api;

import com.pmocareer.learning.IntegrationTokens;
import com.pmocareer.learning.IntegrationTokens.NewToken;
import com.pmocareer.learning.IntegrationTokens.TokenView;
import com.pmocareer.learning.XapiIngest;
import com.pmocareer.learning.XapiIngest.MappingView;
import com.pmocareer.learning.XapiIngest.ReviewItem;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Learning: xAPI", description = "Statements from an external LMS, the review queue, activity mappings and integration tokens")
class XapiApiController {

    static final String VERSION_HEADER = "X-Experience-API-Version";

    record MappingBody(String activityIri, Long courseId) {
    }

    record TokenBody(String name) {
    }

    private final XapiIngest ingest;
    private final IntegrationTokens tokens;

    XapiApiController(XapiIngest ingest, IntegrationTokens tokens) {
        this.ingest = ingest;
        this.tokens = tokens;
    }

    @PostMapping(value = "/api/v1/xapi/statements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "xAPI 1.0.3 statements (one or an array, at most 500) with an integration token as Bearer (or as the Basic password);"
            + " idempotent by statement id; an invalid statement refuses the batch with 400")
    ResponseEntity<?> statements(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody String body) {
        if (tokens.verify(token(authorization)).isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "Send an integration token: Authorization: Bearer <token>.");
            problem.setTitle("Unauthorized");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").body(problem);
        }
        List<String> ids = ingest.ingest(body);
        return ResponseEntity.ok().header(VERSION_HEADER, "1.0.3").body(ids);
    }

    private static String token(String authorization) {
        if (authorization == null) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon >= 0 ? decoded.substring(colon + 1) : null;
            } catch (IllegalArgumentException malformed) {
                return null;
            }
        }
        return null;
    }

    @GetMapping("/api/v1/xapi/review")
    @Operation(summary = "Statements waiting for review: unknown actor, or a completion of an unmapped activity (ADMIN)")
    PageResponse<ReviewItem> review(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ingest.reviewQueue(user, PageRequest.of(page, size));
    }

    @PostMapping("/api/v1/xapi/review/{statementId}/retry")
    @Operation(summary = "Process a waiting statement again (ADMIN)")
    Map<String, Boolean> retry(@AuthenticationPrincipal CurrentUser user, @PathVariable String statementId) {
        return Map.of("recorded", ingest.retry(user, statementId));
    }

    @PostMapping("/api/v1/xapi/review/{statementId}/dismiss")
    @Operation(summary = "Dismiss a waiting statement (ADMIN)")
    ResponseEntity<Void> dismiss(@AuthenticationPrincipal CurrentUser user, @PathVariable String statementId) {
        ingest.dismiss(user, statementId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/xapi/mappings")
    @Operation(summary = "Activity IRIs mapped to catalog courses (ADMIN)")
    List<MappingView> mappings(@AuthenticationPrincipal CurrentUser user) {
        return ingest.mappings(user);
    }

    @PostMapping("/api/v1/xapi/mappings")
    @Operation(summary = "Map an activity IRI to a course (ADMIN); statements waiting for it are processed at once")
    Map<String, Integer> map(@AuthenticationPrincipal CurrentUser user, @RequestBody MappingBody body) {
        return Map.of("processed", ingest.map(user, body.activityIri(), body.courseId() == null ? -1 : body.courseId()));
    }

    @GetMapping("/api/v1/admin/integration-tokens")
    @Operation(summary = "Integration tokens (ADMIN)")
    List<TokenView> integrationTokens(@AuthenticationPrincipal CurrentUser user) {
        return tokens.list(user);
    }

    @PostMapping("/api/v1/admin/integration-tokens")
    @Operation(summary = "Make an integration token (ADMIN); the token is shown in this answer only")
    ResponseEntity<NewToken> createToken(@AuthenticationPrincipal CurrentUser user, @RequestBody TokenBody body) {
        NewToken created = tokens.create(user, body.name());
        return ResponseEntity.created(URI.create("/api/v1/admin/integration-tokens/" + created.id())).body(created);
    }

    @DeleteMapping("/api/v1/admin/integration-tokens/{id}")
    @Operation(summary = "Revoke an integration token (ADMIN)")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }
}
