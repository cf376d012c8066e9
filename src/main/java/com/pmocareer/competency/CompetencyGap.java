package com.pmocareer.competency;

/** A competency where a person is below what their next career level requires, by how many levels. */
public record CompetencyGap(String code, String name, int gap) {
}
