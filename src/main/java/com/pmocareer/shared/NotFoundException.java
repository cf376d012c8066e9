package com.pmocareer.shared;

/** The thing does not exist, or the caller may not see it: both answer 404 so that existence leaks nothing. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
