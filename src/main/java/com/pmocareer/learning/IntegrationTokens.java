package com.pmocareer.learning;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.Digests;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens an external LMS sends its xAPI statements with. Shown once when made, stored only as a hash, revocable;
 * they open the statement resource and nothing else.
 */
@Service
@Transactional(readOnly = true)
public class IntegrationTokens {

    public record TokenView(long id, String name, String createdByName, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
    }

    public record NewToken(long id, String name, String token) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    IntegrationTokens(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<TokenView> list(CurrentUser user) {
        user.requireAdmin("Only an admin manages integration tokens.");
        return jdbc.sql("""
                SELECT t.id, t.name, p.full_name, t.created_at, t.revoked_at FROM integration_token t
                  JOIN person p ON p.id = t.created_by ORDER BY t.created_at DESC""")
                .query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class))).list();
    }

    @Transactional
    public NewToken create(CurrentUser user, String name) {
        user.requireAdmin("Only an admin manages integration tokens.");
        if (name == null || name.isBlank() || name.trim().length() > 100) {
            throw InvalidInputException.of("name", "name the system that will use it, in at most 100 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "pmoi_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO integration_token (name, token_hash, created_by, created_at) VALUES (:name, :hash, :by, :now)")
                .param("name", name.trim()).param("hash", Digests.sha256Hex(token)).param("by", user.personId())
                .param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKey().longValue();
        auditLog.record("IntegrationToken", id, "CREATED", Map.of(), Map.of("name", name.trim()));
        return new NewToken(id, name.trim(), token);
    }

    @Transactional
    public void revoke(CurrentUser user, long id) {
        user.requireAdmin("Only an admin manages integration tokens.");
        int revoked = jdbc.sql("UPDATE integration_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
                .param("now", OffsetDateTime.now(clock)).param("id", id).update();
        if (revoked == 0) {
            throw new NotFoundException("Active integration token", id);
        }
        auditLog.record("IntegrationToken", id, "REVOKED", Map.of(), Map.of());
    }

    /** The token's id when it is known and not revoked. */
    public Optional<Long> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM integration_token WHERE token_hash = :hash AND revoked_at IS NULL")
                .param("hash", Digests.sha256Hex(token.trim())).query(Long.class).optional();
    }
}
