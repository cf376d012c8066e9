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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A lead's view of the team's certifications: who holds what, what expires soon, who is eligible for what. */
@Service
@Transactional(readOnly = true)
public class CertificationTeam {

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

    /** {@code status} and {@code typeCode} filter the page of credentials; the summary covers everyone. */
    public TeamView team(CurrentUser user, Long orgUnitId, CredentialStatus status, String typeCode, PageRequest page) {
        requireLead(user);
        Map<Long, PersonSummary> people = directory.summaries(user, orgUnitId, null).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<TeamCredential> all = new ArrayList<>();
        Map<Long, List<HeldCredentials.Holding>> holdings = held.all();
        for (PersonSummary person : people.values()) {
            for (HeldCredentials.Holding holding : holdings.getOrDefault(person.id(), List.of())) {
                CertificationTypeView type = catalog.byId(holding.typeId());
                LocalDate end = holding.cycleEnd();
                all.add(new TeamCredential(holding.credentialId(), person.id(), person.fullName(), type.code(), type.name(), end,
                        CredentialStatus.on(today, end, holding.graceDays()), end == null ? null : ChronoUnit.DAYS.between(today, end)));
            }
        }
        Map<String, Long> holders = new TreeMap<>(all.stream().filter(c -> c.status().held())
                .collect(Collectors.groupingBy(TeamCredential::typeCode, Collectors.counting())));
        List<TeamCredential> expiring = all.stream()
                .filter(c -> c.status() == CredentialStatus.EXPIRING || c.status() == CredentialStatus.IN_GRACE)
                .sorted(Comparator.comparing(TeamCredential::cycleEnd)).toList();
        List<TeamCredential> filtered = all.stream()
                .filter(c -> status == null || c.status() == status)
                .filter(c -> typeCode == null || typeCode.isBlank() || c.typeCode().equalsIgnoreCase(typeCode))
                .sorted(Comparator.comparing(TeamCredential::personName).thenComparing(TeamCredential::typeCode)).toList();
        int from = (int) Math.min(page.offset(), filtered.size());
        int to = Math.min(from + page.size(), filtered.size());
        return new TeamView(people.size(), holders, expiring, PageResponse.of(filtered.subList(from, to), page, filtered.size()));
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
