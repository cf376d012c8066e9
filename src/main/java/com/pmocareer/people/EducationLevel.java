package com.pmocareer.people;

/** Highest education completed; certification eligibility (e.g. PMP) depends on it. */
public enum EducationLevel {
    SECONDARY("Secondary degree (high-school diploma or global equivalent)"),
    ASSOCIATE("Associate degree"),
    BACHELOR("Four-year degree (bachelor's or global equivalent)"),
    MASTER("Master's degree"),
    DOCTORATE("Doctorate");

    private final String label;

    EducationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
