package com.pmocareer.shared;

/** The request clashes with the current state: a stale version, a duplicate, a full session. Answers 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleVersion(String what, Object id) {
        return new ConflictException(what + " " + id
                + " was changed by someone else since you loaded it. Reload it and apply your change again.");
    }
}
