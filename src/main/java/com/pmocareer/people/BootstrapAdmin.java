package com.pmocareer.people;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first admin of an empty production database, from {@code pmo.bootstrap-admin.email} and {@code .password}:
 * created once, only while no admin exists, so that someone can sign in and set up the PMO.
 */
@Component
@Order(1)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final String FIRST_UNIT = "Organisation";

    private final JdbcClient jdbc;
    private final PersonStore people;
    private final OrgUnits orgUnits;
    private final AccountManagement accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Clock clock;
    private final String email;
    private final String password;
    private final String name;

    BootstrapAdmin(JdbcClient jdbc, PersonStore people, OrgUnits orgUnits, AccountManagement accounts, PasswordEncoder passwordEncoder,
            AuditLog auditLog, Clock clock, @Value("${pmo.bootstrap-admin.email:}") String email,
            @Value("${pmo.bootstrap-admin.password:}") String password,
            @Value("${pmo.bootstrap-admin.name:PMO Administrator}") String name) {
        this.jdbc = jdbc;
        this.people = people;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.clock = clock;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isBlank() || jdbc.sql("SELECT COUNT(*) FROM account_role WHERE role = 'ADMIN'")
                .query(Long.class).single() > 0) {
            return;
        }
        if (password.length() < 10) {
            throw new IllegalStateException("pmo.bootstrap-admin.password must have at least 10 characters");
        }
        long unit = jdbc.sql("SELECT id FROM org_unit ORDER BY id LIMIT 1").query(Long.class).optional()
                .orElseGet(() -> orgUnits.insert(FIRST_UNIT, null));
        long id = people.idByEmail(email).orElseGet(() -> people.insert(new PersonCommand(email, name,
                "PMO administrator", unit, "PROJECT_MANAGER", LocalDate.now(clock), null, null, null)));
        accounts.openAccount(id, passwordEncoder.encode(password), Set.of(Role.ADMIN));
        auditLog.record("Account", id, "BOOTSTRAPPED", Map.of(), Map.of("roles", "[ADMIN]"));
        log.info("Created the first admin account for {}", email);
    }
}
