package com.pmocareer.competency;

/** Whether a person meets a criterion, and why; NOT_MEASURABLE while no module publishes the data it needs. */
public record CriterionOutcome(Status status, String reason) {

    public enum Status { MET, UNMET, NOT_MEASURABLE }

    public static CriterionOutcome met(String reason) {
        return new CriterionOutcome(Status.MET, reason);
    }

    public static CriterionOutcome unmet(String reason) {
        return new CriterionOutcome(Status.UNMET, reason);
    }

    public static CriterionOutcome notMeasurable(String reason) {
        return new CriterionOutcome(Status.NOT_MEASURABLE, reason);
    }
}
