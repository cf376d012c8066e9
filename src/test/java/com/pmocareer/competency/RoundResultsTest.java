package com.pmocareer.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundResultsTest {

    private static final Framework.Competency COMMUNICATION = new Framework.Competency(1, "COMMUNICATION", "Communication",
            TalentTriangle.POWER_SKILLS, "d", Map.of(), "SOFT", "Soft skills");
    private static final Framework.Competency CONFLICT = new Framework.Competency(2, "CONFLICT", "Conflict resolution",
            TalentTriangle.POWER_SKILLS, "d", Map.of(), "SOFT", "Soft skills");

    private static AssessmentView answer(Framework.Competency c, RaterRole role, long rater, String name, int level,
            String comment) {
        return new AssessmentView(rater * 10 + c.id(), 1, c.code(), c.name(), 1, rater, name, role, level, comment,
                List.of(), 7L, Instant.EPOCH);
    }

    @Test
    void withTwoPeersTheirAnswersAndCommentsAreWithheld() {
        var answers = List.of(answer(COMMUNICATION, RaterRole.SELF, 1, "Tomás", 4, null),
                answer(COMMUNICATION, RaterRole.PEER, 2, "Peer A", 2, "Stand-ups overrun"),
                answer(COMMUNICATION, RaterRole.PEER, 3, "Peer B", 1, null));

        var result = RoundResults.aggregate(7, "Tomás", "360", List.of(COMMUNICATION), answers, 2);

        assertThat(result.peersShown()).isFalse();
        assertThat(result.lines().get(0).peerAverage()).isNull();
        assertThat(result.lines().get(0).comments()).isEmpty();
        assertThat(result.lines().get(0).self()).isEqualTo(4);
    }

    @Test
    void withThreePeersTheAverageAndTheirCommentsShowWithoutNames() {
        var answers = new ArrayList<>(List.of(answer(COMMUNICATION, RaterRole.MENTOR, 9, "Sofia", 2, "Practise it")));
        for (long peer = 2; peer <= 4; peer++) {
            answers.add(answer(COMMUNICATION, RaterRole.PEER, peer, "Peer " + peer, (int) peer, peer == 2 ? "Clearer please" : null));
        }

        var line = RoundResults.aggregate(7, "Tomás", "360", List.of(COMMUNICATION), answers, 3).lines().get(0);

        assertThat(line.peerAverage()).isEqualTo(3.0);
        assertThat(line.mentor()).containsExactly(2);
        assertThat(line.comments()).extracting(RoundResult.Comment::author).containsExactlyInAnyOrder("Sofia", null);
    }

    @Test
    void aPeerWhoCouldNotJudgeMustNotExposeTheOtherTwo() {
        var answers = List.of(
                answer(COMMUNICATION, RaterRole.PEER, 2, "A", 2, null), answer(COMMUNICATION, RaterRole.PEER, 3, "B", 2, null),
                answer(COMMUNICATION, RaterRole.PEER, 4, "C", 2, null),
                answer(CONFLICT, RaterRole.PEER, 2, "A", 1, "Avoids it"), answer(CONFLICT, RaterRole.PEER, 3, "B", 3, null));

        var result = RoundResults.aggregate(7, "Tomás", "360", List.of(COMMUNICATION, CONFLICT), answers, 3);

        assertThat(result.peersShown()).isTrue();
        assertThat(result.lines().get(0).peerAverage()).isEqualTo(2.0);
        assertThat(result.lines().get(1).peerAverage()).isNull();
        assertThat(result.lines().get(1).comments()).isEmpty();
    }
}
