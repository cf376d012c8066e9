package com.pmocareer.experience;

public enum ProjectStatus {
    PROPOSED, ACTIVE, ON_HOLD, CLOSED, CANCELLED;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase().replace('_', ' ');
    }
}
