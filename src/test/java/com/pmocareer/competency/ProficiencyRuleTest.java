package com.pmocareer.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.competency.ProficiencyRule.Rating;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProficiencyRuleTest {

    private static final Instant DAY_1 = Instant.parse("2026-01-01T10:00:00Z");

    private static Rating rating(RaterRole role, int level, int day, long rater) {
        return new Rating(role, level, DAY_1.plusSeconds(86_400L * (day - 1)), rater);
    }

    @Test
    void theLatestMentorOrLeadRatingIsTheCurrentLevelNotTheFirst() {
        var derived = ProficiencyRule.derive(List.of(
                rating(RaterRole.MENTOR, 2, 1, 10),
                rating(RaterRole.LEAD, 4, 20, 11),
                rating(RaterRole.MENTOR, 3, 40, 10)));

        assertThat(derived.level()).isEqualTo(3);
        assertThat(derived.assessedAt()).isEqualTo(DAY_1.plusSeconds(86_400L * 39));
    }

    @Test
    void aNewerValidatedRatingCanLowerTheLevel() {
        var derived = ProficiencyRule.derive(List.of(rating(RaterRole.LEAD, 4, 1, 11), rating(RaterRole.MENTOR, 2, 2, 10)));

        assertThat(derived.level()).isEqualTo(2);
    }

    @Test
    void selfAndPeerRatingsNeverSetTheLevel() {
        var derived = ProficiencyRule.derive(List.of(rating(RaterRole.SELF, 5, 1, 1),
                rating(RaterRole.PEER, 4, 1, 2), rating(RaterRole.PEER, 4, 1, 3), rating(RaterRole.PEER, 4, 1, 4)));

        assertThat(derived.level()).isNull();
        assertThat(derived.selfLevel()).isEqualTo(5);
        assertThat(derived.peerLevel()).isEqualTo(4.0);
        assertThat(derived.diverges()).isFalse();
    }

    @Test
    void theLatestSelfRatingIsShownBeside() {
        var derived = ProficiencyRule.derive(List.of(rating(RaterRole.SELF, 2, 1, 1), rating(RaterRole.SELF, 4, 5, 1),
                rating(RaterRole.MENTOR, 3, 3, 10)));

        assertThat(derived.selfLevel()).isEqualTo(4);
    }

    @Test
    void aSelfViewTwoLevelsAwayIsFlaggedOneLevelIsNot() {
        var two = ProficiencyRule.derive(List.of(rating(RaterRole.MENTOR, 2, 1, 10), rating(RaterRole.SELF, 4, 2, 1)));
        var one = ProficiencyRule.derive(List.of(rating(RaterRole.MENTOR, 2, 1, 10), rating(RaterRole.SELF, 3, 2, 1)));

        assertThat(two.diverges()).isTrue();
        assertThat(one.diverges()).isFalse();
    }

    @Test
    void peersAreAveragedOverEachPeersLatestRatingAndHiddenBelowThreePeers() {
        var twoPeers = List.of(rating(RaterRole.PEER, 1, 1, 2), rating(RaterRole.PEER, 2, 1, 3));
        var threePeers = List.of(rating(RaterRole.PEER, 1, 1, 2), rating(RaterRole.PEER, 4, 9, 2),
                rating(RaterRole.PEER, 2, 1, 3), rating(RaterRole.PEER, 3, 1, 4));

        assertThat(ProficiencyRule.peerAverage(twoPeers)).isNull();
        assertThat(ProficiencyRule.peerAverage(threePeers)).isEqualTo(3.0);
    }

    @Test
    void peersTwoLevelsAwayAreFlagged() {
        var derived = ProficiencyRule.derive(List.of(rating(RaterRole.LEAD, 1, 1, 11), rating(RaterRole.PEER, 3, 1, 2),
                rating(RaterRole.PEER, 3, 1, 3), rating(RaterRole.PEER, 3, 1, 4)));

        assertThat(derived.diverges()).isTrue();
    }
}
