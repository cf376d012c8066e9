package com.pmocareer.learning;

/** A logged activity counts as learning once a lead or mentor has verified it. */
public enum ActivityStatus {
    LOGGED, VERIFIED, REJECTED
}
