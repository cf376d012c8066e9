package com.pmocareer.learning;

/** The catalog's topics, one per programme area of the PMO. */
public enum Topic {
    METHODOLOGY("PM methodology"),
    AGILE("Agile and Scrum"),
    PM_TOOLS("PM tools"),
    IT_DOMAINS("IT domains"),
    CHANGE("Change management"),
    VENDOR("Vendor and contract management"),
    SOFT_SKILLS("Soft skills"),
    DOCUMENTATION("Documentation and reporting"),
    GOVERNANCE("Governance and compliance"),
    SECURITY("Cybersecurity awareness"),
    CERTIFICATION("Certification preparation");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
