package com.pmocareer.certification;

/** The costs of a goal against the team's certification budget. */
public enum BudgetStatus {
    NOT_NEEDED, REQUESTED, APPROVED, REFUSED
}
