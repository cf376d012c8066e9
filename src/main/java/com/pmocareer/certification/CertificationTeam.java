package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.CertificationTypeView;
import com.pmocareer.certification.CertificationViews.PersonEligibility;
import com.pmocareer.certification.CertificationViews.TeamCredential;
import com.pmocareer.certification.CertificationViews.TeamEligibility;
import com.pmocareer.certification.CertificationViews.TeamView;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonSummary;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import com.pmocareer.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lead's view of the team's certifications: who holds what, what expires soon, who is eligible for what. */
@Service
@Transactional(readOnly = true)
public class CertificationTeam {

    /** How many of what expires soon the view lists; the rest are counted and filtered for on the page of all. */
    static final int SOONEST = 50;

    private final HeldCredentials held;
    private final CertificationCatalog catalog;
    private final PersonDirectory directory;
    private final EligibilityChecker eligibility;
    private final Clock clock;

    CertificationTeam(HeldCredentials held, CertificationCatalog catalog, PersonDirectory directory,
            EligibilityChecker eligibility, Clock clock) {
        this.held = held;
        this.catalog = catalog;
        this.directory = directory;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /**
     * {@code status} and {@code typeCode} filter the page of credentials; the summary covers everyone. People come in
     * name order from the directory, so the page is cut while walking them, without sorting every credential.
     */
    public TeamView team(CurrentUser user, Long orgUnitId, CredentialStatus status, String typeCode, PageRequest page) {
        requireLead(user);
        List<PersonSummary> people = directory.summaries(user, orgUnitId, null);
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<HeldCredentials.Holding>> holdings = held.all();
        Map<Long, CertificationTypeView> types = catalog.byIds();
        Map<String, Long> holders = new TreeMap<>();
        List<TeamCredential> expiring = new ArrayList<>();
        List<TeamCredential> pageRows = new ArrayList<>();
        long matching = 0;
        for (PersonSummary person : people) {
            List<HeldCredentials.Holding> own = holdings.getOrDefault(person.id(), List.of());
            if (own.size() > 1) {
                own = own.stream().sorted(Comparator.comparing(HeldCredentials.Holding::typeCode)).toList();
            }
            for (HeldCredentials.Holding holding : own) {
                CredentialStatus standing = CredentialStatus.on(today, holding.cycleEnd(), holding.graceDays());
                if (standing.held()) {
                    holders.merge(holding.typeCode(), 1L, Long::sum);
                }
                boolean soon = standing == CredentialStatus.EXPIRING || standing == CredentialStatus.IN_GRACE;
                boolean matches = (status == null || standing == status)
                        && (typeCode == null || typeCode.isBlank() || holding.typeCode().equalsIgnoreCase(typeCode));
                boolean onPage = matches && matching >= page.offset() && pageRows.size() < page.size();
                if (soon || onPage) {
                    var row = row(person, holding, types.get(holding.typeId()), standing, today);
                    if (soon) {
                        expiring.add(row);
                    }
                    if (onPage) {
                        pageRows.add(row);
                    }
                }
                if (matches) {
                    matching++;
                }
            }
        }
        expiring.sort(Comparator.comparing(TeamCredential::cycleEnd));
        return new TeamView(people.size(), holders, expiring.size(), List.copyOf(expiring.subList(0, Math.min(SOONEST, expiring.size()))),
                PageResponse.of(pageRows, page, matching));
    }

    private static TeamCredential row(PersonSummary person, HeldCredentials.Holding holding, CertificationTypeView type,
            CredentialStatus standing, LocalDate today) {
        LocalDate end = holding.cycleEnd();
        return new TeamCredential(holding.credentialId(), person.id(), person.fullName(), type.code(), type.name(), end,
                standing, end == null ? null : ChronoUnit.DAYS.between(today, end));
    }

    /** The viewer's junior PMs (at most {@code limit}) against one type, those eligible first, then by earliest date. */
    public TeamEligibility eligibility(CurrentUser user, Long orgUnitId, String typeCode, int limit) {
        requireLead(user);
        CertificationTypeView type = catalog.get(typeCode);
        List<PersonEligibility> rows = directory.summaries(user, orgUnitId, Role.JUNIOR_PM).stream().limit(limit)
                .map(person -> {
                    Eligibility result = eligibility.check(user, person.id(), type.code());
                    return new PersonEligibility(person.id(), person.fullName(), result.eligible(), result.earliest(), result.summary());
                })
                .sorted(Comparator.comparing((PersonEligibility p) -> !p.eligible())
                        .thenComparing(p -> p.earliest() == null ? LocalDate.MAX : p.earliest())
                        .thenComparing(PersonEligibility::personName))
                .toList();
        return new TeamEligibility(type.code(), type.name(), rows);
    }

    private static void requireLead(CurrentUser user) {
        if (!user.isLead() && !user.isAdmin()) {
            throw new ForbiddenException("The team's certifications are for PMO leads and admins.");
        }
    }
}
