package com.pmocareer.certification;

import java.time.LocalDate;

/** Where a credential stands on a day: EXPIRING within 90 days of its cycle's end, IN_GRACE after it. */
public enum CredentialStatus {
    ACTIVE, EXPIRING, IN_GRACE, EXPIRED, LIFETIME;

    static final int EXPIRING_DAYS = 90;

    static CredentialStatus on(LocalDate today, LocalDate cycleEnd, int graceDays) {
        if (cycleEnd == null) {
            return LIFETIME;
        }
        if (today.isAfter(cycleEnd.plusDays(graceDays))) {
            return EXPIRED;
        }
        if (today.isAfter(cycleEnd)) {
            return IN_GRACE;
        }
        return today.plusDays(EXPIRING_DAYS).isBefore(cycleEnd) ? ACTIVE : EXPIRING;
    }

    public boolean held() {
        return this != EXPIRED;
    }
}
