package com.pmocareer.mentoring;

/** The admin's weights of the match score's parts; the score is their weighted share of 100. */
public record MatchWeights(int gapCoverage, int language, int timeZone, int crossTeam) {

    public static final MatchWeights DEFAULT = new MatchWeights(60, 20, 10, 10);

    int total() {
        return gapCoverage + language + timeZone + crossTeam;
    }
}
