package com.pmocareer.mentoring;

import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PeopleVisibilityExtension;
import com.pmocareer.platform.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers "who mentors whom today" for every module, and lets a mentor see their current mentees. Depends on the
 * database only, because the people module's visibility rules ask it.
 */
@Component
class CurrentMentorships implements MentorRelations, PeopleVisibilityExtension {

    static final String CURRENT = " (m.ended_on IS NULL OR m.ended_on > :today) AND m.started_on <= :today";

    private final JdbcClient jdbc;
    private final Clock clock;

    CurrentMentorships(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean isCurrentMentor(long mentorId, long menteeId) {
        return jdbc.sql("SELECT COUNT(*) FROM mentorship m WHERE m.mentor_id = :mentor AND m.mentee_id = :mentee AND"
                + CURRENT).param("mentor", mentorId).param("mentee", menteeId).param("today", today())
                .query(Long.class).single() > 0;
    }

    @Override
    public Set<Long> currentMenteesOf(long mentorId) {
        return new HashSet<>(jdbc.sql("SELECT m.mentee_id FROM mentorship m WHERE m.mentor_id = :mentor AND" + CURRENT)
                .param("mentor", mentorId).param("today", today()).query(Long.class).list());
    }

    @Override
    public Set<Long> currentMentorsOf(long menteeId) {
        return new HashSet<>(jdbc.sql("SELECT m.mentor_id FROM mentorship m WHERE m.mentee_id = :mentee AND" + CURRENT)
                .param("mentee", menteeId).param("today", today()).query(Long.class).list());
    }

    @Override
    public Set<Long> additionallyVisible(CurrentUser viewer) {
        return viewer.isMentor() ? currentMenteesOf(viewer.personId()) : Set.of();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
