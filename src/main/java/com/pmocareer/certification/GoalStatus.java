package com.pmocareer.certification;

import java.util.EnumSet;
import java.util.Set;

/** A certification goal from plan to result; a failed exam may be studied for and booked again. */
public enum GoalStatus {
    PLANNED, STUDYING, BOOKED, PASSED, FAILED;

    Set<GoalStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(STUDYING, BOOKED);
            case STUDYING -> EnumSet.of(PLANNED, BOOKED);
            case BOOKED -> EnumSet.of(STUDYING, PASSED, FAILED);
            case FAILED -> EnumSet.of(STUDYING, BOOKED);
            case PASSED -> EnumSet.noneOf(GoalStatus.class);
        };
    }
}
