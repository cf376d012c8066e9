package com.pmocareer.competency;

import java.util.List;

/**
 * What a closed 360 round says per competency. Peer answers are shown only as an average and only when at least
 * three peers answered; otherwise they are withheld so that no peer can be recognised.
 */
public record RoundResult(long roundId, String personName, String title, int peersAnswered, boolean peersShown,
        List<Line> lines) {

    public record Line(String competencyCode, String competencyName, Integer self, List<Integer> mentor,
            List<Integer> lead, Double peerAverage, List<Comment> comments) {
    }

    /** A comment; {@code author} is null for peers, who stay anonymous. */
    public record Comment(RaterRole relation, String author, String text) {
    }
}
