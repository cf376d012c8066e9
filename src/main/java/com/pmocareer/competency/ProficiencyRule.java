package com.pmocareer.competency;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a person's current level in a competency is derived from its ratings — one rule, not "first rating wins":
 * <ol>
 * <li>The current level is the most recent rating by a MENTOR or a LEAD (validated by someone who has seen the work).
 * A newer validated rating replaces an older one, up or down.</li>
 * <li>Without any MENTOR or LEAD rating the competency is "not assessed"; SELF and PEER ratings never set the level.</li>
 * <li>Beside it: the latest SELF rating, and the average of each peer's latest PEER rating — shown only when at
 * least {@value #ANONYMOUS_PEERS} peers rated, so that no single peer can be recognised.</li>
 * <li>The competency is flagged when the self or peer view differs from the current level by 2 or more.</li>
 * </ol>
 * Ratings of a 360 round count once the round is closed.
 */
final class ProficiencyRule {

    static final int ANONYMOUS_PEERS = 3;
    static final int DIVERGENCE = 2;

    record Rating(RaterRole role, int level, Instant ratedAt, long raterId) {
    }

    record Derived(Integer level, Instant assessedAt, Integer selfLevel, Double peerLevel, boolean diverges) {
    }

    private ProficiencyRule() {
    }

    static Derived derive(List<Rating> ratings) {
        var newestFirst = Comparator.comparing(Rating::ratedAt).reversed();
        Optional<Rating> validated = ratings.stream()
                .filter(r -> r.role() == RaterRole.MENTOR || r.role() == RaterRole.LEAD).min(newestFirst);
        Integer self = ratings.stream().filter(r -> r.role() == RaterRole.SELF).min(newestFirst).map(Rating::level)
                .orElse(null);
        Double peers = peerAverage(ratings.stream().filter(r -> r.role() == RaterRole.PEER).toList());
        Integer level = validated.map(Rating::level).orElse(null);
        boolean diverges = level != null && (self != null && Math.abs(self - level) >= DIVERGENCE
                || peers != null && Math.abs(peers - level) >= DIVERGENCE);
        return new Derived(level, validated.map(Rating::ratedAt).orElse(null), self, peers, diverges);
    }

    /** The mean of each peer's latest rating, rounded to one decimal; null below the anonymity threshold. */
    static Double peerAverage(List<Rating> peerRatings) {
        Map<Long, Rating> latestByPeer = new HashMap<>();
        for (Rating rating : peerRatings) {
            latestByPeer.merge(rating.raterId(), rating, (a, b) -> a.ratedAt().isAfter(b.ratedAt()) ? a : b);
        }
        if (latestByPeer.size() < ANONYMOUS_PEERS) {
            return null;
        }
        double mean = latestByPeer.values().stream().mapToInt(Rating::level).average().orElseThrow();
        return Math.round(mean * 10) / 10.0;
    }
}
