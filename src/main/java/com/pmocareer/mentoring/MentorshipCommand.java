package com.pmocareer.mentoring;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Pairs a mentor with a mentee from a date (today when left out). */
public record MentorshipCommand(@NotNull Long mentorId, @NotNull Long menteeId, LocalDate startedOn) {
}
