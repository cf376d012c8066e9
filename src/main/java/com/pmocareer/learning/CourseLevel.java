package com.pmocareer.learning;

/** How much a course assumes. */
public enum CourseLevel {
    INTRODUCTORY, INTERMEDIATE, ADVANCED
}
