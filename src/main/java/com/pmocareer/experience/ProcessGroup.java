package com.pmocareer.experience;

import java.util.List;

/** PMI's five process groups, each with the framework competencies that practising it shows. */
public enum ProcessGroup {
    INITIATING("Initiating", List.of("SCOPE", "STAKEHOLDER", "BENEFITS")),
    PLANNING("Planning", List.of("SCHEDULE", "BUDGET", "RISK")),
    EXECUTING("Executing", List.of("LEADERSHIP", "COMMUNICATION", "COLLABORATION")),
    MONITORING_CONTROLLING("Monitoring and controlling", List.of("SCHEDULE", "CHANGE_CONTROL", "QUALITY", "DOC_REPORTING")),
    CLOSING("Closing", List.of("LESSONS", "DOC_ARTIFACTS"));

    private final String label;
    private final List<String> competencies;

    ProcessGroup(String label, List<String> competencies) {
        this.label = label;
        this.competencies = competencies;
    }

    public String label() {
        return label;
    }

    public List<String> competencies() {
        return competencies;
    }
}
