package com.pmocareer.competency;

import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may rate whom, and as what: anyone themselves (SELF), a mentor their current mentees (MENTOR), a lead the
 * people of their unit (LEAD). Peers rate only inside a 360 round they were invited to. Reading follows the people
 * module's visibility (a person one may not see answers 404).
 */
@Component
class AssessmentAccess {

    private final PersonDirectory directory;
    private final MentorRelations mentors;

    AssessmentAccess(PersonDirectory directory, MentorRelations mentors) {
        this.directory = directory;
        this.mentors = mentors;
    }

    PersonView visible(CurrentUser viewer, long personId) {
        return directory.get(viewer, personId);
    }

    Set<RaterRole> rolesFor(CurrentUser rater, PersonView person) {
        var roles = EnumSet.noneOf(RaterRole.class);
        if (rater.personId() == person.id()) {
            roles.add(RaterRole.SELF);
            return roles;
        }
        if (rater.isMentor() && mentors.isCurrentMentor(rater.personId(), person.id())) {
            roles.add(RaterRole.MENTOR);
        }
        if (rater.isLead() && directory.canSee(rater, person.id())) {
            roles.add(RaterRole.LEAD);
        }
        return roles;
    }

    RaterRole roleFor(CurrentUser rater, PersonView person, RaterRole asked) {
        var allowed = rolesFor(rater, person);
        if (asked == RaterRole.PEER) {
            throw new ForbiddenException("Peers rate inside a 360 round they are invited to.");
        }
        if (asked != null) {
            if (!allowed.contains(asked)) {
                throw new ForbiddenException("You may not rate " + person.fullName() + " as " + asked + ".");
            }
            return asked;
        }
        return allowed.stream().findFirst()
                .orElseThrow(() -> new ForbiddenException("Only the person, their current mentor or their lead may rate "
                        + person.fullName() + "."));
    }

    /** Whether the viewer may manage 360 rounds for the person: their lead, or an admin. */
    boolean managesRounds(CurrentUser viewer, long personId) {
        return (viewer.isLead() || viewer.isAdmin()) && directory.canSee(viewer, personId) && viewer.personId() != personId;
    }
}
