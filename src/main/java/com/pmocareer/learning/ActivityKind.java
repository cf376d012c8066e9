package com.pmocareer.learning;

/** Continuous learning a person logs themselves. */
public enum ActivityKind {
    WORKSHOP("Workshop"),
    WEBINAR("Webinar"),
    CONFERENCE("Conference"),
    READING("Reading"),
    PODCAST("Podcast"),
    MENTORING_OTHERS("Mentoring others"),
    VOLUNTEERING("Volunteering");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
