package com.pmocareer.people;

import java.time.LocalDate;
import java.util.Map;

/**
 * The demo PMO's people were just created in an empty database; other modules add their part of the demo story
 * in the same transaction. Never published outside demo mode.
 */
public record DemoPmoLoaded(Map<String, Long> peopleByEmail, LocalDate today) {

    public long id(String email) {
        Long id = peopleByEmail.get(email);
        if (id == null) {
            throw new IllegalArgumentException("No demo person " + email);
        }
        return id;
    }
}
