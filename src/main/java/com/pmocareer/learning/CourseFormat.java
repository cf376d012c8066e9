package com.pmocareer.learning;

/** How a course is delivered. */
public enum CourseFormat {
    E_LEARNING("E-learning"),
    CLASSROOM("Classroom"),
    VIRTUAL_CLASSROOM("Virtual classroom"),
    WORKSHOP("Workshop"),
    WEBINAR("Webinar"),
    CONFERENCE("Conference"),
    SELF_STUDY("Self-study");

    private final String label;

    CourseFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
