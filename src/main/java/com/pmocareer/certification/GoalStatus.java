package com.pmocareer.certification;

import java.util.Set;

/** A certification goal from plan to result; a failed exam may be studied for and booked again. */
public enum GoalStatus {
    PLANNED, STUDYING, BOOKED, PASSED, FAILED;

    Set<GoalStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(STUDYING, BOOKED);
            case STUDYING -> Set.of(PLANNED, BOOKED);
            case BOOKED -> Set.of(STUDYING, PASSED, FAILED);
            case FAILED -> Set.of(STUDYING, BOOKED);
            case PASSED -> Set.of();
        };
    }
}
