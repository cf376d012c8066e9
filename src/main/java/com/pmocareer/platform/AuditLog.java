package com.pmocareer.platform;

import com.pmocareer.platform.AuditEntryView.FieldChange;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Append-only record of every change. Written inside the caller's transaction, so a change and its audit line
 * commit or roll back together.
 */
@Service
public class AuditLog {

    public static final String ERASED = "[erased]";
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Records the fields that differ between {@code before} and {@code after}; either may be empty (create, delete). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, Object entityId, String action, Map<String, ?> before,
            Map<String, ?> after) {
        List<FieldChange> changes = diff(before, after);
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, entity_type, entity_id, action, changes)
                VALUES (:at, :actor, :type, :id, :action, :changes)""")
                .param("at", Instant.now(clock).atOffset(ZoneOffset.UTC))
                .param("actor", CurrentUser.ofCurrentRequest().map(CurrentUser::email).orElse("system"))
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("action", action)
                .param("changes", json.writeValueAsString(changes))
                .update();
    }

    static List<FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        var fields = new TreeSet<String>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        var changes = new ArrayList<FieldChange>();
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(String.valueOf(old), String.valueOf(now))) {
                changes.add(new FieldChange(field, old == null ? null : String.valueOf(old),
                        now == null ? null : String.valueOf(now)));
            }
        }
        return changes;
    }

    @Transactional(readOnly = true)
    public PageResponse<AuditEntryView> search(AuditQuery query, PageRequest page) {
        var where = new StringBuilder(" WHERE 1=1");
        var params = new java.util.HashMap<String, Object>();
        if (hasText(query.entityType())) {
            where.append(" AND entity_type = :type");
            params.put("type", query.entityType().trim());
        }
        if (hasText(query.entityId())) {
            where.append(" AND entity_id = :id");
            params.put("id", query.entityId().trim());
        }
        if (hasText(query.actor())) {
            where.append(" AND LOWER(actor) LIKE :actor");
            params.put("actor", "%" + query.actor().trim().toLowerCase() + "%");
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= :from");
            params.put("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntryView> rows = jdbc.sql("SELECT * FROM audit_entry" + where
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new AuditEntryView(rs.getLong("id"),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                        json.readValue(rs.getString("changes"), CHANGES)))
                .list();
        return PageResponse.of(rows, page, total);
    }

    /** The kinds of record the log has entries about, for filtering. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_entry ORDER BY entity_type").query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> entriesAbout(String entityType, Object entityId) {
        return search(new AuditQuery(entityType, String.valueOf(entityId), null, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).content();
    }

    /**
     * GDPR erasure keeps the trail of who changed what and when, but blanks the personal values it held, and replaces
     * the erased person's name as actor.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redactEntriesAbout(String entityType, Object entityId, String formerActorName, String newActorName) {
        var entries = jdbc.sql("SELECT id, changes FROM audit_entry WHERE entity_type = :type AND entity_id = :id")
                .param("type", entityType).param("id", String.valueOf(entityId))
                .query((rs, n) -> Map.entry(rs.getLong("id"), json.readValue(rs.getString("changes"), CHANGES)))
                .list();
        for (var entry : entries) {
            var redacted = entry.getValue().stream()
                    .map(change -> new FieldChange(change.field(), change.before() == null ? null : ERASED,
                            change.after() == null ? null : ERASED))
                    .toList();
            jdbc.sql("UPDATE audit_entry SET changes = :changes WHERE id = :id")
                    .param("changes", json.writeValueAsString(redacted)).param("id", entry.getKey()).update();
        }
        jdbc.sql("UPDATE audit_entry SET actor = :newActor WHERE actor = :oldActor")
                .param("newActor", newActorName).param("oldActor", formerActorName).update();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
