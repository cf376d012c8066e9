package com.pmocareer.competency;

/** One line of a lead's readiness list. */
public record ReadinessRow(long personId, String fullName, String orgUnitName, String currentLevel,
        String nextLevel, int score, boolean ready, int competenciesMet, int competenciesRequired, int criteriaMet,
        int criteriaMeasurable, int criteriaNotMeasurable) {
}
