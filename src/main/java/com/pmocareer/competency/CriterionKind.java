package com.pmocareer.competency;

/** The non-competency criteria a career level can ask for. */
public enum CriterionKind {
    MONTHS_IN_ROLE,
    MONTHS_LEADING_PROJECTS,
    CERTIFICATION_HELD,
    COMPLIANCE_UP_TO_DATE
}
