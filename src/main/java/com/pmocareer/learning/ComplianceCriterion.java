package com.pmocareer.learning;

import com.pmocareer.competency.CareerCriterion;
import com.pmocareer.competency.CriterionEvaluator;
import com.pmocareer.competency.CriterionKind;
import com.pmocareer.competency.CriterionOutcome;
import com.pmocareer.people.PersonSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Answers the career ladder criterion of mandatory compliance up to date: met unless some requirement is overdue. */
@Component
class ComplianceCriterion implements CriterionEvaluator {

    private final Compliance compliance;

    ComplianceCriterion(Compliance compliance) {
        this.compliance = compliance;
    }

    @Override
    public CriterionKind kind() {
        return CriterionKind.COMPLIANCE_UP_TO_DATE;
    }

    @Override
    public Map<Long, CriterionOutcome> evaluate(CareerCriterion criterion, Collection<PersonSummary> people) {
        Map<Long, CriterionOutcome> outcomes = new HashMap<>();
        compliance.overdueRequirements(people).forEach((personId, overdue) -> outcomes.put(personId, overdue.isEmpty()
                ? CriterionOutcome.met("No mandatory training overdue")
                : CriterionOutcome.unmet("Overdue: " + String.join(", ", overdue))));
        people.forEach(person -> outcomes.putIfAbsent(person.id(), CriterionOutcome.met("No mandatory training applies")));
        return outcomes;
    }

}
