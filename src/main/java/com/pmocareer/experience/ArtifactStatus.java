package com.pmocareer.experience;

public enum ArtifactStatus {
    IN_REVIEW("In review"), REVISION_REQUESTED("Revision requested"), APPROVED("Approved");

    private final String label;

    ArtifactStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
