package com.pmocareer.certification;

import com.pmocareer.certification.CycleOutcome.RuleOutcome;
import com.pmocareer.certification.CycleOutcome.YearOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one cycle of a credential against its renewal policy. Units count in the order they were earned: a unit
 * that finds a cap (or a cap it sits within) full does not count, as an issuer accepts the first claims up to a cap.
 * Minimums and yearly minimums are then checked on what counted; the total adds what the previous cycle carried in.
 */
final class CycleLedger {

    private static final Comparator<Credit> EARNED_ORDER = Comparator.comparing(Credit::earnedOn)
            .thenComparingLong(Credit::entryId).thenComparing(Credit::category);

    private CycleLedger() {
    }

    static CycleOutcome evaluate(RenewalPolicy policy, CycleWindow window, List<Credit> credits, BigDecimal carriedIn) {
        List<RenewalRule> caps = policy.rules().stream().filter(r -> r.kind() == RuleKind.CAP).toList();
        Map<Integer, BigDecimal> capUsed = new HashMap<>();
        Map<LedgerCategory, BigDecimal> raw = new EnumMap<>(LedgerCategory.class);
        Map<LedgerCategory, BigDecimal> counted = new EnumMap<>(LedgerCategory.class);
        Map<Long, BigDecimal> countedByEntry = new LinkedHashMap<>();
        List<Credit> countedCredits = new ArrayList<>();
        List<Credit> inCycle = credits.stream()
                .filter(c -> policy.accepted().contains(c.category()) && window.counts(c.earnedOn()))
                .sorted(EARNED_ORDER).toList();
        for (Credit credit : inCycle) {
            raw.merge(credit.category(), credit.units(), BigDecimal::add);
            BigDecimal counts = credit.units();
            for (RenewalRule cap : caps) {
                if (cap.covers(credit.category())) {
                    BigDecimal room = cap.amount().subtract(capUsed.getOrDefault(cap.position(), BigDecimal.ZERO)).max(BigDecimal.ZERO);
                    counts = counts.min(room);
                }
            }
            for (RenewalRule cap : caps) {
                if (cap.covers(credit.category())) {
                    capUsed.merge(cap.position(), counts, BigDecimal::add);
                }
            }
            if (counts.signum() > 0) {
                counted.merge(credit.category(), counts, BigDecimal::add);
                countedByEntry.merge(credit.entryId(), counts, BigDecimal::add);
                countedCredits.add(new Credit(credit.entryId(), credit.earnedOn(), credit.category(), counts));
            }
        }
        BigDecimal carried = carriedIn == null ? BigDecimal.ZERO : carriedIn;
        BigDecimal countedTotal = sum(counted.values()).add(carried);
        BigDecimal needed = policy.unitsRequired() == null ? BigDecimal.ZERO : policy.unitsRequired();
        List<RuleOutcome> outcomes = new ArrayList<>();
        outcomes.add(new RuleOutcome("Total " + (policy.unitName() == null ? "units" : policy.unitName()), "TOTAL", needed,
                countedTotal, sum(raw.values()).add(carried), needed.subtract(countedTotal).max(BigDecimal.ZERO),
                countedTotal.compareTo(needed) >= 0, List.of(), 0));
        for (RenewalRule rule : policy.rules()) {
            outcomes.add(switch (rule.kind()) {
                case MINIMUM -> minimum(rule, counted, raw);
                case CAP -> cap(rule, counted, raw, policy);
                case YEARLY_MINIMUM -> yearly(rule, policy, window, countedCredits, raw);
            });
        }
        boolean met = outcomes.stream().allMatch(RuleOutcome::met);
        return new CycleOutcome(window, outcomes, carried, countedTotal, needed, met,
                carryOut(policy, window, countedCredits, countedTotal, needed), countedByEntry);
    }

    private static RuleOutcome minimum(RenewalRule rule, Map<LedgerCategory, BigDecimal> counted, Map<LedgerCategory, BigDecimal> raw) {
        BigDecimal have = over(rule, counted);
        return new RuleOutcome(rule.label(), rule.kind().name(), rule.amount(), have, over(rule, raw),
                rule.amount().subtract(have).max(BigDecimal.ZERO), have.compareTo(rule.amount()) >= 0, List.of(), 0);
    }

    private static RuleOutcome cap(RenewalRule rule, Map<LedgerCategory, BigDecimal> counted,
            Map<LedgerCategory, BigDecimal> raw, RenewalPolicy policy) {
        return new RuleOutcome(rule.label(), rule.kind().name(), rule.amount(), over(rule, counted), over(rule, raw),
                BigDecimal.ZERO, true, List.of(), depth(rule, policy));
    }

    /** Each year of the cycle on its own: a rich year does not make up for a poor one. */
    private static RuleOutcome yearly(RenewalRule rule, RenewalPolicy policy, CycleWindow window, List<Credit> countedCredits,
            Map<LedgerCategory, BigDecimal> raw) {
        List<YearOutcome> years = new ArrayList<>();
        BigDecimal missing = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        int cycleYears = policy.cycleYears();
        for (int year = 0; year < cycleYears; year++) {
            LocalDate from = window.start().plusYears(year);
            LocalDate to = year == cycleYears - 1 ? window.countTo() : window.start().plusYears(year + 1L).minusDays(1);
            BigDecimal have = countedCredits.stream()
                    .filter(c -> rule.covers(c.category()) && !c.earnedOn().isBefore(from) && !c.earnedOn().isAfter(to))
                    .map(Credit::units).reduce(BigDecimal.ZERO, BigDecimal::add);
            years.add(new YearOutcome(from, to, have, rule.amount()));
            missing = missing.add(rule.amount().subtract(have).max(BigDecimal.ZERO));
            total = total.add(have);
        }
        BigDecimal needed = rule.amount().multiply(BigDecimal.valueOf(cycleYears));
        return new RuleOutcome(rule.label(), rule.kind().name(), needed, needed.subtract(missing), over(rule, raw), missing,
                missing.signum() == 0, List.copyOf(years), 0);
    }

    /** Units above the requirement that were earned in the cycle's last months, up to the carry-over limit. */
    private static BigDecimal carryOut(RenewalPolicy policy, CycleWindow window, List<Credit> countedCredits,
            BigDecimal countedTotal, BigDecimal needed) {
        if (policy.carryOverMax().signum() <= 0 || policy.carryOverMonths() <= 0) {
            return BigDecimal.ZERO;
        }
        LocalDate lastMonthsFrom = window.end().minusMonths(policy.carryOverMonths()).plusDays(1);
        BigDecimal earnedLate = countedCredits.stream()
                .filter(c -> !c.earnedOn().isBefore(lastMonthsFrom) && !c.earnedOn().isAfter(window.end()))
                .map(Credit::units).reduce(BigDecimal.ZERO, BigDecimal::add);
        return countedTotal.subtract(needed).max(BigDecimal.ZERO).min(earnedLate).min(policy.carryOverMax());
    }

    private static int depth(RenewalRule rule, RenewalPolicy policy) {
        int depth = 0;
        Integer within = rule.within();
        while (within != null && depth < policy.rules().size()) {
            depth++;
            Integer parent = within;
            within = policy.rules().stream().filter(r -> r.position() == parent).findFirst().map(RenewalRule::within).orElse(null);
        }
        return depth;
    }

    private static BigDecimal over(RenewalRule rule, Map<LedgerCategory, BigDecimal> byCategory) {
        return sum(byCategory.entrySet().stream().filter(e -> rule.covers(e.getKey())).map(Map.Entry::getValue).toList());
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
