package com.pmocareer.experience;

/** A logged entry counts as evidence once the person's mentor or lead confirms it. */
public enum EntryStatus {
    LOGGED, CONFIRMED, REJECTED
}
