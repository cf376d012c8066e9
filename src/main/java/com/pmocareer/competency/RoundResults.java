package com.pmocareer.competency;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Aggregates a closed round's answers under the anonymity rule of {@link ProficiencyRule#ANONYMOUS_PEERS}. */
final class RoundResults {

    private RoundResults() {
    }

    static RoundResult aggregate(long roundId, String personName, String title, List<Framework.Competency> competencies,
            List<AssessmentView> answers, int peersAnswered) {
        boolean peersShown = peersAnswered >= ProficiencyRule.ANONYMOUS_PEERS;
        var lines = new ArrayList<RoundResult.Line>();
        for (var competency : competencies) {
            var mine = answers.stream().filter(a -> a.competencyCode().equals(competency.code())).toList();
            Integer self = mine.stream().filter(a -> a.raterRole() == RaterRole.SELF).map(AssessmentView::level)
                    .findFirst().orElse(null);
            var peers = mine.stream().filter(a -> a.raterRole() == RaterRole.PEER).toList();
            // A peer who could not judge a competency must not make the others recognisable: the threshold holds per line.
            boolean shown = peersShown && peers.size() >= ProficiencyRule.ANONYMOUS_PEERS;
            Double peerAverage = shown
                    ? Math.round(peers.stream().mapToInt(AssessmentView::level).average().orElseThrow() * 10) / 10.0
                    : null;
            var comments = new ArrayList<RoundResult.Comment>();
            for (var answer : mine) {
                if (answer.comment() == null || answer.raterRole() == RaterRole.PEER && !shown) {
                    continue;
                }
                comments.add(new RoundResult.Comment(answer.raterRole(),
                        answer.raterRole() == RaterRole.PEER ? null : answer.raterName(), answer.comment()));
            }
            lines.add(new RoundResult.Line(competency.code(), competency.name(), self, levels(mine, RaterRole.MENTOR),
                    levels(mine, RaterRole.LEAD), peerAverage, comments));
        }
        return new RoundResult(roundId, personName, title, peersAnswered, peersShown, lines);
    }

    private static List<Integer> levels(List<AssessmentView> answers, RaterRole role) {
        return answers.stream().filter(a -> a.raterRole() == role).map(AssessmentView::level)
                .filter(Objects::nonNull).toList();
    }
}
