package com.pmocareer.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One cycle of a credential against its policy: every rule with what it needs, what counts and what was earned,
 * whether the cycle is met, what it carries into the next, and how much of each entry counted.
 */
public record CycleOutcome(CycleWindow window, List<RuleOutcome> rules, BigDecimal carriedIn, BigDecimal counted,
        BigDecimal needed, boolean met, BigDecimal carryOut, Map<Long, BigDecimal> countedByEntry) {

    /** {@code kind} is TOTAL or a {@link RuleKind}; {@code depth} indents a cap that sits inside another. */
    public record RuleOutcome(String label, String kind, BigDecimal needed, BigDecimal counted, BigDecimal raw,
            BigDecimal missing, boolean met, List<YearOutcome> years, int depth) {

        /** How full the progress bar is, 0–100. */
        public int percent() {
            return percentOf(counted, needed);
        }
    }

    public record YearOutcome(LocalDate from, LocalDate to, BigDecimal counted, BigDecimal needed) {

        public boolean met() {
            return counted.compareTo(needed) >= 0;
        }
    }

    public BigDecimal missing() {
        return rules.stream().filter(r -> "TOTAL".equals(r.kind())).map(RuleOutcome::missing).findFirst().orElse(BigDecimal.ZERO);
    }

    /** A progress bar's fill, 0–100: nothing needed is full. */
    static int percentOf(BigDecimal have, BigDecimal needed) {
        if (needed == null || needed.signum() == 0) {
            return 100;
        }
        return have.multiply(BigDecimal.valueOf(100)).divide(needed, 0, java.math.RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100)).intValue();
    }
}
