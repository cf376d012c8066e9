package com.pmocareer.onboarding;

public enum TaskCategory {
    ORGANISATION_AND_CULTURE("Organisation and culture"),
    PMO_ROLE_AND_PROCESS("PMO role and process"),
    METHODOLOGY("Methodology"),
    TOOLS_AND_ACCESS("Tools and access"),
    COMPLIANCE("Compliance"),
    PEOPLE_TO_MEET("People to meet");

    private final String label;

    TaskCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
