package com.pmocareer.onboarding;

public enum TaskStatus {
    OPEN, DONE, NOT_APPLICABLE;

    public boolean closed() {
        return this != OPEN;
    }
}
