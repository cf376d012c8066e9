package com.pmocareer.competency;

/** A person's derived level in a competency changed; {@code previousLevel} null = it was not assessed before. */
public record ProficiencyChanged(long personId, String competencyCode, Integer previousLevel, Integer newLevel) {
}
