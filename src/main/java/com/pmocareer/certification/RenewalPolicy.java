package com.pmocareer.certification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * How a credential stays valid: its cycle length (none for a lifetime credential), the units a cycle needs from the
 * accepted categories, further rules, carry-over into the next cycle and the grace after the cycle ends.
 */
public record RenewalPolicy(Integer validityMonths, String unitName, BigDecimal unitsRequired,
        Set<LedgerCategory> accepted, List<RenewalRule> rules, BigDecimal carryOverMax, int carryOverMonths,
        int graceDays) {

    public RenewalPolicy {
        accepted = Set.copyOf(accepted);
        rules = List.copyOf(rules);
        carryOverMax = carryOverMax == null ? BigDecimal.ZERO : carryOverMax;
    }

    public boolean lifetime() {
        return validityMonths == null;
    }

    /** Whether continuing education renews it; otherwise only an exam or a higher credential does. */
    public boolean renewsByUnits() {
        return !lifetime() && unitsRequired != null && unitsRequired.signum() > 0;
    }

    /** Whole years of a cycle, for the rules that ask for so much every year; at least one. */
    int cycleYears() {
        return lifetime() ? 1 : Math.max(1, validityMonths / 12);
    }
}
