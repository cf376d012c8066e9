package com.pmocareer.notification;

import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private iCalendar feed. Calendar clients cannot sign in, so the URL carries a long random token; only
 * its hash is stored, the URL is shown once when made, and making a new one (or revoking) ends the old one at once.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    public record FeedStatus(boolean active, OffsetDateTime createdAt) {
    }

    public record NewFeed(String url, OffsetDateTime createdAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int LOOK_BACK_DAYS = 30;

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final List<CalendarEntrySource> sources;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeeds(JdbcClient jdbc, PersonDirectory directory, List<CalendarEntrySource> sources, AuditLog auditLog,
            Clock clock, @Value("${pmo.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.sources = sources;
        this.auditLog = auditLog;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public FeedStatus status(CurrentUser viewer, long personId) {
        ownerOrAdmin(viewer, personId);
        return jdbc.sql("SELECT created_at FROM calendar_feed WHERE person_id = :person").param("person", personId)
                .query(OffsetDateTime.class).optional().map(created -> new FeedStatus(true, created))
                .orElse(new FeedStatus(false, null));
    }

    /** A new secret URL for the person's own feed; any earlier URL stops working. */
    @Transactional
    public NewFeed create(CurrentUser viewer, long personId) {
        if (viewer.personId() != personId) {
            directory.get(viewer, personId);
            throw new ForbiddenException("Only the person makes their own calendar address.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        jdbc.sql("DELETE FROM calendar_feed WHERE person_id = :person").param("person", personId).update();
        jdbc.sql("INSERT INTO calendar_feed (person_id, token_hash, created_at) VALUES (:person, :hash, :now)")
                .param("person", personId).param("hash", hash(token)).param("now", now).update();
        auditLog.record("CalendarFeed", personId, "CREATED", Map.of(), Map.of("createdAt", now));
        return new NewFeed(baseUrl + "/api/v1/people/" + personId + "/calendar.ics?token=" + token, now);
    }

    /** Ends the feed: the person themselves, or an admin (a leaked address). */
    @Transactional
    public void revoke(CurrentUser viewer, long personId) {
        ownerOrAdmin(viewer, personId);
        int removed = jdbc.sql("DELETE FROM calendar_feed WHERE person_id = :person").param("person", personId).update();
        if (removed == 0) {
            throw new NotFoundException("Calendar feed of person", personId);
        }
        auditLog.record("CalendarFeed", personId, "REVOKED", Map.of(), Map.of());
    }

    /** The feed as iCalendar text, when the token is the person's current one; otherwise nothing. */
    public Optional<String> render(long personId, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        boolean valid = jdbc.sql("SELECT COUNT(*) FROM calendar_feed WHERE person_id = :person AND token_hash = :hash")
                .param("person", personId).param("hash", hash(token)).query(Long.class).single() > 0;
        if (!valid) {
            return Optional.empty();
        }
        LocalDate from = LocalDate.now(clock).minusDays(LOOK_BACK_DAYS);
        var calendar = new Calendar();
        calendar.add(new ProdId("-//PMO-Career//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "PMO-Career"));
        var stamp = new DtStamp(clock.instant());
        for (var source : sources) {
            for (var entry : source.entriesFor(personId, from)) {
                calendar.add(event(entry, stamp));
            }
        }
        return Optional.of(calendar.toString());
    }

    private VEvent event(CalendarEntry entry, DtStamp stamp) {
        VEvent event = entry.day() != null ? new VEvent(entry.day(), entry.title())
                : new VEvent(entry.start(), entry.end(), entry.title());
        event.replace(stamp);
        event.add(new Uid(entry.uid()));
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        return event;
    }

    private void ownerOrAdmin(CurrentUser viewer, long personId) {
        if (viewer.personId() != personId && !viewer.isAdmin()) {
            directory.get(viewer, personId);
            throw new ForbiddenException("A calendar address is private to its person.");
        }
    }

    static String hash(String token) {
        return com.pmocareer.shared.Digests.sha256Hex(token);
    }
}
