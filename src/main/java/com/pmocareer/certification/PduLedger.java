package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.ClaimCommand;
import com.pmocareer.certification.CertificationViews.CycleView;
import com.pmocareer.certification.CertificationViews.EntryView;
import com.pmocareer.certification.CertificationViews.LedgerView;
import com.pmocareer.certification.CredentialCycles.ClosedCycle;
import com.pmocareer.certification.Credentials.Held;
import com.pmocareer.certification.LedgerStore.EntryRow;
import com.pmocareer.certification.LedgerStore.NewEntry;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One ledger of continuing-education units per person, across issuers: every entry counts for each credential that
 * accepts one of its categories (a 7-hour Scrum workshop is 7 PMP PDUs in Ways of Working and 7 CSM SEUs).
 */
@Service
@Transactional(readOnly = true)
public class PduLedger {

    private static final String ENTITY = "ledger_entry";
    static final BigDecimal MAX_UNITS = BigDecimal.valueOf(200);
    /** How many of the entries that count the ledger view lists, newest first. */
    static final int NEWEST_COUNTED = 50;

    private final LedgerStore store;
    private final Credentials credentials;
    private final PersonAccess access;
    private final EvidenceFiles evidenceFiles;
    private final AuditLog auditLog;
    private final Clock clock;

    PduLedger(LedgerStore store, Credentials credentials, PersonAccess access, EvidenceFiles evidenceFiles,
            AuditLog auditLog, Clock clock) {
        this.store = store;
        this.credentials = credentials;
        this.access = access;
        this.evidenceFiles = evidenceFiles;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A credential's current cycle rule by rule with the forecast at the person's pace, and its past cycles. */
    public LedgerView ledger(CurrentUser user, long personId, long credentialId) {
        return ledger(user, personId, credentialId, NEWEST_COUNTED);
    }

    private LedgerView ledger(CurrentUser user, long personId, long credentialId, int listed) {
        Held held = credentials.held(user, personId, credentialId);
        RenewalPolicy policy = held.type().policy();
        if (!policy.renewsByUnits()) {
            return new LedgerView(credentials.view(held, (CycleOutcome) null), null, null, List.of(), 0, List.of());
        }
        // The units alone (from the person index) decide; only the entries listed are read in full.
        List<Credit> credits = store.credits(personId);
        List<ClosedCycle> closed = credentials.closedCycles(credentialId);
        var evaluated = CredentialCycles.evaluate(policy, held.cycleStart(), held.cycleEnd(), closed, credits);
        CycleOutcome current = evaluated.current();
        var forecast = RenewalForecast.of(policy, current.window(), credits, current.carriedIn(), LocalDate.now(clock));
        Map<Integer, BigDecimal> carried = closed.isEmpty() ? Map.of() : credentials.carriedOver(credentialId);
        List<CycleView> past = new ArrayList<>();
        for (int i = closed.size() - 1; i >= 0; i--) {
            ClosedCycle cycle = closed.get(i);
            past.add(new CycleView(cycle.number(), cycle.start(), cycle.end(), cycle.renewedOn(), cycle.route(),
                    evaluated.closed().get(i).counted(), carried.getOrDefault(cycle.number(), BigDecimal.ZERO)));
        }
        List<Long> newest = credits.stream().filter(c -> current.countedByEntry().containsKey(c.entryId()))
                .sorted(CycleLedger.EARNED_ORDER.reversed()).map(Credit::entryId).distinct().limit(listed).toList();
        List<EntryView> counted = store.entries(newest).stream()
                .map(row -> view(row, Map.of(held.type().code(), current.countedByEntry().get(row.id())))).toList();
        return new LedgerView(credentials.view(held, current), current, forecast, List.copyOf(past),
                current.countedByEntry().size(), List.copyOf(counted));
    }

    /** The person's entries, newest first, each with what it counts for in the current cycles of their credentials. */
    public PageResponse<EntryView> entries(CurrentUser user, long personId, PageRequest page) {
        access.visible(user, personId);
        List<EntryRow> rows = store.entries(personId, (int) page.offset(), page.size());
        Map<Long, Map<String, BigDecimal>> countsFor = countsFor(personId);
        List<EntryView> views = rows.stream().map(row -> view(row, countsFor.getOrDefault(row.id(), Map.of()))).toList();
        return PageResponse.of(views, page, store.count(personId));
    }

    /** What each entry counts for in the current cycle of each credential of the person. */
    private Map<Long, Map<String, BigDecimal>> countsFor(long personId) {
        Map<Long, Map<String, BigDecimal>> countsFor = new LinkedHashMap<>();
        List<Held> held = credentials.held(personId).stream().filter(h -> h.type().policy().renewsByUnits()).toList();
        if (held.isEmpty()) {
            return countsFor;
        }
        List<Credit> credits = store.credits(personId);
        for (Held credential : held) {
            credentials.evaluate(credential, credits).current().countedByEntry().forEach((entry, units) ->
                    countsFor.computeIfAbsent(entry, k -> new LinkedHashMap<>()).put(credential.type().code(), units));
        }
        return countsFor;
    }

    /** Units earned outside PMO-Career, claimed by the person with evidence; counted at once, as issuers audit claims. */
    @Transactional
    public EntryView claim(CurrentUser user, long personId, ClaimCommand command, UploadedFile evidence) {
        access.visible(user, personId);
        if (user.personId() != personId) {
            throw new ForbiddenException("People claim their own units.");
        }
        validate(command, evidence);
        Map<LedgerCategory, BigDecimal> units = new EnumMap<>(LedgerCategory.class);
        command.units().forEach((category, amount) -> {
            if (amount != null && amount.signum() > 0) {
                units.put(category, amount);
            }
        });
        long id = store.insert(new NewEntry(personId, command.earnedOn(), command.title().trim(),
                FieldChecks.blankToNull(command.provider()), LedgerSource.CLAIM, null, command.hours(),
                Boolean.TRUE.equals(command.pmEducation()), FieldChecks.blankToNull(command.note()),
                FieldChecks.blankToNull(command.evidenceUrl()), evidence == null ? null : evidence.name(),
                evidence == null ? null : evidence.contentType(), evidence == null ? null : evidence.content(), units),
                OffsetDateTime.now(clock)).orElseThrow();
        auditLog.record(ENTITY, id, "CLAIMED", Map.of(), Map.of("title", command.title(), "hours", command.hours()));
        credentials.renewWhereMet(personId);
        return store.entry(id).map(row -> view(row, countsFor(personId).getOrDefault(id, Map.of()))).orElseThrow();
    }

    /**
     * The entries that count for the credential's current cycle as CSV, one line per entry and category, in the order an
     * issuer's claim form asks for them: date, activity, provider, category, units, source and evidence.
     */
    public UploadedFile claimsCsv(CurrentUser user, long personId, long credentialId) {
        LedgerView ledger = ledger(user, personId, credentialId, Integer.MAX_VALUE);
        var out = new java.io.StringWriter();
        try (var printer = new org.apache.commons.csv.CSVPrinter(out, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader("Credential", "Cycle", "Date", "Activity", "Provider", "Category", "Units counted", "Source",
                        "Evidence").get())) {
            String cycle = ledger.cycle() == null ? "" : ledger.cycle().window().start() + "/" + ledger.cycle().window().end();
            var policy = credentials.held(user, personId, credentialId).type().policy();
            for (EntryView entry : ledger.countedEntries()) {
                BigDecimal left = entry.countsFor().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                for (var unit : entry.units().entrySet()) {
                    if (!policy.accepted().contains(unit.getKey()) || left.signum() <= 0) {
                        continue;
                    }
                    BigDecimal counted = unit.getValue().min(left);
                    left = left.subtract(counted);
                    printer.printRecord(ledger.credential().typeCode(), cycle, entry.earnedOn(), entry.title(),
                            entry.provider() == null ? "" : entry.provider(), unit.getKey().label(), counted.stripTrailingZeros().toPlainString(),
                            entry.source().label(), entry.evidenceUrl() != null ? entry.evidenceUrl()
                                    : entry.evidenceName() != null ? entry.evidenceName() : "");
                }
            }
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
        return new UploadedFile("claims-" + ledger.credential().typeCode().toLowerCase() + "-" + credentialId + ".csv",
                "text/csv;charset=UTF-8", out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Withdraws a hand claim; what came from courses, activities or experience stays. */
    @Transactional
    public void withdraw(CurrentUser user, long personId, long entryId) {
        EntryRow row = store.entry(entryId).filter(r -> r.personId() == personId && access.canSee(user, personId))
                .orElseThrow(() -> new NotFoundException("Ledger entry", entryId));
        if (user.personId() != personId) {
            throw new ForbiddenException("People withdraw their own claims.");
        }
        if (row.source() != LedgerSource.CLAIM) {
            throw new ForbiddenException("Only claims made by hand can be withdrawn; this entry came from " + row.source().label().toLowerCase() + ".");
        }
        store.delete(entryId);
        auditLog.record(ENTITY, entryId, "WITHDRAWN", Map.of("title", row.title()), Map.of());
    }

    public java.util.Optional<UploadedFile> evidence(CurrentUser user, long personId, long entryId) {
        store.entry(entryId).filter(r -> r.personId() == personId && access.canSee(user, personId))
                .orElseThrow(() -> new NotFoundException("Ledger entry", entryId));
        return store.evidence(entryId);
    }

    /** Writes an entry from another module's event, then renews what it completes. */
    @Transactional
    void record(NewEntry entry) {
        if (store.insert(entry, OffsetDateTime.now(clock)).isPresent()) {
            credentials.renewWhereMet(entry.personId());
        }
    }

    private void validate(ClaimCommand command, UploadedFile evidence) {
        if (command == null) {
            throw InvalidInputException.of("title", "describe what you claim");
        }
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.requireText(problems, "title", command.title(), 300);
        FieldChecks.limitText(problems, "provider", command.provider(), 200);
        FieldChecks.limitText(problems, "note", command.note(), 2000);
        LocalDate today = LocalDate.now(clock);
        if (command.earnedOn() == null) {
            problems.add(new FieldProblem("earnedOn", "give the date the units were earned"));
        } else if (command.earnedOn().isAfter(today)) {
            problems.add(new FieldProblem("earnedOn", "cannot be in the future"));
        } else if (command.earnedOn().isBefore(today.minusYears(10))) {
            problems.add(new FieldProblem("earnedOn", "is more than 10 years ago"));
        }
        if (command.hours() == null || command.hours().signum() <= 0 || command.hours().compareTo(MAX_UNITS) > 0
                || command.hours().scale() > 2) {
            problems.add(new FieldProblem("hours", "must be above 0 and at most 200, with at most 2 decimals"));
        }
        var units = command.units() == null ? Map.<LedgerCategory, BigDecimal>of() : command.units();
        if (units.values().stream().noneMatch(u -> u != null && u.signum() > 0) && !Boolean.TRUE.equals(command.pmEducation())) {
            problems.add(new FieldProblem("units", "name the units earned in at least one category, or mark the hours as project management education"));
        }
        units.forEach((category, amount) -> {
            if (category == null || amount != null && (amount.signum() < 0 || amount.scale() > 2
                    || command.hours() != null && amount.compareTo(command.hours()) > 0)) {
                problems.add(new FieldProblem("units." + category, "must be 0 up to the hours claimed, with at most 2 decimals"));
            }
        });
        String url = FieldChecks.blankToNull(command.evidenceUrl());
        if (url != null && (url.length() > 500 || !FieldChecks.isWebAddress(url))) {
            problems.add(new FieldProblem("evidenceUrl", "must be an http or https address of at most 500 characters"));
        }
        if (url == null && evidence == null) {
            problems.add(new FieldProblem("evidence", "attach a certificate or give a link to it: issuers audit claims"));
        }
        evidenceFiles.check(problems, evidence);
        FieldChecks.refuseIfAny("Some fields are invalid; nothing was claimed.", problems);
    }

    static EntryView view(EntryRow row, Map<String, BigDecimal> countsFor) {
        return new EntryView(row.id(), row.personId(), row.earnedOn(), row.title(), row.provider(), row.source(), row.hours(),
                row.pmEducation(), Map.copyOf(row.units()), Map.copyOf(countsFor), row.note(), row.evidenceUrl(),
                row.evidenceName());
    }
}
