package com.pmocareer.certification;

import com.pmocareer.certification.LedgerStore.NewEntry;
import com.pmocareer.experience.ExperienceConfirmed;
import com.pmocareer.learning.LearningCompleted;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Fills the ledger from other modules' events: a completed course or verified activity brings its units by category
 * (and its hours as project management education where marked); confirmed project work counts as PMI's "Working as a
 * Professional" and as PeopleCert's professional-experience CPD points.
 */
@Component
class LedgerFeed {

    private final PduLedger ledger;

    LedgerFeed(PduLedger ledger) {
        this.ledger = ledger;
    }

    @ApplicationModuleListener
    void on(LearningCompleted completed) {
        Map<LedgerCategory, BigDecimal> units = new EnumMap<>(LedgerCategory.class);
        completed.units().forEach((category, amount) -> units.put(LedgerCategory.valueOf(category.name()), amount));
        if (units.isEmpty() && !completed.pmEducation()) {
            return;
        }
        boolean course = completed.courseId() != null;
        ledger.record(new NewEntry(completed.personId(), completed.completedOn(),
                completed.title() != null ? completed.title() : completed.itemId(), null,
                course ? LedgerSource.COURSE : LedgerSource.ACTIVITY, completed.itemId() + "/" + completed.recordId(),
                completed.hours() == null ? BigDecimal.ZERO : completed.hours(), completed.pmEducation(), null, null, null,
                null, null, units));
    }

    @ApplicationModuleListener
    void on(ExperienceConfirmed confirmed) {
        if (confirmed.hours() == null || confirmed.hours().signum() <= 0) {
            return;
        }
        Map<LedgerCategory, BigDecimal> units = new EnumMap<>(LedgerCategory.class);
        units.put(LedgerCategory.WORKING_AS_PROFESSIONAL, confirmed.hours());
        units.put(LedgerCategory.CPD_PROFESSIONAL_EXPERIENCE, confirmed.hours());
        ledger.record(new NewEntry(confirmed.personId(), confirmed.occurredOn(), confirmed.activity(), null,
                LedgerSource.EXPERIENCE, String.valueOf(confirmed.entryId()), confirmed.hours(), false,
                "Process group: " + confirmed.processGroup(), null, null, null, null, units));
    }
}
