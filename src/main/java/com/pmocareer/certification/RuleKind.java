package com.pmocareer.certification;

/** A renewal rule beyond the total: at least so many units, at most so many, or at least so many in every year. */
public enum RuleKind {
    MINIMUM,
    CAP,
    YEARLY_MINIMUM
}
