package com.pmocareer.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessScoreTest {

    private static final CriterionOutcome MET = CriterionOutcome.met("ok");
    private static final CriterionOutcome UNMET = CriterionOutcome.unmet("no");
    private static final CriterionOutcome UNKNOWN = CriterionOutcome.notMeasurable("later");

    @Test
    void competenciesWeighSeventyAndMeasurableCriteriaThirty() {
        var score = ReadinessScore.of(39, 41, List.of(MET, UNKNOWN, UNKNOWN));

        assertThat(score.score()).isEqualTo(96); // 70 × 39/41 = 66.6, + 30 × 1/1
        assertThat(score.ready()).isFalse();
        assertThat(score.criteriaNotMeasurable()).isEqualTo(2);
    }

    @Test
    void criteriaThatCannotBeMeasuredAreLeftOutNotCountedAsMet() {
        var halfCriteria = ReadinessScore.of(10, 10, List.of(MET, UNMET, UNKNOWN));

        assertThat(halfCriteria.score()).isEqualTo(85);
        assertThat(halfCriteria.ready()).isFalse();
    }

    @Test
    void withoutMeasurableCriteriaCompetenciesWeighEverything() {
        var score = ReadinessScore.of(20, 40, List.of(UNKNOWN));

        assertThat(score.score()).isEqualTo(50);
    }

    @Test
    void everythingMetIsReadyAtOneHundred() {
        var score = ReadinessScore.of(41, 41, List.of(MET, UNKNOWN));

        assertThat(score.score()).isEqualTo(100);
        assertThat(score.ready()).isTrue();
    }

    @Test
    void anUnmetCriterionKeepsSomeoneFromBeingReady() {
        var score = ReadinessScore.of(41, 41, List.of(UNMET));

        assertThat(score.score()).isEqualTo(70);
        assertThat(score.ready()).isFalse();
    }
}
