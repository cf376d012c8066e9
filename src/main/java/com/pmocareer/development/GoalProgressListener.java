package com.pmocareer.development;

import com.pmocareer.competency.ProficiencyChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A new assessed level may reach a goal's target: the competency module tells, the plan follows. */
@Component
class GoalProgressListener {

    private final DevelopmentPlans plans;

    GoalProgressListener(DevelopmentPlans plans) {
        this.plans = plans;
    }

    @ApplicationModuleListener
    void on(ProficiencyChanged changed) {
        plans.completeReachedGoals(changed.personId(), changed.competencyCode(), changed.newLevel());
    }
}
