package com.pmocareer.mentoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Assigns juniors to mentors so that first the number of juniors matched, then the total score is as large as
 * possible, never over a mentor's capacity and never on a forbidden pair. Scores are whole numbers from 0; a negative
 * score forbids the pair.
 *
 * <p>The exact solver is a min-cost flow: source → each junior → a mentor (cost −(M + score)) or straight to the sink
 * ("no mentor", cost 0), each mentor → sink up to its capacity. M exceeds any total score, so one more pair always
 * beats any gain in score. Juniors are routed one at a time along the shortest augmenting path (Dijkstra over
 * reduced costs with node potentials), which keeps the flow optimal for the juniors routed so far — the Hungarian
 * method's argument, with mentors as capacitated columns. A search stops at the first way to the sink, and a junior
 * can always go straight there, so searches stay short.
 */
final class MatchingSolver {

    static final int NONE = -1;
    private static final long INF = Long.MAX_VALUE / 4;

    /** {@code mentorOf[junior]} is a mentor index or {@link #NONE}. */
    record Result(int[] mentorOf, int matched, long totalScore) {
    }

    private MatchingSolver() {
    }

    static Result optimal(int[][] score, int[] capacity) {
        int juniors = score.length;
        int mentors = capacity.length;
        long slots = Arrays.stream(capacity).asLongStream().sum();
        int maxScore = 0;
        for (int[] row : score) {
            for (int s : row) {
                maxScore = Math.max(maxScore, s);
            }
        }
        long bonus = (long) maxScore * Math.min(juniors, slots) + 1;
        int[] mentorOf = new int[juniors];
        Arrays.fill(mentorOf, NONE);
        int[] load = new int[mentors];
        List<List<Integer>> menteesOf = new ArrayList<>(mentors);
        for (int j = 0; j < mentors; j++) {
            menteesOf.add(new ArrayList<>());
        }
        long[] piJunior = new long[juniors];
        long[] piMentor = new long[mentors];
        for (int j = 0; j < mentors; j++) {
            long best = 0;
            for (int[] row : score) {
                if (row[j] >= 0) {
                    best = Math.min(best, -(bonus + row[j]));
                }
            }
            piMentor[j] = best;
        }
        long piSink = 0;
        for (long p : piMentor) {
            piSink = Math.min(piSink, p);
        }
        long[] distJunior = new long[juniors];
        long[] distMentor = new long[mentors];
        boolean[] doneJunior = new boolean[juniors];
        boolean[] doneMentor = new boolean[mentors];
        int[] cameFromMentor = new int[juniors];
        int[] cameFromJunior = new int[mentors];
        Arrays.fill(distJunior, INF);
        List<Integer> reached = new ArrayList<>();
        var juniorQueue = new JuniorQueue(juniors);
        var mentorQueue = new MentorQueue(distMentor, doneMentor);

        for (int start = 0; start < juniors; start++) {
            mentorQueue.reset();
            for (int a : reached) {
                distJunior[a] = INF;
                doneJunior[a] = false;
            }
            reached.clear();
            juniorQueue.clear();
            distJunior[start] = 0;
            cameFromMentor[start] = NONE;
            reached.add(start);
            juniorQueue.push(0, start);
            long distSink = INF;
            int sinkFromJunior = NONE;
            int sinkFromMentor = NONE;
            while (true) {
                while (!juniorQueue.isEmpty() && (doneJunior[juniorQueue.peekJunior()]
                        || juniorQueue.peekDistance() != distJunior[juniorQueue.peekJunior()])) {
                    juniorQueue.pop();
                }
                long juniorDist = juniorQueue.isEmpty() ? INF : juniorQueue.peekDistance();
                int nextMentor = mentorQueue.nearest();
                long mentorDist = nextMentor == NONE ? INF : distMentor[nextMentor];
                if (distSink <= juniorDist && distSink <= mentorDist) {
                    break;
                }
                if (juniorDist <= mentorDist) {
                    int a = juniorQueue.pop();
                    doneJunior[a] = true;
                    int[] row = score[a];
                    long base = distJunior[a] + piJunior[a] - bonus;
                    int current = mentorOf[a];
                    for (int j = 0; j < mentors; j++) {
                        int s = row[j];
                        if (s < 0 || j == current || doneMentor[j]) {
                            continue;
                        }
                        long d = base - s - piMentor[j];
                        if (d < distMentor[j]) {
                            mentorQueue.lower(j, d);
                            cameFromJunior[j] = a;
                        }
                    }
                    if (a == start || current != NONE) {
                        long d = distJunior[a] + piJunior[a] - piSink;
                        if (d < distSink) {
                            distSink = d;
                            sinkFromJunior = a;
                            sinkFromMentor = NONE;
                        }
                    }
                } else {
                    int j = nextMentor;
                    mentorQueue.finish(j);
                    for (int a : menteesOf.get(j)) {
                        if (doneJunior[a]) {
                            continue;
                        }
                        long d = distMentor[j] + ((bonus + score[a][j]) + piMentor[j] - piJunior[a]);
                        if (d < distJunior[a]) {
                            if (distJunior[a] == INF) {
                                reached.add(a);
                            }
                            distJunior[a] = d;
                            cameFromMentor[a] = j;
                            juniorQueue.push(d, a);
                        }
                    }
                    if (load[j] < capacity[j]) {
                        long d = distMentor[j] + piMentor[j] - piSink;
                        if (d < distSink) {
                            distSink = d;
                            sinkFromMentor = j;
                            sinkFromJunior = NONE;
                        }
                    }
                }
            }
            augment(start, sinkFromJunior, sinkFromMentor, mentorOf, load, menteesOf, cameFromMentor, cameFromJunior);
            for (int a = 0; a < juniors; a++) {
                piJunior[a] += Math.min(distJunior[a], distSink);
            }
            for (int j = 0; j < mentors; j++) {
                piMentor[j] += Math.min(distMentor[j], distSink);
            }
            piSink += distSink;
        }
        return result(score, mentorOf);
    }

    /** Moves the juniors along the path found: each leaves its mentor for the next one, the last for the sink. */
    private static void augment(int start, int sinkFromJunior, int sinkFromMentor, int[] mentorOf, int[] load,
            List<List<Integer>> menteesOf, int[] cameFromMentor, int[] cameFromJunior) {
        int junior;
        int newMentor;
        if (sinkFromJunior != NONE) {
            junior = sinkFromJunior;
            newMentor = NONE;
        } else {
            newMentor = sinkFromMentor;
            junior = cameFromJunior[newMentor];
        }
        while (true) {
            int oldMentor = mentorOf[junior];
            if (oldMentor != NONE) {
                load[oldMentor]--;
                menteesOf.get(oldMentor).remove(Integer.valueOf(junior));
            }
            mentorOf[junior] = newMentor;
            if (newMentor != NONE) {
                load[newMentor]++;
                menteesOf.get(newMentor).add(junior);
            }
            if (junior == start) {
                return;
            }
            // The junior was reached from the mentor it just left; that mentor was reached from the junior who takes the place.
            newMentor = cameFromMentor[junior];
            junior = cameFromJunior[newMentor];
        }
    }

    /** Pairs in descending order of score while junior and mentor are free: the usual manual approach. */
    static Result greedy(int[][] score, int[] capacity) {
        int juniors = score.length;
        int mentors = capacity.length;
        int maxScore = 0;
        int pairs = 0;
        for (int[] row : score) {
            for (int s : row) {
                if (s >= 0) {
                    pairs++;
                    maxScore = Math.max(maxScore, s);
                }
            }
        }
        // A counting sort by score: millions of pairs sort in linear time.
        int[] count = new int[maxScore + 2];
        for (int[] row : score) {
            for (int s : row) {
                if (s >= 0) {
                    count[maxScore - s + 1]++;
                }
            }
        }
        for (int k = 1; k < count.length; k++) {
            count[k] += count[k - 1];
        }
        long[] ordered = new long[pairs];
        for (int a = 0; a < juniors; a++) {
            for (int j = 0; j < mentors; j++) {
                int s = score[a][j];
                if (s >= 0) {
                    ordered[count[maxScore - s]++] = (long) a * mentors + j;
                }
            }
        }
        int[] mentorOf = new int[juniors];
        Arrays.fill(mentorOf, NONE);
        int[] load = new int[mentors];
        for (long pair : ordered) {
            int a = (int) (pair / mentors);
            int j = (int) (pair % mentors);
            if (mentorOf[a] == NONE && load[j] < capacity[j]) {
                mentorOf[a] = j;
                load[j]++;
            }
        }
        return result(score, mentorOf);
    }

    static Result result(int[][] score, int[] mentorOf) {
        int matched = 0;
        long total = 0;
        for (int a = 0; a < mentorOf.length; a++) {
            if (mentorOf[a] != NONE) {
                matched++;
                total += score[a][mentorOf[a]];
            }
        }
        return new Result(mentorOf, matched, total);
    }

    /** Juniors reached through a mentor, nearest first; outdated entries are skipped when they surface. */
    private static final class JuniorQueue {

        private long[] distances;
        private int[] juniors;
        private int size;

        JuniorQueue(int capacity) {
            distances = new long[Math.max(16, capacity)];
            juniors = new int[distances.length];
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long peekDistance() {
            return distances[0];
        }

        int peekJunior() {
            return juniors[0];
        }

        void push(long distance, int junior) {
            if (size == distances.length) {
                distances = Arrays.copyOf(distances, size * 2);
                juniors = Arrays.copyOf(juniors, size * 2);
            }
            int at = size++;
            while (at > 0) {
                int parent = (at - 1) / 2;
                if (distances[parent] <= distance) {
                    break;
                }
                distances[at] = distances[parent];
                juniors[at] = juniors[parent];
                at = parent;
            }
            distances[at] = distance;
            juniors[at] = junior;
        }

        int pop() {
            int top = juniors[0];
            long lastDistance = distances[--size];
            int lastJunior = juniors[size];
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && distances[child + 1] < distances[child]) {
                    child++;
                }
                if (distances[child] >= lastDistance) {
                    break;
                }
                distances[at] = distances[child];
                juniors[at] = juniors[child];
                at = child;
            }
            distances[at] = lastDistance;
            juniors[at] = lastJunior;
            return top;
        }
    }

    /**
     * Mentors by tentative distance in blocks of 32 with each block's minimum kept: lowering a distance costs O(1),
     * finding the nearest scans the block minima and one block, instead of every mentor.
     */
    private static final class MentorQueue {

        private static final int BLOCK = 32;
        private final long[] distance;
        private final boolean[] done;
        private final long[] blockMin;

        MentorQueue(long[] distance, boolean[] done) {
            this.distance = distance;
            this.done = done;
            this.blockMin = new long[(distance.length + BLOCK - 1) / BLOCK];
        }

        void reset() {
            Arrays.fill(distance, INF);
            Arrays.fill(done, false);
            Arrays.fill(blockMin, INF);
        }

        void lower(int mentor, long d) {
            distance[mentor] = d;
            int block = mentor / BLOCK;
            if (d < blockMin[block]) {
                blockMin[block] = d;
            }
        }

        int nearest() {
            int best = NONE;
            for (int b = 0; b < blockMin.length; b++) {
                if (blockMin[b] < INF && (best == NONE || blockMin[b] < blockMin[best])) {
                    best = b;
                }
            }
            if (best == NONE) {
                return NONE;
            }
            int end = Math.min(distance.length, (best + 1) * BLOCK);
            for (int j = best * BLOCK; j < end; j++) {
                if (!done[j] && distance[j] == blockMin[best]) {
                    return j;
                }
            }
            throw new IllegalStateException("block minimum out of date");
        }

        void finish(int mentor) {
            done[mentor] = true;
            int block = mentor / BLOCK;
            long min = INF;
            int end = Math.min(distance.length, (block + 1) * BLOCK);
            for (int j = block * BLOCK; j < end; j++) {
                if (!done[j] && distance[j] < min) {
                    min = distance[j];
                }
            }
            blockMin[block] = min;
        }
    }

    static Comparator<Result> better() {
        return Comparator.comparingInt(Result::matched).thenComparingLong(Result::totalScore);
    }
}
