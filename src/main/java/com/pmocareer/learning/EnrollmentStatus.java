package com.pmocareer.learning;

/**
 * An enrolment's life: requested (PENDING_APPROVAL when the course costs money or asks for approval), then ENROLLED or
 * WAITLISTED, then ATTENDED or NO_SHOW, then COMPLETED; CANCELLED and REJECTED end it early.
 */
public enum EnrollmentStatus {
    PENDING_APPROVAL("Waiting for approval"),
    ENROLLED("Enrolled"),
    WAITLISTED("On the waitlist"),
    ATTENDED("Attended"),
    NO_SHOW("Did not attend"),
    COMPLETED("Completed"),
    CANCELLED("Cancelled"),
    REJECTED("Not approved");

    private final String label;

    EnrollmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == PENDING_APPROVAL || this == ENROLLED || this == WAITLISTED || this == ATTENDED;
    }
}
