package com.pmocareer.certification;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One rule of a renewal policy over some ledger categories. {@code within} names the position of the cap this cap
 * sits inside (Working as a Professional ≤ 8 within Giving Back ≤ 25); its categories are a subset of that cap's.
 */
public record RenewalRule(int position, RuleKind kind, String label, Set<LedgerCategory> categories, BigDecimal amount,
        Integer within) {

    public RenewalRule {
        categories = Set.copyOf(categories);
    }

    boolean covers(LedgerCategory category) {
        return categories.contains(category);
    }
}
