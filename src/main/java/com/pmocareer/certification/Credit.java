package com.pmocareer.certification;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Units of one category that one ledger entry earned on a day. */
public record Credit(long entryId, LocalDate earnedOn, LedgerCategory category, BigDecimal units) {
}
