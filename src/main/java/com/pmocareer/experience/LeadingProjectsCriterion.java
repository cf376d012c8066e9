package com.pmocareer.experience;

import com.pmocareer.competency.CareerCriterion;
import com.pmocareer.competency.CriterionEvaluator;
import com.pmocareer.competency.CriterionKind;
import com.pmocareer.competency.CriterionOutcome;
import com.pmocareer.people.PersonSummary;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Answers the career ladder criterion of months leading projects, over the person's whole history. */
@Component
class LeadingProjectsCriterion implements CriterionEvaluator {

    private static final LocalDate EVER = LocalDate.of(1900, 1, 1);

    private final ProjectExperience experience;

    LeadingProjectsCriterion(ProjectExperience experience) {
        this.experience = experience;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.MONTHS_LEADING_PROJECTS;
    }

    @Override
    public Map<Long, CriterionOutcome> evaluate(CareerCriterion criterion, Collection<PersonSummary> people) {
        var months = experience.monthsLeading(people.stream().map(PersonSummary::id).toList(), EVER, LocalDate.MAX);
        var led = experience.projectsLed(people.stream().map(PersonSummary::id).toList());
        Map<Long, CriterionOutcome> outcomes = new HashMap<>();
        months.forEach((personId, result) -> {
            String reason = result.months() + " of " + criterion.months() + " months leading projects as co-PM or PM ("
                    + led.getOrDefault(personId, 0) + " projects)";
            outcomes.put(personId, result.months() >= criterion.months() ? CriterionOutcome.met(reason)
                    : CriterionOutcome.unmet(reason));
        });
        return outcomes;
    }
}
