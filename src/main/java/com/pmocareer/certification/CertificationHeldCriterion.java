package com.pmocareer.certification;

import com.pmocareer.competency.CareerCriterion;
import com.pmocareer.competency.CriterionEvaluator;
import com.pmocareer.competency.CriterionKind;
import com.pmocareer.competency.CriterionOutcome;
import com.pmocareer.people.PersonSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers the career ladder's "certification held" criterion: any one of the named credentials, not expired. */
@org.springframework.stereotype.Component
class CertificationHeldCriterion implements CriterionEvaluator {

    private final HeldCredentials held;
    private final Clock clock;

    CertificationHeldCriterion(HeldCredentials held, Clock clock) {
        this.held = held;
        this.clock = clock;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.CERTIFICATION_HELD;
    }

    @Override
    public Map<Long, CriterionOutcome> evaluate(CareerCriterion criterion, Collection<PersonSummary> people) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<HeldCredentials.Holding>> all = held.all();
        Map<Long, CriterionOutcome> outcomes = new HashMap<>();
        String wanted = String.join(" or ", criterion.certificationCodes());
        for (PersonSummary person : people) {
            var match = all.getOrDefault(person.id(), List.of()).stream()
                    .filter(h -> criterion.certificationCodes().contains(h.typeCode()) && h.heldOn(today)).findFirst();
            outcomes.put(person.id(), match.isPresent()
                    ? CriterionOutcome.met(match.get().typeCode() + " held" + (match.get().cycleEnd() == null ? "" : " until " + match.get().cycleEnd()))
                    : CriterionOutcome.unmet("None of " + wanted + " held"));
        }
        return outcomes;
    }
}
