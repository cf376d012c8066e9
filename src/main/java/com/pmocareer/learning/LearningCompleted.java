package com.pmocareer.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Published with every completion — a course (through a session or xAPI) or a verified activity — so that the
 * certification module credits units by category, the competency module records evidence and development and
 * onboarding tick off what linked the course. {@code itemId} is course-12 or activity-7; {@code courseId},
 * {@code courseCode} and {@code courseTitle} are null for activities; {@code pmEducation} says the hours count as
 * project management education; {@code competencies} maps competency codes to the level the course aims at;
 * {@code title} is the course's or the activity's title.
 */
public record LearningCompleted(long personId, String itemId, Long courseId, String courseCode, String courseTitle,
        LocalDate completedOn, BigDecimal hours, Map<UnitCategory, BigDecimal> units, Map<String, Integer> competencies,
        boolean pmEducation, long recordId, String title) {
}
