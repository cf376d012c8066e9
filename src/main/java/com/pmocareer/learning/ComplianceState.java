package com.pmocareer.learning;

/** A person's standing against one requirement. */
public enum ComplianceState {
    COMPLIANT("Compliant"),
    DUE_SOON("Due soon"),
    OVERDUE("Overdue"),
    EXEMPT("Exempt");

    private final String label;

    ComplianceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
