package com.pmocareer.competency;

import com.pmocareer.people.PersonSummary;
import java.util.Collection;
import java.util.Map;

/**
 * The extension point for career-level criteria whose data another module owns: experience answers months leading
 * projects, certification answers credentials held, learning answers compliance. A kind without an evaluator is
 * shown as "not yet measurable" and left out of the readiness score rather than guessed.
 */
public interface CriterionEvaluator {

    CriterionKind kind();

    /** The outcome for each of the people, evaluated together so that a list of thousands costs a few queries. */
    Map<Long, CriterionOutcome> evaluate(CareerCriterion criterion, Collection<PersonSummary> people);
}
