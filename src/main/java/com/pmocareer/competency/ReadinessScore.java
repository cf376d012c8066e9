package com.pmocareer.competency;

import java.util.List;

/**
 * How ready someone is for the next level, 0–100:
 * <ul>
 * <li>competency requirements weigh {@value #COMPETENCY_WEIGHT}%: the share of the level's required competencies
 * at or above the required level;</li>
 * <li>the other criteria (months in role, leading projects, certifications, compliance) weigh the remaining
 * {@value #CRITERIA_WEIGHT}%: the share of them met, among those that can be measured;</li>
 * <li>criteria that cannot be measured yet are left out, never counted as met; when none can be measured, the
 * competencies weigh 100%.</li>
 * </ul>
 * Ready means every competency requirement and every measurable criterion is met.
 */
record ReadinessScore(int competenciesMet, int competenciesRequired, int criteriaMet, int criteriaMeasurable,
        int criteriaNotMeasurable) {

    static final int COMPETENCY_WEIGHT = 70;
    static final int CRITERIA_WEIGHT = 30;

    static ReadinessScore of(int competenciesMet, int competenciesRequired, List<CriterionOutcome> outcomes) {
        int met = (int) outcomes.stream().filter(o -> o.status() == CriterionOutcome.Status.MET).count();
        int notMeasurable = (int) outcomes.stream().filter(o -> o.status() == CriterionOutcome.Status.NOT_MEASURABLE).count();
        return new ReadinessScore(competenciesMet, competenciesRequired, met, outcomes.size() - notMeasurable, notMeasurable);
    }

    int score() {
        double competencies = competenciesRequired == 0 ? 1 : (double) competenciesMet / competenciesRequired;
        if (criteriaMeasurable == 0) {
            return (int) Math.floor(100 * competencies);
        }
        double criteria = (double) criteriaMet / criteriaMeasurable;
        return (int) Math.floor(COMPETENCY_WEIGHT * competencies + CRITERIA_WEIGHT * criteria + 1e-9);
    }

    boolean ready() {
        return competenciesMet == competenciesRequired && criteriaMet == criteriaMeasurable;
    }
}
