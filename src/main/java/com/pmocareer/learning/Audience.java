package com.pmocareer.learning;

/** Who a compliance requirement applies to; the value names the career level, org unit id or project tag. */
public enum Audience {
    ALL("All staff"),
    CAREER_LEVEL("A career level"),
    ORG_UNIT("An org unit and below"),
    PROJECT_TAG("People on projects with a compliance tag");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
