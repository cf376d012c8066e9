package com.pmocareer.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A credential's cycles in order. A closed cycle counts units to its end, or to the day it was renewed when that was
 * in grace (the next cycle then counts from the day after); what a cycle renewed by units carries over goes into the
 * next. Evaluated again on every read, so a unit earned late in a cycle that was renewed early still carries over.
 */
final class CredentialCycles {

    record ClosedCycle(int number, LocalDate start, LocalDate end, LocalDate renewedOn, RenewalRoute route) {
    }

    record Evaluated(CycleOutcome current, List<CycleOutcome> closed) {
    }

    private CredentialCycles() {
    }

    static Evaluated evaluate(RenewalPolicy policy, LocalDate cycleStart, LocalDate cycleEnd, List<ClosedCycle> closed,
            List<Credit> credits) {
        BigDecimal carried = BigDecimal.ZERO;
        LocalDate countFrom = null;
        List<CycleOutcome> outcomes = new ArrayList<>();
        for (ClosedCycle cycle : closed) {
            LocalDate from = later(cycle.start(), countFrom);
            LocalDate to = cycle.renewedOn().isAfter(cycle.end()) ? cycle.renewedOn() : cycle.end();
            CycleOutcome outcome = CycleLedger.evaluate(policy, new CycleWindow(cycle.start(), cycle.end(), from,
                    to.isBefore(from) ? from : to), credits, carried);
            outcomes.add(outcome);
            carried = cycle.route() == RenewalRoute.UNITS ? outcome.carryOut() : BigDecimal.ZERO;
            countFrom = to.plusDays(1);
        }
        LocalDate from = later(cycleStart, countFrom);
        LocalDate to = cycleEnd.plusDays(policy.graceDays());
        CycleOutcome current = CycleLedger.evaluate(policy, new CycleWindow(cycleStart, cycleEnd, from,
                to.isBefore(from) ? from : to), credits, carried);
        return new Evaluated(current, List.copyOf(outcomes));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
