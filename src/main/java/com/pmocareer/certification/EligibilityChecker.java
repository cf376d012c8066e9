package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.CertificationTypeView;
import com.pmocareer.experience.ProjectExperience;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eligibility of a person for a certification from the facts other modules keep: education from the person's
 * record, months leading projects from experience (non-overlapping, within the route's window), contact hours from
 * completed learning marked as project management education, and the credentials held.
 */
@Service
@Transactional(readOnly = true)
public class EligibilityChecker {

    private final CertificationCatalog catalog;
    private final Credentials credentials;
    private final LedgerStore ledger;
    private final ProjectExperience experience;
    private final PersonAccess access;
    private final Clock clock;

    EligibilityChecker(CertificationCatalog catalog, Credentials credentials, LedgerStore ledger,
            ProjectExperience experience, PersonAccess access, Clock clock) {
        this.catalog = catalog;
        this.credentials = credentials;
        this.ledger = ledger;
        this.experience = experience;
        this.access = access;
        this.clock = clock;
    }

    public Eligibility check(CurrentUser user, long personId, String typeCode) {
        PersonView person = access.visible(user, personId);
        CertificationTypeView type = catalog.get(typeCode);
        return EligibilityRules.check(type.code(), type.name(), type.routes(), facts(person));
    }

    /** Every type of the catalog for the person, for the eligibility checker's overview. */
    public List<Eligibility> checkAll(CurrentUser user, long personId) {
        PersonView person = access.visible(user, personId);
        EligibilityFacts facts = facts(person);
        return catalog.all().stream().map(type -> EligibilityRules.check(type.code(), type.name(), type.routes(), facts)).toList();
    }

    private EligibilityFacts facts(PersonView person) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal[] hours = ledger.contactHours(person.id(), today);
        return new EligibilityFacts(today, person.educationLevel(),
                (from, to) -> experience.monthsLeadingAsPlanned(person.id(), from, to).months(), hours[0], hours[1],
                credentials.heldCodes(person.id()));
    }
}
