package com.pmocareer.onboarding;

import com.pmocareer.people.PersonHired;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the onboarding plan of a new junior PM from the matching template. People whose start date lies more than
 * a month back (an import of existing staff) get none: a plan with every task overdue helps nobody; a lead can still
 * start one on demand.
 */
@Component
class NewHireOnboarding {

    private static final Logger log = LoggerFactory.getLogger(NewHireOnboarding.class);
    static final String JUNIOR_LEVEL = "JUNIOR_PM";
    static final int RECENT_DAYS = 31;

    private final OnboardingPlans plans;
    private final Clock clock;

    NewHireOnboarding(OnboardingPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(PersonHired hired) {
        if (!JUNIOR_LEVEL.equals(hired.careerLevel()) || hired.startDate().isBefore(LocalDate.now(clock).minusDays(RECENT_DAYS))) {
            return;
        }
        long planId = plans.startForHire(hired.personId());
        if (planId < 0) {
            log.info("No onboarding template applies to new hire {}, or a plan runs already", hired.personId());
        }
    }
}
