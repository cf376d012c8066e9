package com.pmocareer.development;

/** A development goal was reached — marked done, or the person was assessed at its target level. */
public record DevelopmentGoalCompleted(long personId, long goalId, String competencyCode, int targetLevel) {
}
