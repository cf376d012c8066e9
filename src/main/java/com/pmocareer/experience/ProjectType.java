package com.pmocareer.experience;

/** The kinds of IT project the PMO runs. */
public enum ProjectType {
    INFRASTRUCTURE("Infrastructure"),
    CLOUD_MIGRATION("Cloud migration"),
    SOFTWARE_DELIVERY("Software delivery"),
    SECURITY("Security"),
    ERP("ERP / business application"),
    DATA("Data");

    private final String label;

    ProjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
