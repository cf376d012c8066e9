package com.pmocareer.competency;

import com.pmocareer.people.PersonView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Whole months since the person reached their current career level. */
@Component
class MonthsInRole implements CriterionEvaluator {

    private final Clock clock;

    MonthsInRole(Clock clock) {
        this.clock = clock;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.MONTHS_IN_ROLE;
    }

    @Override
    public Map<Long, CriterionOutcome> evaluate(CareerCriterion criterion, Collection<PersonView> people) {
        LocalDate today = LocalDate.now(clock);
        var outcomes = new HashMap<Long, CriterionOutcome>();
        for (PersonView person : people) {
            long months = ChronoUnit.MONTHS.between(person.levelSince(), today);
            String reason = months + " of " + criterion.months() + " months as " + person.careerLevelName();
            outcomes.put(person.id(), months >= criterion.months() ? CriterionOutcome.met(reason) : CriterionOutcome.unmet(reason));
        }
        return outcomes;
    }
}
