package com.pmocareer.notification.api;

import com.pmocareer.notification.ScanRuns;
import com.pmocareer.notification.ScheduledScans;
import com.pmocareer.platform.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Scheduled scans", description = "The daily scans behind reminders: last runs, run now (ADMIN)")
@RequestMapping("/api/v1/admin/scans")
class ScanApiController {

    private final ScheduledScans scans;

    ScanApiController(ScheduledScans scans) {
        this.scans = scans;
    }

    @GetMapping
    @Operation(summary = "Each scan with its last five runs: instance, start, duration, notifications written")
    List<ScheduledScans.ScanView> list(@AuthenticationPrincipal CurrentUser user) {
        return scans.list(user);
    }

    @PostMapping("/{name}/run")
    @Operation(summary = "Run a scan now (once across instances; 409 when it ran in the last two minutes)")
    ScanRuns.ScanRun run(@AuthenticationPrincipal CurrentUser user, @PathVariable String name) {
        return scans.runNow(user, name);
    }
}
