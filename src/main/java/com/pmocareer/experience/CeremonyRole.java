package com.pmocareer.experience;

public enum CeremonyRole {
    FACILITATED, ATTENDED;

    public String label() {
        return this == FACILITATED ? "Facilitated" : "Attended";
    }
}
