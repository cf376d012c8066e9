package com.pmocareer.competency;

import java.util.List;

/** One non-competency criterion of a career level: a number of months, or any one of some certifications. */
public record CareerCriterion(long id, CriterionKind kind, Integer months, List<String> certificationCodes,
        String description) {
}
