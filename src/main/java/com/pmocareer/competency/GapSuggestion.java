package com.pmocareer.competency;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Something that helps close a gap: a course, a learning path, a mentor, an assignment type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GapSuggestion(Kind kind, String id, String title, String detail, String link) {

    public enum Kind { COURSE, LEARNING_PATH, MENTOR, ASSIGNMENT }
}
