package com.pmocareer.shared;

/** A request body over the configured limit. Answers 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + limitBytes + " bytes.");
    }
}
