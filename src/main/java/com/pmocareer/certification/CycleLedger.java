package com.pmocareer.certification;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates one cycle of a credential against its renewal policy. Units count in the order they were earned: a unit
 * that finds a cap (or a cap it sits within) full does not count, as an issuer accepts the first claims up to a cap.
 * Minimums and yearly minimums are then checked on what counted; the total adds what the previous cycle carried in.
 */
final class CycleLedger {

    static final Comparator<Credit> EARNED_ORDER = Comparator.comparing(Credit::earnedOn)
            .thenComparingLong(Credit::entryId).thenComparing(Credit::category);

    private CycleLedger() {
    }

    static CycleOutcome evaluate(RenewalPolicy policy, CycleWindow window, List<Credit> credits, BigDecimal carriedIn) {
        return tally(policy, window, credits, carriedIn).outcome(window);
    }

    /** The cycle's tally of the credits it counts, added in the order they were earned. */
    static CycleTally tally(RenewalPolicy policy, CycleWindow window, List<Credit> credits, BigDecimal carriedIn) {
        CycleTally tally = new CycleTally(policy, window, carriedIn);
        credits.stream().filter(c -> window.counts(c.earnedOn())).sorted(EARNED_ORDER).forEach(tally::add);
        return tally;
    }
}
