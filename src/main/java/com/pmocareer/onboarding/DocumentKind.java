package com.pmocareer.onboarding;

public enum DocumentKind {
    HANDBOOK("Handbook"),
    METHODOLOGY_GUIDE("Methodology guide"),
    TEMPLATE("Template"),
    POLICY("Policy"),
    OTHER("Other");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
