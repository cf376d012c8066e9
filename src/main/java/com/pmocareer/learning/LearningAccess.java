package com.pmocareer.learning;

import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may act on whose learning: anyone on their own; a PMO lead on the people they see (never approving themselves);
 * an admin on everyone; a mentor verifies their mentees' activities.
 */
@Component
class LearningAccess {

    private final PersonDirectory directory;
    private final MentorRelations mentors;

    LearningAccess(PersonDirectory directory, MentorRelations mentors) {
        this.directory = directory;
        this.mentors = mentors;
    }

    /** The person, if visible; answers 404 like a missing one otherwise. */
    PersonView visible(CurrentUser user, long personId) {
        return directory.get(user, personId);
    }

    boolean manages(CurrentUser user, long personId) {
        return user.isAdmin() || user.isLead() && user.personId() != personId && directory.canSee(user, personId);
    }

    void requireManager(CurrentUser user, long personId, String refusal) {
        visible(user, personId);
        if (!manages(user, personId)) {
            throw new ForbiddenException(refusal);
        }
    }

    /** Self, or someone who manages the person. */
    void requireSelfOrManager(CurrentUser user, long personId, String refusal) {
        visible(user, personId);
        if (user.personId() != personId && !manages(user, personId)) {
            throw new ForbiddenException(refusal);
        }
    }

    boolean verifies(CurrentUser user, long personId) {
        return user.personId() != personId
                && (manages(user, personId) || user.isMentor() && mentors.isCurrentMentor(user.personId(), personId));
    }
}
