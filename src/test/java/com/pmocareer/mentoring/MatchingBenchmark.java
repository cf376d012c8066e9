package com.pmocareer.mentoring;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The matching benchmark: a synthetic PMO of juniors and mentors (40 competencies, capacities 1–5, four languages,
 * six time zones, twenty teams, every junior's line manager among the mentors), scored and matched exactly and
 * greedily in the same run. Run by {@code bin/benchmark}, or alone: {@code java ... MatchingBenchmark 5000 1000}.
 */
public final class MatchingBenchmark {

    public record Report(int juniors, int mentors, int slots, long scoringMillis, long optimalMillis, int optimalMatched,
            long optimalScore, long greedyMillis, int greedyMatched, long greedyScore) {

        @Override
        public String toString() {
            return String.format("matching %,d juniors x %,d mentors (%,d places): scoring %,d ms; optimal %,d ms, %,d matched, "
                    + "total score %,d; greedy %,d ms, %,d matched, total score %,d (%.2f%% below optimal)",
                    juniors, mentors, slots, scoringMillis, optimalMillis, optimalMatched, optimalScore, greedyMillis,
                    greedyMatched, greedyScore, 100.0 * (optimalScore - greedyScore) / Math.max(1, optimalScore));
        }
    }

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Europe/Helsinki"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Asia/Singapore"));

    private MatchingBenchmark() {
    }

    public static Report run(int juniorCount, int mentorCount, long seed) {
        Random random = new Random(seed);
        List<String> competencies = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            competencies.add("C" + c);
        }
        List<MatchScoring.Mentor> mentors = new ArrayList<>();
        for (int j = 0; j < mentorCount; j++) {
            Set<String> strengths = new HashSet<>();
            int strong = 4 + random.nextInt(6);
            while (strengths.size() < strong) {
                strengths.add(competencies.get(random.nextInt(competencies.size())));
            }
            mentors.add(new MatchScoring.Mentor(j + 1, "Mentor " + j, random.nextInt(20), strengths, 1 + random.nextInt(5),
                    languages(random), ZONES.get(random.nextInt(ZONES.size())), random.nextInt(4) > 0));
        }
        List<MatchScoring.Mentee> mentees = new ArrayList<>();
        for (int a = 0; a < juniorCount; a++) {
            var gaps = new LinkedHashSet<String>();
            while (gaps.size() < 5) {
                gaps.add(competencies.get(random.nextInt(competencies.size())));
            }
            List<MatchScoring.Gap> sized = gaps.stream().map(code -> new MatchScoring.Gap(code, code, 1 + random.nextInt(3))).toList();
            long lineManager = 1 + random.nextInt(mentorCount);
            mentees.add(new MatchScoring.Mentee(100_000 + a, "Junior " + a, random.nextInt(20), lineManager, sized,
                    languages(random), ZONES.get(random.nextInt(ZONES.size()))));
        }
        long started = System.nanoTime();
        var scoring = new MatchScoring(mentees, mentors, MatchWeights.DEFAULT, Instant.parse("2026-11-26T12:00:00Z"));
        int[][] score = scoring.matrix();
        int[] capacity = scoring.capacities();
        long scored = System.nanoTime();
        var optimal = MatchingSolver.optimal(score, capacity);
        long solved = System.nanoTime();
        var greedy = MatchingSolver.greedy(score, capacity);
        long greedyDone = System.nanoTime();
        int slots = java.util.Arrays.stream(capacity).sum();
        return new Report(juniorCount, mentorCount, slots, (scored - started) / 1_000_000, (solved - scored) / 1_000_000,
                optimal.matched(), optimal.totalScore(), (greedyDone - solved) / 1_000_000, greedy.matched(),
                greedy.totalScore());
    }

    private static Set<String> languages(Random random) {
        Set<String> spoken = new HashSet<>();
        spoken.add(random.nextInt(3) > 0 ? "en" : LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        if (random.nextBoolean()) {
            spoken.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        }
        return spoken;
    }

    public static void main(String[] args) {
        int juniors = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int mentors = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int run = 1; run <= runs; run++) {
            System.out.println(run(juniors, mentors, 42 + run) + " [run " + run + " of " + runs + "]");
        }
    }
}
