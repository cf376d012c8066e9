package com.pmocareer.certification;

import com.pmocareer.certification.CycleOutcome.RuleOutcome;
import com.pmocareer.certification.CycleOutcome.YearOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running count of one cycle: units are added in the order they were earned, each counting as far as the caps
 * that cover its category still have room, and the rules are read off at any point. A forecast keeps adding projected
 * months to the same tally instead of evaluating the whole ledger again for every month.
 */
final class CycleTally {

    private final RenewalPolicy policy;
    private final CycleWindow window;
    private final BigDecimal carriedIn;
    private final List<RenewalRule> caps;
    private final List<RenewalRule> yearly;
    private final int cycleYears;
    private final LocalDate carryFrom;
    private final Map<Integer, BigDecimal> capUsed = new HashMap<>();
    private final Map<LedgerCategory, BigDecimal> raw = new EnumMap<>(LedgerCategory.class);
    private final Map<LedgerCategory, BigDecimal> counted = new EnumMap<>(LedgerCategory.class);
    private final Map<Integer, BigDecimal[]> countedByYear = new HashMap<>();
    private final Map<Long, BigDecimal> countedByEntry = new LinkedHashMap<>();
    private BigDecimal countedLate = BigDecimal.ZERO;

    CycleTally(RenewalPolicy policy, CycleWindow window, BigDecimal carriedIn) {
        this.policy = policy;
        this.window = window;
        this.carriedIn = carriedIn == null ? BigDecimal.ZERO : carriedIn;
        this.caps = policy.rules().stream().filter(r -> r.kind() == RuleKind.CAP).toList();
        this.yearly = policy.rules().stream().filter(r -> r.kind() == RuleKind.YEARLY_MINIMUM).toList();
        this.cycleYears = policy.cycleYears();
        this.carryFrom = policy.carryOverMonths() > 0 ? window.end().minusMonths(policy.carryOverMonths()).plusDays(1) : null;
        yearly.forEach(rule -> {
            BigDecimal[] years = new BigDecimal[cycleYears];
            java.util.Arrays.fill(years, BigDecimal.ZERO);
            countedByYear.put(rule.position(), years);
        });
    }

    /** Adds a credit earned no earlier than the last one added; one the credential does not accept is ignored. */
    void add(Credit credit) {
        if (!policy.accepted().contains(credit.category()) || credit.earnedOn().isBefore(window.countFrom())) {
            return;
        }
        raw.merge(credit.category(), credit.units(), BigDecimal::add);
        BigDecimal counts = credit.units();
        for (RenewalRule cap : caps) {
            if (cap.covers(credit.category())) {
                counts = counts.min(cap.amount().subtract(capUsed.getOrDefault(cap.position(), BigDecimal.ZERO)).max(BigDecimal.ZERO));
            }
        }
        if (counts.signum() <= 0) {
            return;
        }
        for (RenewalRule cap : caps) {
            if (cap.covers(credit.category())) {
                capUsed.merge(cap.position(), counts, BigDecimal::add);
            }
        }
        counted.merge(credit.category(), counts, BigDecimal::add);
        countedByEntry.merge(credit.entryId(), counts, BigDecimal::add);
        int year = yearOf(credit.earnedOn());
        for (RenewalRule rule : yearly) {
            if (rule.covers(credit.category())) {
                BigDecimal[] years = countedByYear.get(rule.position());
                years[year] = years[year].add(counts);
            }
        }
        if (carryFrom != null && !credit.earnedOn().isBefore(carryFrom) && !credit.earnedOn().isAfter(window.end())) {
            countedLate = countedLate.add(counts);
        }
    }

    /** The cycle's years run from its start, anniversary to anniversary; the last takes everything after. */
    private int yearOf(LocalDate day) {
        for (int year = 1; year < cycleYears; year++) {
            if (day.isBefore(window.start().plusYears(year))) {
                return year - 1;
            }
        }
        return cycleYears - 1;
    }

    /** The rules as they stand, for a window whose counting may reach further than this tally's (a forecast). */
    CycleOutcome outcome(CycleWindow asOf) {
        BigDecimal countedTotal = sum(counted.values()).add(carriedIn);
        BigDecimal needed = policy.unitsRequired() == null ? BigDecimal.ZERO : policy.unitsRequired();
        List<RuleOutcome> outcomes = new ArrayList<>();
        outcomes.add(new RuleOutcome("Total " + (policy.unitName() == null ? "units" : policy.unitName()), "TOTAL", needed,
                countedTotal, sum(raw.values()).add(carriedIn), needed.subtract(countedTotal).max(BigDecimal.ZERO),
                countedTotal.compareTo(needed) >= 0, List.of(), 0));
        for (RenewalRule rule : policy.rules()) {
            BigDecimal have = over(rule, counted);
            outcomes.add(switch (rule.kind()) {
                case MINIMUM -> new RuleOutcome(rule.label(), rule.kind().name(), rule.amount(), have, over(rule, raw),
                        rule.amount().subtract(have).max(BigDecimal.ZERO), have.compareTo(rule.amount()) >= 0, List.of(), 0);
                case CAP -> new RuleOutcome(rule.label(), rule.kind().name(), rule.amount(), have, over(rule, raw),
                        BigDecimal.ZERO, true, List.of(), depth(rule));
                case YEARLY_MINIMUM -> yearlyOutcome(rule, asOf);
            });
        }
        boolean met = outcomes.stream().allMatch(RuleOutcome::met);
        BigDecimal carryOut = policy.carryOverMax().signum() > 0 && carryFrom != null
                ? countedTotal.subtract(needed).max(BigDecimal.ZERO).min(countedLate).min(policy.carryOverMax()) : BigDecimal.ZERO;
        return new CycleOutcome(asOf, outcomes, carriedIn, countedTotal, needed, met, carryOut, Map.copyOf(countedByEntry));
    }

    /** Each year of the cycle on its own: a rich year does not make up for a poor one. */
    private RuleOutcome yearlyOutcome(RenewalRule rule, CycleWindow asOf) {
        BigDecimal[] counts = countedByYear.get(rule.position());
        List<YearOutcome> years = new ArrayList<>();
        BigDecimal missing = BigDecimal.ZERO;
        for (int year = 0; year < cycleYears; year++) {
            LocalDate from = window.start().plusYears(year);
            LocalDate to = year == cycleYears - 1 ? asOf.countTo() : window.start().plusYears(year + 1L).minusDays(1);
            years.add(new YearOutcome(from, to, counts[year], rule.amount()));
            missing = missing.add(rule.amount().subtract(counts[year]).max(BigDecimal.ZERO));
        }
        BigDecimal needed = rule.amount().multiply(BigDecimal.valueOf(cycleYears));
        return new RuleOutcome(rule.label(), rule.kind().name(), needed, needed.subtract(missing), over(rule, raw), missing,
                missing.signum() == 0, List.copyOf(years), 0);
    }

    private int depth(RenewalRule rule) {
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
        BigDecimal total = BigDecimal.ZERO;
        for (var entry : byCategory.entrySet()) {
            if (rule.covers(entry.getKey())) {
                total = total.add(entry.getValue());
            }
        }
        return total;
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            total = total.add(value);
        }
        return total;
    }
}
