package com.pmocareer.experience;

/** The Scrum events a junior facilitates or attends. */
public enum Ceremony {
    SPRINT_PLANNING("Sprint planning"),
    DAILY_STANDUP("Daily stand-up"),
    BACKLOG_REFINEMENT("Backlog refinement"),
    SPRINT_REVIEW("Sprint review"),
    RETROSPECTIVE("Retrospective");

    private final String label;

    Ceremony(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
