package com.pmocareer.competency;

import com.pmocareer.people.PersonView;
import java.util.List;

/**
 * A person's readiness for the next career level: the score (see {@link ReadinessScore} for the weighting) and the
 * checklist of every criterion, met or not, with the reason. {@code nextLevel} is null at the top of the ladder.
 */
public record ReadinessReport(PersonView person, LadderLevel currentLevel, LadderLevel nextLevel, int score,
        boolean ready, int competenciesMet, int competenciesRequired, int criteriaNotMeasurable,
        List<Item> competencies, List<Item> criteria) {

    public record Item(String label, CriterionOutcome.Status status, String reason) {
    }

    public static String weighting() {
        return "Competencies weigh " + ReadinessScore.COMPETENCY_WEIGHT + "%, the other measurable criteria "
                + ReadinessScore.CRITERIA_WEIGHT + "%; criteria not yet measurable are left out.";
    }
}
