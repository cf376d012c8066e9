package com.pmocareer.people;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.AuditQuery;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GDPR requests: a person's full export (the person themselves or an admin) and erasure by anonymisation (admin),
 * which keeps org unit, level and start date so that headcounts and other aggregates stay true.
 */
@Service
public class PersonalDataRequests {

    private final PersonDirectory directory;
    private final PersonStore store;
    private final ApiTokens tokens;
    private final AccountManagement accounts;
    private final AuditLog auditLog;
    private final List<PersonalDataContributor> contributors;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataRequests(PersonDirectory directory, PersonStore store, ApiTokens tokens, AccountManagement accounts,
            AuditLog auditLog, List<PersonalDataContributor> contributors, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.store = store;
        this.tokens = tokens;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Map<String, Object> export(CurrentUser viewer, long personId) {
        PersonView person = directory.get(viewer, personId);
        if (!viewer.isAdmin() && viewer.personId() != personId) {
            throw new ForbiddenException("Only the person themselves or a PMO admin may export personal data.");
        }
        var export = new LinkedHashMap<String, Object>();
        export.put("exportedAt", Instant.now(clock));
        export.put("person", person);
        export.put("account", jdbc.sql("SELECT enabled, password_hash IS NOT NULL AS has_password FROM account WHERE person_id = :id")
                .param("id", personId)
                .query((rs, n) -> Map.of("enabled", rs.getBoolean(1), "hasPassword", rs.getBoolean(2), "roles",
                        person.roles()))
                .optional().orElse(null));
        export.put("apiTokens", jdbc.sql("SELECT name, created_at, expires_at, last_used_at, revoked_at FROM api_token WHERE person_id = :id ORDER BY id")
                .param("id", personId).query().listOfRows());
        export.put("changesToTheirRecord", auditLog.entriesAbout(PersonDirectory.ENTITY, personId));
        export.put("changesTheyMade", auditLog.search(new AuditQuery(null, null, person.email(), null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).content());
        for (PersonalDataContributor contributor : contributors) {
            export.put(contributor.section(), contributor.export(personId));
        }
        auditLog.record(PersonDirectory.ENTITY, personId, "PERSONAL_DATA_EXPORTED", Map.of(), Map.of());
        return export;
    }

    @Transactional
    public void erase(CurrentUser viewer, long personId) {
        PersonDirectory.requireAdmin(viewer);
        if (viewer.personId() == personId) {
            throw new ForbiddenException("You cannot erase yourself: ask another admin.");
        }
        PersonView person = store.find(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        String placeholder = "Erased person " + personId;
        auditLog.redactEntriesAbout(PersonDirectory.ENTITY, personId, person.email(), placeholder);
        store.anonymise(personId, Instant.now(clock).atOffset(ZoneOffset.UTC));
        accounts.replaceRoles(personId, java.util.Set.of());
        jdbc.sql("UPDATE account SET enabled = FALSE, password_hash = NULL, version = version + 1 WHERE person_id = :id")
                .param("id", personId).update();
        tokens.revokeAll(personId);
        contributors.forEach(contributor -> contributor.erase(personId));
        auditLog.record(PersonDirectory.ENTITY, personId, "ERASED", Map.of(), Map.of("erased", true));
        events.publishEvent(new PersonErased(personId));
    }
}
