package com.pmocareer.development;

/** A plan is drafted by its owner, submitted, and approved by their mentor or lead (or returned for changes). */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED
}
