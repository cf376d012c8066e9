package com.pmocareer.experience;

public enum Methodology {
    PREDICTIVE("Predictive"),
    AGILE("Agile / Scrum"),
    HYBRID("Hybrid");

    private final String label;

    Methodology(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
