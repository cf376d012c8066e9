package com.pmocareer.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a cycle will be met if the person keeps earning what they earned in the last 12 months, category by category,
 * month after month; and what is still missing at the cycle's end at that pace. The same evaluation as the ledger is
 * run on the projected entries, so caps and yearly minimums hold in the forecast too.
 */
public record RenewalForecast(BigDecimal monthlyPace, LocalDate reachedOn, LocalDate cycleEnd, BigDecimal shortAtCycleEnd,
        List<String> shortRulesAtCycleEnd, String summary) {

    private static final int HORIZON_MONTHS = 240;

    static RenewalForecast of(RenewalPolicy policy, CycleWindow window, List<Credit> credits, BigDecimal carriedIn,
            LocalDate today) {
        // Projected months come after every credit so far, so they are added to the same tally one month at a time.
        CycleTally tally = CycleLedger.tally(policy, window, credits, carriedIn);
        CycleOutcome now = tally.outcome(window);
        Map<LedgerCategory, BigDecimal> pace = monthlyPace(policy, credits, today);
        BigDecimal monthly = pace.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
        String unit = policy.unitName() == null ? "units" : policy.unitName();
        if (now.met()) {
            return new RenewalForecast(monthly, null, window.end(), BigDecimal.ZERO, List.of(),
                    "Every rule of this cycle is met (" + plain(now.counted()) + " " + unit + " counted).");
        }
        CycleOutcome atCycleEnd = now;
        LocalDate reachedOn = null;
        for (int month = 1; month <= HORIZON_MONTHS && !pace.isEmpty(); month++) {
            LocalDate day = today.plusMonths(month);
            long projectedId = -month;
            pace.forEach((category, units) -> tally.add(new Credit(projectedId, day, category, units)));
            CycleOutcome outcome = tally.outcome(day.isAfter(window.countTo()) ? window.countingTo(day) : window);
            if (!day.isAfter(window.end())) {
                atCycleEnd = outcome;
            }
            if (outcome.met()) {
                reachedOn = day;
                break;
            }
        }
        BigDecimal short_ = atCycleEnd.missing().setScale(1, RoundingMode.UP);
        List<String> shortRules = atCycleEnd.rules().stream().filter(r -> !r.met())
                .map(r -> r.label() + ": " + plain(r.missing().setScale(1, RoundingMode.UP)) + " more").toList();
        return new RenewalForecast(monthly, reachedOn, window.end(), short_, shortRules,
                summary(policy, window, reachedOn, monthly, short_, shortRules, unit));
    }

    private static String summary(RenewalPolicy policy, CycleWindow window, LocalDate reachedOn, BigDecimal monthly,
            BigDecimal short_, List<String> shortRules, String unit) {
        String needed = plain(policy.unitsRequired()) + " " + unit;
        if (reachedOn == null) {
            return (monthly.signum() == 0 ? "Nothing earned in the last 12 months: at this pace you never reach " + needed
                    : "At " + plain(monthly) + " " + unit + " a month some rules are never met")
                    + ". Still missing by " + window.end() + ": " + String.join("; ", shortRules) + ".";
        }
        if (!reachedOn.isAfter(window.end())) {
            return "At your pace of " + plain(monthly) + " " + unit + " a month you meet every rule around " + reachedOn
                    + ", before the cycle ends on " + window.end() + ".";
        }
        long monthsLate = Math.max(1, ChronoUnit.MONTHS.between(window.end(), reachedOn));
        String more = short_.signum() > 0 ? plain(short_) + " more " + unit + " needed by " + window.end()
                : String.join("; ", shortRules) + " by " + window.end();
        return "At your pace of " + plain(monthly) + " " + unit + " a month you reach " + needed + " " + monthsLate
                + (monthsLate == 1 ? " month" : " months") + " after expiry: " + more + ".";
    }

    /** Units a month by category over the last 12 months up to today, in the categories the credential accepts. */
    static Map<LedgerCategory, BigDecimal> monthlyPace(RenewalPolicy policy, List<Credit> credits, LocalDate today) {
        LocalDate from = today.minusMonths(12).plusDays(1);
        Map<LedgerCategory, BigDecimal> pace = new EnumMap<>(LedgerCategory.class);
        for (Credit credit : credits) {
            if (policy.accepted().contains(credit.category()) && !credit.earnedOn().isBefore(from) && !credit.earnedOn().isAfter(today)) {
                pace.merge(credit.category(), credit.units(), BigDecimal::add);
            }
        }
        pace.replaceAll((category, units) -> units.divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP));
        pace.values().removeIf(units -> units.signum() == 0);
        return pace;
    }

    static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
