package com.pmocareer.onboarding;

import com.pmocareer.learning.LearningCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A completed course ticks off the onboarding tasks that asked for it. */
@Component
class CourseCompletionListener {

    private final OnboardingPlans plans;

    CourseCompletionListener(OnboardingPlans plans) {
        this.plans = plans;
    }

    @ApplicationModuleListener
    void on(LearningCompleted completed) {
        if (completed.courseId() != null) {
            plans.completeCourseTasks(completed.personId(), completed.courseCode(), completed.courseTitle(), completed.completedOn());
        }
    }
}
