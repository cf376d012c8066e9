package com.pmocareer.onboarding;

public enum PlanStatus {
    ACTIVE, COMPLETED, CANCELLED
}
