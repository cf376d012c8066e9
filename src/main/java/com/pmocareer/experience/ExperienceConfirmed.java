package com.pmocareer.experience;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mentor or lead confirmed an entry of a person's experience log: it is evidence now, and for the certification
 * module hours of "working as a professional".
 */
public record ExperienceConfirmed(long personId, long entryId, LocalDate occurredOn, BigDecimal hours,
        ProcessGroup processGroup, String activity) {
}
