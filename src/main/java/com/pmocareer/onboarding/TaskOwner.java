package com.pmocareer.onboarding;

/**
 * Who does a task. There is no IT service desk role in the product: the admin (PMO operations) raises the desk's
 * tickets and ticks their tasks off, so both are theirs to complete.
 */
public enum TaskOwner {
    NEW_HIRE("The new hire"),
    MENTOR("Their mentor"),
    LEAD("Their lead"),
    ADMIN("PMO operations"),
    IT_SERVICE_DESK("IT service desk");

    private final String label;

    TaskOwner(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
