package com.pmocareer.shared;

/** What a person may do in PMO-Career; a person may hold several. */
public enum Role {
    ADMIN, PMO_LEAD, MENTOR, JUNIOR_PM;

    public String authority() {
        return "ROLE_" + name();
    }
}
