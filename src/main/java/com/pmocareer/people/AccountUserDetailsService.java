package com.pmocareer.people;

import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in by e-mail; an erased person or a person without an account cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PersonStore store;

    AccountUserDetailsService(JdbcClient jdbc, PersonStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public CurrentUser loadUserByUsername(String email) {
        return load("p.email = :key", PersonStore.normalizeEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    Optional<CurrentUser> loadByPersonId(long personId) {
        return load("p.id = :key", personId);
    }

    private Optional<CurrentUser> load(String condition, Object key) {
        return jdbc.sql("""
                SELECT p.id, p.email, p.full_name, a.password_hash, a.enabled
                  FROM person p JOIN account a ON a.person_id = p.id
                 WHERE p.erased_at IS NULL AND
                """ + " " + condition)
                .param("key", key)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    Set<Role> roles = store.rolesOf(java.util.List.of(id)).getOrDefault(id, Set.of());
                    String hash = rs.getString("password_hash");
                    return new CurrentUser(id, rs.getString("email"), rs.getString("full_name"), roles,
                            rs.getBoolean("enabled"), hash == null ? "" : hash);
                })
                .optional();
    }
}
