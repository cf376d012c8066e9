package com.pmocareer.mentoring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a mentor suits a junior, 0–100, from the admin's weights: how much of the junior's largest competency gaps
 * the mentor's strengths cover, a shared language, how close their time zones are, and whether the pairing fits the
 * mentor's team preference. The junior's line manager and a mentor without room are never proposed (−1).
 *
 * <p>Competencies and languages become bit positions once, so that millions of pairs score in well under a second.
 */
final class MatchScoring {

    static final int FORBIDDEN = -1;
    static final int MAX_TIME_ZONE_HOURS = 12;

    record Gap(String code, String name, int size) {
    }

    record Mentee(long personId, String name, long orgUnitId, Long lineManagerId, List<Gap> gaps, Set<String> languages,
            ZoneId zone) {
    }

    record Mentor(long personId, String name, long orgUnitId, Set<String> strengths, int room, Set<String> languages,
            ZoneId zone, boolean crossTeamWelcome) {
    }

    private final MatchWeights weights;
    private final Instant at;
    private final Map<String, Integer> bitOf = new HashMap<>();

    private final List<Mentee> mentees;
    private final List<Mentor> mentors;
    private final int[][] gapBits;
    private final int[][] gapSizes;
    private final int[] gapTotals;
    private final BitSet[] menteeLanguages;
    private final int[] menteeOffsetMinutes;
    private final BitSet[] strengthBits;
    private final BitSet[] mentorLanguages;
    private final int[] mentorOffsetMinutes;

    MatchScoring(List<Mentee> mentees, List<Mentor> mentors, MatchWeights weights, Instant at) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.weights = weights;
        this.at = at;
        int juniors = mentees.size();
        gapBits = new int[juniors][];
        gapSizes = new int[juniors][];
        gapTotals = new int[juniors];
        menteeLanguages = new BitSet[juniors];
        menteeOffsetMinutes = new int[juniors];
        for (int a = 0; a < juniors; a++) {
            Mentee mentee = mentees.get(a);
            gapBits[a] = mentee.gaps().stream().mapToInt(g -> bit(g.code())).toArray();
            gapSizes[a] = mentee.gaps().stream().mapToInt(Gap::size).toArray();
            gapTotals[a] = mentee.gaps().stream().mapToInt(Gap::size).sum();
            menteeLanguages[a] = bits(mentee.languages(), "lang:");
            menteeOffsetMinutes[a] = offsetMinutes(mentee.zone());
        }
        strengthBits = new BitSet[mentors.size()];
        mentorLanguages = new BitSet[mentors.size()];
        mentorOffsetMinutes = new int[mentors.size()];
        for (int j = 0; j < mentors.size(); j++) {
            strengthBits[j] = bits(mentors.get(j).strengths(), "");
            mentorLanguages[j] = bits(mentors.get(j).languages(), "lang:");
            mentorOffsetMinutes[j] = offsetMinutes(mentors.get(j).zone());
        }
    }

    int[][] matrix() {
        int[][] score = new int[mentees.size()][mentors.size()];
        for (int a = 0; a < mentees.size(); a++) {
            for (int j = 0; j < mentors.size(); j++) {
                score[a][j] = score(a, j);
            }
        }
        return score;
    }

    int[] capacities() {
        return mentors.stream().mapToInt(m -> Math.max(0, m.room())).toArray();
    }

    int score(int a, int j) {
        Mentee mentee = mentees.get(a);
        Mentor mentor = mentors.get(j);
        if (mentor.room() <= 0 || mentor.personId() == mentee.personId()
                || mentee.lineManagerId() != null && mentee.lineManagerId() == mentor.personId()) {
            return FORBIDDEN;
        }
        double total = weights.total();
        if (total == 0) {
            return 0;
        }
        double value = weights.gapCoverage() * coverage(a, j)
                + weights.language() * (menteeLanguages[a].intersects(mentorLanguages[j]) ? 1 : 0)
                + weights.timeZone() * closeness(a, j)
                + weights.crossTeam() * (teamFits(mentee, mentor) ? 1 : 0);
        return (int) Math.round(100 * value / total);
    }

    /** Why this pair: the gaps covered, a shared language, the time zones, the team preference. */
    List<String> reasons(int a, int j) {
        Mentee mentee = mentees.get(a);
        Mentor mentor = mentors.get(j);
        var reasons = new ArrayList<String>();
        var covered = new ArrayList<String>();
        for (Gap gap : mentee.gaps()) {
            if (strengthBits[j].get(bit(gap.code()))) {
                covered.add(gap.name() + " gap " + gap.size());
            }
        }
        reasons.add(covered.isEmpty() ? "covers none of the largest gaps" : "covers " + String.join(", ", covered));
        var shared = new java.util.TreeSet<>(mentee.languages());
        shared.retainAll(mentor.languages());
        reasons.add(shared.isEmpty() ? "no shared language" : "speaks " + String.join(", ", shared.stream()
                .map(code -> java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.ENGLISH)).toList()));
        int hours = Math.abs(menteeOffsetMinutes[a] - mentorOffsetMinutes[j]) / 60;
        reasons.add(hours == 0 ? "same time zone" : hours + (hours == 1 ? " hour apart" : " hours apart"));
        reasons.add(mentee.orgUnitId() == mentor.orgUnitId() ? "same team"
                : mentor.crossTeamWelcome() ? "other team, welcome" : "other team, prefers own");
        return reasons;
    }

    private double coverage(int a, int j) {
        if (gapTotals[a] == 0) {
            return 0;
        }
        int covered = 0;
        int[] gaps = gapBits[a];
        for (int k = 0; k < gaps.length; k++) {
            if (strengthBits[j].get(gaps[k])) {
                covered += gapSizes[a][k];
            }
        }
        return (double) covered / gapTotals[a];
    }

    private double closeness(int a, int j) {
        int hours = Math.min(MAX_TIME_ZONE_HOURS, Math.abs(menteeOffsetMinutes[a] - mentorOffsetMinutes[j]) / 60);
        return 1 - (double) hours / MAX_TIME_ZONE_HOURS;
    }

    private static boolean teamFits(Mentee mentee, Mentor mentor) {
        return mentee.orgUnitId() == mentor.orgUnitId() || mentor.crossTeamWelcome();
    }

    private int bit(String key) {
        return bitOf.computeIfAbsent(key, k -> bitOf.size());
    }

    private BitSet bits(Set<String> keys, String prefix) {
        BitSet bits = new BitSet();
        keys.forEach(key -> bits.set(bit(prefix + key)));
        return bits;
    }

    private int offsetMinutes(ZoneId zone) {
        return zone.getRules().getOffset(at).getTotalSeconds() / 60;
    }
}
