package com.pmocareer.people;

/** A rung of the career ladder as people are placed on it. */
public record CareerLevelView(String code, String name, int rank) {
}
