package com.pmocareer.development;

/** What a goal's action links to: a course, a mentoring goal or a project assignment (by id), or anything else. */
public enum ActionKind {
    COURSE, LEARNING_PATH, MENTORING_GOAL, ASSIGNMENT, OTHER
}
