package com.pmocareer.people;

import java.time.LocalDate;

/** The few facts about a person that views ranking thousands need, served from memory. */
public record PersonSummary(long id, String fullName, long orgUnitId, String careerLevel, LocalDate levelSince) {
}
