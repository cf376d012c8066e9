package com.pmocareer.platform.api;

import com.pmocareer.platform.AuditEntryView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.AuditQuery;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The append-only audit log (ADMIN)")
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

    private final AuditLog auditLog;

    AuditApiController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(summary = "The audit log, newest first (ADMIN)")
    PageResponse<AuditEntryView> search(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return auditLog.search(new AuditQuery(entityType, entityId, actor, from, to), PageRequest.of(page, size));
    }
}
