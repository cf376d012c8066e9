package com.pmocareer.platform.web;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.AuditQuery;
import com.pmocareer.shared.PageRequest;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log page (ADMIN, enforced for all of /admin by the security configuration). */
@Controller
class AuditController {

    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        var query = new AuditQuery(entityType, entityId, actor, from, to);
        model.addAttribute("query", query);
        model.addAttribute("entityTypes", auditLog.entityTypes());
        model.addAttribute("entries", auditLog.search(query, new PageRequest(page, 50)));
        return "platform/audit";
    }
}
