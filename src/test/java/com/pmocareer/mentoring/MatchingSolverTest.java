package com.pmocareer.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact solver against brute force on small random instances, the hard rules as a property over a thousand
 * random instances, and the greedy baseline's known weakness.
 */
class MatchingSolverTest {

    /** A random instance: scores 0–100, some pairs forbidden, capacities 0–3. */
    record Instance(long seed, int[][] score, int[] capacity) {

        static Instance random(long seed, int maxJuniors, int maxMentors, int forbiddenPercent) {
            Random random = new Random(seed);
            int juniors = 1 + random.nextInt(maxJuniors);
            int mentors = 1 + random.nextInt(maxMentors);
            int[][] score = new int[juniors][mentors];
            for (int[] row : score) {
                for (int j = 0; j < mentors; j++) {
                    row[j] = random.nextInt(100) < forbiddenPercent ? -1 : random.nextInt(random.nextBoolean() ? 101 : 4);
                }
            }
            int[] capacity = IntStream.range(0, mentors).map(j -> random.nextInt(4)).toArray();
            return new Instance(seed, score, capacity);
        }

        @Override
        public String toString() {
            return "seed " + seed + ": " + score.length + " juniors, capacities " + Arrays.toString(capacity);
        }
    }

    static Stream<Instance> smallInstances() {
        return LongStream.range(0, 400).mapToObj(seed -> Instance.random(seed, 7, 4, 25));
    }

    static Stream<Instance> largerInstances() {
        return LongStream.range(1000, 2000).mapToObj(seed -> Instance.random(seed, 60, 15, 30));
    }

    @ParameterizedTest
    @MethodSource("smallInstances")
    void matchesAsManyJuniorsAndScoresAsHighAsBruteForce(Instance instance) {
        var optimal = MatchingSolver.optimal(instance.score(), instance.capacity());
        var best = bruteForce(instance.score(), instance.capacity());
        assertThat(optimal.matched()).as("juniors matched").isEqualTo(best.matched());
        assertThat(optimal.totalScore()).as("total score").isEqualTo(best.totalScore());
        assertHardRules(instance, optimal);
    }

    @ParameterizedTest
    @MethodSource("largerInstances")
    void neverBreaksAHardRuleAndNeverLosesToGreedy(Instance instance) {
        var optimal = MatchingSolver.optimal(instance.score(), instance.capacity());
        assertHardRules(instance, optimal);
        var greedy = MatchingSolver.greedy(instance.score(), instance.capacity());
        assertHardRules(instance, greedy);
        assertThat(MatchingSolver.better().compare(optimal, greedy)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void oneMorePairBeatsAnyGainInScore() {
        // Junior 0 could take mentor 0 for 100, but then junior 1 (who can only have mentor 0) is left out.
        int[][] score = {{100, 0}, {1, -1}};
        var result = MatchingSolver.optimal(score, new int[] {1, 1});
        assertThat(result.matched()).isEqualTo(2);
        assertThat(result.mentorOf()).containsExactly(1, 0);
        assertThat(MatchingSolver.greedy(score, new int[] {1, 1}).matched()).as("greedy takes the 100 first").isEqualTo(1);
    }

    @Test
    void greedyLeavesScoreOnTheTableWhereTheOptimumDoesNot() {
        int[][] score = {{90, 80}, {85, 10}};
        var optimal = MatchingSolver.optimal(score, new int[] {1, 1});
        var greedy = MatchingSolver.greedy(score, new int[] {1, 1});
        assertThat(optimal.totalScore()).isEqualTo(165);
        assertThat(greedy.totalScore()).isEqualTo(100);
    }

    @Test
    void nobodyIsMatchedWithoutCapacityOrAllowedPairs() {
        assertThat(MatchingSolver.optimal(new int[][] {{50}}, new int[] {0}).matched()).isZero();
        assertThat(MatchingSolver.optimal(new int[][] {{-1}}, new int[] {3}).matched()).isZero();
        assertThat(MatchingSolver.optimal(new int[0][0], new int[0]).matched()).isZero();
    }

    static void assertHardRules(Instance instance, MatchingSolver.Result result) {
        int[] load = new int[instance.capacity().length];
        for (int a = 0; a < result.mentorOf().length; a++) {
            int mentor = result.mentorOf()[a];
            if (mentor != MatchingSolver.NONE) {
                assertThat(instance.score()[a][mentor]).as(instance + ": junior " + a + " on a forbidden pair").isNotNegative();
                load[mentor]++;
            }
        }
        for (int j = 0; j < load.length; j++) {
            assertThat(load[j]).as(instance + ": mentor " + j + " over capacity").isLessThanOrEqualTo(instance.capacity()[j]);
        }
        assertThat(result).isEqualTo(MatchingSolver.result(instance.score(), result.mentorOf()));
    }

    /** Every way to give each junior a mentor with room or none: the best by (matched, score). */
    static MatchingSolver.Result bruteForce(int[][] score, int[] capacity) {
        int[] mentorOf = new int[score.length];
        Arrays.fill(mentorOf, MatchingSolver.NONE);
        return search(score, capacity.clone(), mentorOf, 0);
    }

    private static MatchingSolver.Result search(int[][] score, int[] room, int[] mentorOf, int junior) {
        if (junior == score.length) {
            return MatchingSolver.result(score, mentorOf.clone());
        }
        mentorOf[junior] = MatchingSolver.NONE;
        MatchingSolver.Result best = search(score, room, mentorOf, junior + 1);
        for (int j = 0; j < room.length; j++) {
            if (room[j] > 0 && score[junior][j] >= 0) {
                room[j]--;
                mentorOf[junior] = j;
                var candidate = search(score, room, mentorOf, junior + 1);
                if (MatchingSolver.better().compare(candidate, best) > 0) {
                    best = candidate;
                }
                room[j]++;
                mentorOf[junior] = MatchingSolver.NONE;
            }
        }
        return best;
    }
}
