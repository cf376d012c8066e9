package com.pmocareer.onboarding;

/** The structured check-ins of the first 90 days; a task of this kind is completed by filling in its review. */
public enum ReviewKind {
    DAY_30("30-day review"),
    DAY_60("60-day review"),
    DAY_90("90-day review");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
