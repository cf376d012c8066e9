package com.pmocareer.people;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.SignInLockouts;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import com.pmocareer.shared.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, roles, passwords and sign-in locks; every method is for admins only. */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

    private static final String ENTITY = "Account";

    private final JdbcClient jdbc;
    private final PersonStore people;
    private final PasswordEncoder passwordEncoder;
    private final SignInLockouts lockouts;
    private final AuditLog auditLog;

    AccountManagement(JdbcClient jdbc, PersonStore people, PasswordEncoder passwordEncoder, SignInLockouts lockouts,
            AuditLog auditLog) {
        this.jdbc = jdbc;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.lockouts = lockouts;
        this.auditLog = auditLog;
    }

    public PageResponse<AccountView> list(CurrentUser viewer, PageRequest page) {
        PersonDirectory.requireAdmin(viewer);
        long total = jdbc.sql("SELECT COUNT(*) FROM account a JOIN person p ON p.id = a.person_id WHERE p.erased_at IS NULL")
                .query(Long.class).single();
        List<Long> ids = jdbc.sql("""
                SELECT a.person_id FROM account a JOIN person p ON p.id = a.person_id
                 WHERE p.erased_at IS NULL ORDER BY p.full_name LIMIT :limit OFFSET :offset""")
                .param("limit", page.size()).param("offset", page.offset()).query(Long.class).list();
        return PageResponse.of(ids.stream().map(this::view).toList(), page, total);
    }

    public AccountView get(CurrentUser viewer, long personId) {
        PersonDirectory.requireAdmin(viewer);
        return view(personId);
    }

    private AccountView view(long personId) {
        PersonView person = people.find(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        return jdbc.sql("SELECT enabled, password_hash, version FROM account WHERE person_id = :id")
                .param("id", personId)
                .query((rs, n) -> new AccountView(personId, person.email(), person.fullName(), true,
                        rs.getBoolean("enabled"), rs.getString("password_hash") != null,
                        lockouts.isLocked(person.email()), person.roles(), rs.getLong("version")))
                .optional()
                .orElseGet(() -> new AccountView(personId, person.email(), person.fullName(), false, false, false,
                        lockouts.isLocked(person.email()), Set.of(), 0));
    }

    @Transactional
    public AccountView save(CurrentUser viewer, long personId, AccountCommand command) {
        AccountView before = get(viewer, personId);
        if (before.exists() && (command.version() == null || command.version() != before.version())) {
            throw ConflictException.staleVersion("Account", personId);
        }
        if (viewer.personId() == personId && !command.roles().contains(Role.ADMIN)) {
            throw new ConflictException("You cannot remove your own ADMIN role: ask another admin.");
        }
        String hash = command.newPassword() == null || command.newPassword().isBlank() ? null
                : passwordEncoder.encode(command.newPassword());
        if (before.exists()) {
            jdbc.sql("""
                    UPDATE account SET enabled = :enabled, version = version + 1,
                           password_hash = COALESCE(:hash, password_hash)
                     WHERE person_id = :id AND version = :version""")
                    .param("enabled", command.enabled()).param("hash", hash).param("id", personId)
                    .param("version", before.version()).update();
        } else {
            createAccount(personId, hash, command.enabled());
        }
        replaceRoles(personId, command.roles());
        AccountView after = view(personId);
        auditLog.record(ENTITY, personId, before.exists() ? "UPDATED" : "CREATED", auditState(before),
                withPasswordChange(auditState(after), hash != null));
        return after;
    }

    /**
     * Gives a person an enabled account with these roles (keeping an account they already have), without audit:
     * for setting up a PMO (demo data, first admin), whose callers audit on their own.
     */
    void openAccount(long personId, String passwordHash, Set<Role> roles) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM account WHERE person_id = :id").param("id", personId)
                .query(Long.class).single() > 0;
        if (!exists) {
            createAccount(personId, passwordHash, true);
        }
        replaceRoles(personId, roles);
    }

    private void createAccount(long personId, String passwordHash, boolean enabled) {
        jdbc.sql("INSERT INTO account (person_id, password_hash, enabled, version) VALUES (:id, :hash, :enabled, 0)")
                .param("id", personId).param("hash", passwordHash).param("enabled", enabled).update();
    }

    void replaceRoles(long personId, Set<Role> roles) {
        DirectoryIndex.changed(jdbc);
        jdbc.sql("DELETE FROM account_role WHERE person_id = :id").param("id", personId).update();
        for (Role role : roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)) {
            jdbc.sql("INSERT INTO account_role (person_id, role) VALUES (:id, :role)").param("id", personId)
                    .param("role", role.name()).update();
        }
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(CurrentUser viewer, String currentPassword, String newPassword) {
        String hash = jdbc.sql("SELECT password_hash FROM account WHERE person_id = :id").param("id", viewer.personId())
                .query(String.class).optional().orElse(null);
        var problems = new ArrayList<FieldProblem>();
        if (hash == null || currentPassword == null || !passwordEncoder.matches(currentPassword, hash)) {
            problems.add(new FieldProblem("currentPassword", "is not your current password"));
        }
        if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 128) {
            problems.add(new FieldProblem("newPassword", "must be 10 to 128 characters"));
        } else if (newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "must differ from the current password"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The password was not changed.", problems);
        }
        jdbc.sql("UPDATE account SET password_hash = :hash, version = version + 1 WHERE person_id = :id")
                .param("hash", passwordEncoder.encode(newPassword)).param("id", viewer.personId()).update();
        auditLog.record(ENTITY, viewer.personId(), "PASSWORD_CHANGED", Map.of(), Map.of("password", "(changed)"));
    }

    @Transactional
    public void unlock(CurrentUser viewer, long personId) {
        AccountView account = get(viewer, personId);
        lockouts.unlock(account.email());
        auditLog.record(ENTITY, personId, "UNLOCKED", Map.of("locked", account.locked()), Map.of("locked", false));
    }

    private static Map<String, Object> auditState(AccountView account) {
        var state = new LinkedHashMap<String, Object>();
        state.put("exists", account.exists());
        state.put("enabled", account.enabled());
        state.put("roles", new TreeSet<>(account.roles().stream().map(Enum::name).toList()).toString());
        return state;
    }

    private static Map<String, Object> withPasswordChange(Map<String, Object> state, boolean changed) {
        if (changed) {
            state.put("password", "(changed)");
        }
        return state;
    }
}
