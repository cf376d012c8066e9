package com.pmocareer.platform;

import java.time.LocalDate;

/** Filters of the audit log page and API; any may be blank. */
public record AuditQuery(String entityType, String entityId, String actor, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }
}
