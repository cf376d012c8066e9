package com.pmocareer.notification;

import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/** The admin's view of the daily scans: what each does, its last runs, and running one at once. */
@Service
public class ScheduledScans {

    private static final String ADMINS_ONLY = "Only an admin sees and runs the scheduled scans.";

    public record ScanView(String name, String description, List<ScanRuns.ScanRun> lastRuns) {
    }

    private final List<ScheduledScan> scans;
    private final ScanRuns runs;

    ScheduledScans(List<ScheduledScan> scans, ScanRuns runs) {
        this.scans = scans;
        this.runs = runs;
    }

    public List<ScanView> list(CurrentUser viewer) {
        viewer.requireAdmin(ADMINS_ONLY);
        return scans.stream().map(scan -> new ScanView(scan.name(), scan.description(), runs.latest(scan.name(), 5))).toList();
    }

    /** Runs the scan now; answers its run, or 409 when it ran moments ago or runs on another instance. */
    public ScanRuns.ScanRun runNow(CurrentUser viewer, String name) {
        viewer.requireAdmin(ADMINS_ONLY);
        var scan = scans.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("Scheduled scan", name));
        var before = runs.latest(name, 1);
        scan.runNow();
        var after = runs.latest(name, 1);
        if (after.isEmpty() || after.equals(before)) {
            throw new ConflictException("The scan ran less than two minutes ago or is running on another instance; try again shortly.");
        }
        return after.get(0);
    }

}
