package com.pmocareer.people;

import com.pmocareer.shared.Role;

/** Directory filters: free text over name, e-mail and job title; a role; an org unit and everything below it. */
public record PeopleQuery(String text, Role role, Long orgUnitId) {

    public static PeopleQuery everyone() {
        return new PeopleQuery(null, null, null);
    }
}
