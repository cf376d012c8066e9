package com.pmocareer.people;

/** A person's personal data was erased on request; modules keep only anonymous aggregates about them. */
public record PersonErased(long personId) {
}
