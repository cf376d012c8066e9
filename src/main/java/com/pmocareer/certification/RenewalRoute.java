package com.pmocareer.certification;

/** How a cycle was renewed. */
public enum RenewalRoute {
    UNITS("Continuing education"),
    EXAM("Re-exam"),
    HIGHER("A higher credential of the suite"),
    FEE("Renewal fee");

    private final String label;

    RenewalRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
