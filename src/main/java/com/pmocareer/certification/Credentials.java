package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.CertificationTypeView;
import com.pmocareer.certification.CertificationViews.CredentialCommand;
import com.pmocareer.certification.CertificationViews.CredentialView;
import com.pmocareer.certification.CertificationViews.RenewalCommand;
import com.pmocareer.certification.CredentialCycles.ClosedCycle;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.UploadedFile;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credentials people hold: the cycle they are in, its end computed from the type's validity, and renewal — by units
 * as soon as the ledger meets every rule of the cycle, by re-exam or fee when recorded, by a higher credential of the
 * same suite when that is added.
 */
@Service
@Transactional(readOnly = true)
public class Credentials {

    private static final String ENTITY = "credential";

    /** A credential's row with its type. */
    record Held(long id, long personId, CertificationTypeView type, String number, LocalDate earnedOn, int cycleNumber,
            LocalDate cycleStart, LocalDate cycleEnd, String verificationUrl, String evidenceName, long version) {
    }

    private final JdbcClient jdbc;
    private final CertificationCatalog catalog;
    private final LedgerStore ledger;
    private final PersonAccess access;
    private final EvidenceFiles evidenceFiles;
    private final AuditLog auditLog;
    private final HeldCredentials heldCredentials;
    private final Clock clock;

    Credentials(JdbcClient jdbc, CertificationCatalog catalog, LedgerStore ledger, PersonAccess access,
            EvidenceFiles evidenceFiles, AuditLog auditLog, HeldCredentials heldCredentials, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.ledger = ledger;
        this.access = access;
        this.evidenceFiles = evidenceFiles;
        this.auditLog = auditLog;
        this.heldCredentials = heldCredentials;
        this.clock = clock;
    }

    public List<CredentialView> of(CurrentUser user, long personId) {
        access.visible(user, personId);
        List<Held> held = held(personId);
        List<Credit> credits = held.stream().anyMatch(h -> h.type().policy().renewsByUnits()) ? ledger.credits(personId) : List.of();
        return held.stream().map(h -> view(h, credits)).toList();
    }

    public CredentialView get(CurrentUser user, long personId, long credentialId) {
        Held held = held(user, personId, credentialId);
        return view(held, held.type().policy().renewsByUnits() ? ledger.credits(personId) : List.of());
    }

    Held held(CurrentUser user, long personId, long credentialId) {
        access.visible(user, personId);
        return find(credentialId).filter(h -> h.personId() == personId)
                .orElseThrow(() -> new NotFoundException("Credential", credentialId));
    }

    /** The codes of the credentials a person holds today (not expired), for eligibility and career criteria. */
    java.util.Set<String> heldCodes(long personId) {
        LocalDate today = LocalDate.now(clock);
        java.util.Set<String> codes = new java.util.TreeSet<>();
        held(personId).forEach(h -> {
            if (CredentialStatus.on(today, h.cycleEnd(), h.type().policy().graceDays()).held()) {
                codes.add(h.type().code());
            }
        });
        return codes;
    }

    @Transactional
    public CredentialView add(CurrentUser user, long personId, CredentialCommand command, UploadedFile evidence) {
        access.requireSelfOrManager(user, personId, "People record their own credentials, or their lead does.");
        CertificationTypeView type = validate(command, evidence, true);
        LocalDate end = type.policy().lifetime() ? null : command.earnedOn().plusMonths(type.policy().validityMonths()).minusDays(1);
        var keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                    INSERT INTO credential (person_id, type_id, credential_number, earned_on, cycle_start, cycle_end,
                        verification_url, evidence_name, evidence_type, evidence, created_at)
                    VALUES (:person, :type, :number, :earnedOn, :earnedOn, :end, :url, :name, :contentType, :content, :now)""")
                    .param("person", personId).param("type", type.id())
                    .param("number", FieldChecks.blankToNull(command.credentialNumber())).param("earnedOn", command.earnedOn())
                    .param("end", end).param("url", FieldChecks.blankToNull(command.verificationUrl()))
                    .param("name", evidence == null ? null : evidence.name())
                    .param("contentType", evidence == null ? null : evidence.contentType())
                    .param("content", evidence == null ? null : evidence.content())
                    .param("now", OffsetDateTime.now(clock)).update(keys, "id");
        } catch (DuplicateKeyException alreadyHeld) {
            throw new ConflictException(type.name() + " is already recorded for this person: renew or correct that one.");
        }
        long id = keys.getKeyAs(Number.class).longValue();
        auditLog.record(ENTITY, id, "ADDED", Map.of(), Map.of("type", type.code(), "earnedOn", command.earnedOn()));
        heldCredentials.changed();
        renewLowerOfSuite(personId, type, command.earnedOn());
        return get(user, personId, id);
    }

    @Transactional
    public CredentialView update(CurrentUser user, long personId, long credentialId, CredentialCommand command) {
        access.requireSelfOrManager(user, personId, "People correct their own credentials, or their lead does.");
        Held held = held(user, personId, credentialId);
        List<FieldProblem> problems = new ArrayList<>();
        FieldChecks.limitText(problems, "credentialNumber", command.credentialNumber(), 60);
        verificationUrl(problems, command.verificationUrl());
        FieldChecks.refuseIfAny("Some fields are invalid; the credential was not changed.", problems);
        int changed = jdbc.sql("""
                UPDATE credential SET credential_number = :number, verification_url = :url, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("number", FieldChecks.blankToNull(command.credentialNumber()))
                .param("url", FieldChecks.blankToNull(command.verificationUrl())).param("id", credentialId)
                .param("version", command.version() == null ? held.version() : command.version()).update();
        if (changed == 0) {
            throw ConflictException.staleVersion("Credential", credentialId);
        }
        auditLog.record(ENTITY, credentialId, "UPDATED", Map.of("number", String.valueOf(held.number())),
                Map.of("number", String.valueOf(command.credentialNumber())));
        return get(user, personId, credentialId);
    }

    /** Records a renewal by re-exam, fee or a higher credential; units renew by themselves. */
    @Transactional
    public CredentialView renew(CurrentUser user, long personId, long credentialId, RenewalCommand command) {
        access.requireSelfOrManager(user, personId, "People record their own renewals, or their lead does.");
        Held held = held(user, personId, credentialId);
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        if (held.cycleEnd() == null) {
            problems.add(new FieldProblem("route", held.type().name() + " does not expire"));
        } else if (command == null || command.route() == null || command.route() == RenewalRoute.UNITS) {
            problems.add(new FieldProblem("route", "choose " + (manualRenewals(held.type()).isEmpty() ? "nothing: "
                    + held.type().name() + " renews by continuing education alone"
                    : manualRenewals(held.type()).stream().map(Enum::name).collect(java.util.stream.Collectors.joining(" or "))
                    + "; continuing education renews by itself when every rule is met")));
        } else if (!manualRenewals(held.type()).contains(command.route())) {
            problems.add(new FieldProblem("route", held.type().name() + " is not renewed that way: " + held.type().renewal()));
        }
        LocalDate on = command == null || command.renewedOn() == null ? today : command.renewedOn();
        if (on.isAfter(today)) {
            problems.add(new FieldProblem("renewedOn", "cannot be in the future"));
        } else if (held.cycleEnd() != null && on.isAfter(held.cycleEnd().plusDays(held.type().policy().graceDays()))) {
            problems.add(new FieldProblem("renewedOn", "is after the grace period ended on "
                    + held.cycleEnd().plusDays(held.type().policy().graceDays()) + ": record the credential again with the new exam date"));
        }
        FieldChecks.refuseIfAny("The credential was not renewed.", problems);
        startNextCycle(held, on, command.route(), BigDecimal.ZERO);
        return get(user, personId, credentialId);
    }

    public Optional<UploadedFile> evidence(CurrentUser user, long personId, long credentialId) {
        held(user, personId, credentialId);
        return jdbc.sql("SELECT evidence_name, evidence_type, evidence FROM credential WHERE id = :id AND evidence IS NOT NULL")
                .param("id", credentialId).query((rs, n) -> new UploadedFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    /**
     * Renews every credential of the person whose current cycle meets its rules today: a new cycle starts the day after
     * the old one ends. Called after every ledger change and by the daily scan.
     */
    @Transactional
    public int renewWhereMet(long personId) {
        LocalDate today = LocalDate.now(clock);
        List<Held> renewable = held(personId).stream().filter(h -> h.type().policy().renewsByUnits()
                && CredentialStatus.on(today, h.cycleEnd(), h.type().policy().graceDays()).held()).toList();
        if (renewable.isEmpty()) {
            return 0;
        }
        List<Credit> credits = ledger.credits(personId);
        int renewed = 0;
        for (Held held : renewable) {
            var evaluated = evaluate(held, credits);
            if (evaluated.current().met()) {
                startNextCycle(held, today, RenewalRoute.UNITS, evaluated.current().carryOut());
                renewed++;
            }
        }
        return renewed;
    }

    CredentialCycles.Evaluated evaluate(Held held, List<Credit> credits) {
        return CredentialCycles.evaluate(held.type().policy(), held.cycleStart(), held.cycleEnd(), closedCycles(held.id()), credits);
    }

    List<ClosedCycle> closedCycles(long credentialId) {
        return jdbc.sql("""
                SELECT cycle_number, starts_on, ends_on, renewed_on, route FROM credential_cycle
                 WHERE credential_id = :id ORDER BY cycle_number""")
                .param("id", credentialId)
                .query((rs, n) -> new ClosedCycle(rs.getInt(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), RenewalRoute.valueOf(rs.getString(5))))
                .list();
    }

    Map<Integer, BigDecimal> carriedOver(long credentialId) {
        Map<Integer, BigDecimal> carried = new java.util.HashMap<>();
        jdbc.sql("SELECT cycle_number, carried_over FROM credential_cycle WHERE credential_id = :id").param("id", credentialId)
                .query(rs -> {
                    carried.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        return carried;
    }

    private void startNextCycle(Held held, LocalDate renewedOn, RenewalRoute route, BigDecimal carriedOver) {
        int months = held.type().policy().validityMonths();
        LocalDate nextStart = held.cycleEnd().plusDays(1);
        LocalDate nextEnd = held.cycleEnd().plusMonths(months);
        jdbc.sql("""
                INSERT INTO credential_cycle (credential_id, cycle_number, starts_on, ends_on, renewed_on, route, carried_over)
                VALUES (:id, :number, :start, :end, :renewedOn, :route, :carried)""")
                .param("id", held.id()).param("number", held.cycleNumber()).param("start", held.cycleStart())
                .param("end", held.cycleEnd()).param("renewedOn", renewedOn).param("route", route.name())
                .param("carried", carriedOver).update();
        jdbc.sql("""
                UPDATE credential SET cycle_number = cycle_number + 1, cycle_start = :start, cycle_end = :end,
                    version = version + 1 WHERE id = :id""")
                .param("start", nextStart).param("end", nextEnd).param("id", held.id()).update();
        auditLog.record(ENTITY, held.id(), "RENEWED", Map.of("cycleEnd", held.cycleEnd()),
                Map.of("cycleEnd", nextEnd, "route", route.name()));
        heldCredentials.changed();
    }

    /** A higher credential of a suite renews the lower ones that accept it (PRINCE2, ITIL 4, CompTIA, AWS). */
    private void renewLowerOfSuite(long personId, CertificationTypeView higher, LocalDate earnedOn) {
        if (higher.suite() == null || higher.suiteRank() == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (Held lower : held(personId)) {
            var type = lower.type();
            if (higher.suite().equals(type.suite()) && type.suiteRank() != null && type.suiteRank() < higher.suiteRank()
                    && type.renewalByHigher() && lower.cycleEnd() != null
                    && !earnedOn.isBefore(lower.cycleStart())
                    && CredentialStatus.on(today, lower.cycleEnd(), type.policy().graceDays()).held()) {
                startNextCycle(lower, earnedOn, RenewalRoute.HIGHER, BigDecimal.ZERO);
            }
        }
    }

    List<Held> held(long personId) {
        return jdbc.sql(SELECT + " WHERE person_id = :person ORDER BY earned_on").param("person", personId)
                .query(this::row).list();
    }

    private Optional<Held> find(long credentialId) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", credentialId).query(this::row).optional();
    }

    private static final String SELECT = """
            SELECT id, person_id, type_id, credential_number, earned_on, cycle_number, cycle_start, cycle_end,
                   verification_url, evidence_name, version FROM credential""";

    private Held row(ResultSet rs, int n) throws SQLException {
        return new Held(rs.getLong("id"), rs.getLong("person_id"), catalog.byId(rs.getLong("type_id")),
                rs.getString("credential_number"), rs.getObject("earned_on", LocalDate.class), rs.getInt("cycle_number"),
                rs.getObject("cycle_start", LocalDate.class), rs.getObject("cycle_end", LocalDate.class),
                rs.getString("verification_url"), rs.getString("evidence_name"), rs.getLong("version"));
    }

    CredentialView view(Held held, List<Credit> credits) {
        return view(held, held.type().policy().renewsByUnits() ? evaluate(held, credits).current() : null);
    }

    /** The credential with its current cycle's count, when units renew it. */
    CredentialView view(Held held, CycleOutcome current) {
        LocalDate today = LocalDate.now(clock);
        RenewalPolicy policy = held.type().policy();
        return new CredentialView(held.id(), held.personId(), held.type().code(), held.type().name(), held.type().issuer(),
                held.number(), held.earnedOn(), held.cycleNumber(), held.cycleStart(), held.cycleEnd(),
                CredentialStatus.on(today, held.cycleEnd(), policy.graceDays()),
                held.cycleEnd() == null ? null : ChronoUnit.DAYS.between(today, held.cycleEnd()),
                held.verificationUrl(), held.evidenceName(), policy.renewsByUnits(), policy.unitName(),
                current == null ? null : current.counted(), policy.renewsByUnits() ? policy.unitsRequired() : null,
                manualRenewals(held.type()), held.version());
    }

    /** The renewals someone records for the type: what {@link #renew} accepts. */
    static List<RenewalRoute> manualRenewals(CertificationTypeView type) {
        if (type.policy().lifetime()) {
            return List.of();
        }
        List<RenewalRoute> routes = new ArrayList<>();
        if (type.renewalByExam()) {
            routes.add(RenewalRoute.EXAM);
        }
        if (!type.policy().renewsByUnits()) {
            routes.add(RenewalRoute.FEE);
        }
        if (type.renewalByHigher()) {
            routes.add(RenewalRoute.HIGHER);
        }
        return List.copyOf(routes);
    }

    private CertificationTypeView validate(CredentialCommand command, UploadedFile evidence, boolean adding) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command == null) {
            throw InvalidInputException.of("typeCode", "say which credential");
        }
        Optional<CertificationTypeView> type = catalog.find(command.typeCode());
        if (type.isEmpty()) {
            problems.add(new FieldProblem("typeCode", "is not a certification of the catalog"));
        }
        if (command.earnedOn() == null) {
            problems.add(new FieldProblem("earnedOn", "give the date the credential was earned"));
        } else if (command.earnedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("earnedOn", "cannot be in the future"));
        } else if (command.earnedOn().isBefore(LocalDate.of(1970, 1, 1))) {
            problems.add(new FieldProblem("earnedOn", "is too long ago"));
        }
        FieldChecks.limitText(problems, "credentialNumber", command.credentialNumber(), 60);
        verificationUrl(problems, command.verificationUrl());
        evidenceFiles.check(problems, evidence);
        FieldChecks.refuseIfAny("Some fields are invalid; the credential was not " + (adding ? "recorded." : "changed."), problems);
        return type.orElseThrow();
    }

    private static void verificationUrl(List<FieldProblem> problems, String url) {
        if (FieldChecks.blankToNull(url) != null && (url.length() > 500 || !FieldChecks.isWebAddress(url))) {
            problems.add(new FieldProblem("verificationUrl", "must be an http or https address of at most 500 characters"));
        }
    }
}
