package com.pmocareer.development;

/** Where a goal stands; DONE and DROPPED are final. */
public enum GoalStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DROPPED;

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
