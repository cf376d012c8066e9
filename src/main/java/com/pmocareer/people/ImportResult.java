package com.pmocareer.people;

/** What an accepted import did. */
public record ImportResult(int rows, int created, int updated) {
}
