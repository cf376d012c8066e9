package com.pmocareer.competency;

/** PMI's Talent Triangle categories, which also classify PDUs. */
public enum TalentTriangle {
    WAYS_OF_WORKING("Ways of Working"),
    POWER_SKILLS("Power Skills"),
    BUSINESS_ACUMEN("Business Acumen");

    private final String label;

    TalentTriangle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
