package com.pmocareer.experience;

import java.util.List;

/** The work products a junior submits for review, with the competencies an approved one is evidence for. */
public enum ArtifactType {
    STATUS_REPORT("Status report", List.of("DOC_REPORTING", "COMMUNICATION")),
    CHANGE_LOG("Change log", List.of("CHANGE_CONTROL", "DOC_ARTIFACTS")),
    RISK_REGISTER("Risk register", List.of("RISK", "DOC_ARTIFACTS")),
    RAID_LOG("RAID log", List.of("RISK", "DOC_REPORTING", "DOC_ARTIFACTS")),
    LESSONS_LEARNED("Lessons learned", List.of("LESSONS", "DOC_ARTIFACTS")),
    PROJECT_CHARTER("Project charter", List.of("SCOPE", "BENEFITS", "DOC_ARTIFACTS")),
    STAKEHOLDER_MAP("Stakeholder map", List.of("STAKEHOLDER", "DOC_ARTIFACTS")),
    TECHNICAL_DOCUMENTATION("Technical documentation", List.of("IT_SDLC", "DOC_ARTIFACTS"));

    private final String label;
    private final List<String> competencies;

    ArtifactType(String label, List<String> competencies) {
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
