package com.pmocareer.notification;

/** How the e-mail for a kind of notification reaches a person; the in-app notification is always there. */
public enum DeliveryMode {
    IMMEDIATE("At once"),
    DAILY("In the daily digest"),
    OFF("No e-mail");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
