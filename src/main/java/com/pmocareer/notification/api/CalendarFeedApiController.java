package com.pmocareer.notification.api;

import com.pmocareer.notification.CalendarFeeds;
import com.pmocareer.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Calendar", description = "A person's private iCalendar feed: onboarding tasks, sessions, meetings")
@RequestMapping("/api/v1/people/{personId}")
class CalendarFeedApiController {

    private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;

    CalendarFeedApiController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar-feed")
    @Operation(summary = "Whether the person has a calendar address, and since when (the person, ADMIN)")
    CalendarFeeds.FeedStatus status(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return feeds.status(user, personId);
    }

    @PostMapping("/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A new secret calendar address for oneself; the previous one stops working")
    CalendarFeeds.NewFeed create(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        return feeds.create(user, personId);
    }

    @DeleteMapping("/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the calendar address (the person, ADMIN)")
    void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long personId) {
        feeds.revoke(user, personId);
    }

    @GetMapping(value = "/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The iCalendar feed; authorised by the secret token in the address, not by a sign-in")
    ResponseEntity<String> feed(@PathVariable long personId, @RequestParam(required = false) String token) {
        // A calendar client cannot read problem details; a wrong or revoked token looks like no feed at all.
        return feeds.render(personId, token)
                .map(calendar -> ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noStore()).body(calendar))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("No calendar feed at this address: it was revoked or replaced."));
    }
}
