package com.pmocareer.learning;

/** When a compliance requirement comes due again. */
public enum Recurrence {
    ONCE("Once"),
    EVERY_MONTHS("Every N months from the completion"),
    CALENDAR_WINDOW("Every year in a fixed month");

    private final String label;

    Recurrence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
