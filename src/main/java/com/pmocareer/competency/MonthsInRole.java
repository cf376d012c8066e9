package com.pmocareer.competency;

import com.pmocareer.people.PersonSummary;
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
    private final CareerLadder ladder;

    MonthsInRole(Clock clock, CareerLadder ladder) {
        this.clock = clock;
        this.ladder = ladder;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.MONTHS_IN_ROLE;
    }

    @Override
    public Map<Long, CriterionOutcome> evaluate(CareerCriterion criterion, Collection<PersonSummary> people) {
        LocalDate today = LocalDate.now(clock);
        var names = new HashMap<String, String>();
        ladder.levels().forEach(level -> names.put(level.code(), level.name()));
        var outcomes = new HashMap<Long, CriterionOutcome>();
        for (PersonSummary person : people) {
            long months = ChronoUnit.MONTHS.between(person.levelSince(), today);
            String reason = months + " of " + criterion.months() + " months as " + names.get(person.careerLevel());
            outcomes.put(person.id(), months >= criterion.months() ? CriterionOutcome.met(reason) : CriterionOutcome.unmet(reason));
        }
        return outcomes;
    }
}
