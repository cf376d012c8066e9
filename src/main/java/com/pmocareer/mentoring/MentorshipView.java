package com.pmocareer.mentoring;

import java.time.LocalDate;

/** A mentor–mentee relationship; current while it has no end date or ends in the future. */
public record MentorshipView(long id, long mentorId, String mentorName, long menteeId, String menteeName,
        LocalDate startedOn, LocalDate endedOn, boolean current, long version) {
}
