package com.pmocareer.competency;

import java.util.List;
import java.util.Map;

/** A rung of the career ladder with what it requires: a level per competency code, and other criteria. */
public record LadderLevel(String code, String name, int rank, String summary, Map<String, Integer> required,
        List<CareerCriterion> criteria) {

    public int requiredLevel(String competencyCode) {
        return required.getOrDefault(competencyCode, 0);
    }
}
