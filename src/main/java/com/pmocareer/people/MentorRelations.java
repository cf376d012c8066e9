package com.pmocareer.people;

import java.util.Set;

/**
 * Who currently mentors whom. Declared here, next to the people it relates, so that every module can ask without
 * depending on the mentoring module that answers.
 */
public interface MentorRelations {

    boolean isCurrentMentor(long mentorId, long menteeId);

    Set<Long> currentMenteesOf(long mentorId);

    Set<Long> currentMentorsOf(long menteeId);
}
