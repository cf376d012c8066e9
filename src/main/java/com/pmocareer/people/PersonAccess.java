package com.pmocareer.people;

import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may act on whose development records (learning, experience, artifacts): anyone on their own; a PMO lead on the
 * people they see (never approving themselves); an admin on everyone; a mentor verifies and reviews the work of their
 * current mentees.
 */
@Component
public class PersonAccess {

    private final PersonDirectory directory;
    private final MentorRelations mentors;

    PersonAccess(PersonDirectory directory, MentorRelations mentors) {
        this.directory = directory;
        this.mentors = mentors;
    }

    /** The person, if visible; answers 404 like a missing one otherwise. */
    public PersonView visible(CurrentUser user, long personId) {
        return directory.get(user, personId);
    }

    public boolean canSee(CurrentUser user, long personId) {
        return directory.canSee(user, personId);
    }

    public boolean manages(CurrentUser user, long personId) {
        return user.isAdmin() || user.isLead() && user.personId() != personId && directory.canSee(user, personId);
    }

    public void requireManager(CurrentUser user, long personId, String refusal) {
        visible(user, personId);
        if (!manages(user, personId)) {
            throw new ForbiddenException(refusal);
        }
    }

    /** Self, or someone who manages the person. */
    public void requireSelfOrManager(CurrentUser user, long personId, String refusal) {
        visible(user, personId);
        if (user.personId() != personId && !manages(user, personId)) {
            throw new ForbiddenException(refusal);
        }
    }

    public boolean verifies(CurrentUser user, long personId) {
        return user.personId() != personId
                && (manages(user, personId) || user.isMentor() && mentors.isCurrentMentor(user.personId(), personId));
    }
}
