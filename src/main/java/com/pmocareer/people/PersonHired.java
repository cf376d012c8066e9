package com.pmocareer.people;

import java.time.LocalDate;

/** A person joined the PMO; onboarding and mentoring react to it. */
public record PersonHired(long personId, long orgUnitId, String careerLevel, LocalDate startDate) {
}
