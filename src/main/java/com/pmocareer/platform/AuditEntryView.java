package com.pmocareer.platform;

import java.time.Instant;
import java.util.List;

/** One line of the audit log: who did what to which record, field by field. */
public record AuditEntryView(long id, Instant occurredAt, String actor, String entityType, String entityId,
        String action, List<FieldChange> changes) {

    public record FieldChange(String field, Object before, Object after) {
    }
}
