package com.pmocareer.notification;

/**
 * A daily scan another module runs (onboarding tasks due and overdue; later compliance due, certificates expiring),
 * listed on the admin's scan page where it can also be run at once.
 */
public interface ScheduledScan {

    /** The lock and run name, e.g. onboarding-due-and-overdue. */
    String name();

    String description();

    /** Runs the scan now, under the same lock as the schedule: a run on another instance makes this one a no-op. */
    void runNow();
}
