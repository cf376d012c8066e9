package com.pmocareer.people;

import com.pmocareer.platform.ApiTokenVerifier;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: random, shown once, stored only as a SHA-256 hash (a fast hash suffices for 256 random bits),
 * with an expiry, revocable by their owner.
 */
@Service
public class ApiTokens implements ApiTokenVerifier {

    private static final String ENTITY = "ApiToken";
    private static final int MAX_LIFETIME_DAYS = 365;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AccountUserDetailsService accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int defaultLifetimeDays;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AccountUserDetailsService accounts, AuditLog auditLog, Clock clock,
            @Value("${pmo.api.token-lifetime-days:90}") int defaultLifetimeDays) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.defaultLifetimeDays = defaultLifetimeDays;
    }

    @Transactional
    public MintedToken mint(CurrentUser owner, String name, Integer lifetimeDays) {
        int days = lifetimeDays == null ? defaultLifetimeDays : lifetimeDays;
        if (days < 1 || days > MAX_LIFETIME_DAYS) {
            throw InvalidInputException.of("expiresInDays", "must be between 1 and " + MAX_LIFETIME_DAYS);
        }
        String label = name == null || name.isBlank() ? "API token" : name.trim();
        if (label.length() > 100) {
            throw InvalidInputException.of("name", "must be at most 100 characters");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "pmo_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now(clock);
        Instant expiresAt = now.plus(Duration.ofDays(days));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (person_id, name, token_hash, created_at, expires_at)
                VALUES (:person, :name, :hash, :created, :expires)""")
                .param("person", owner.personId()).param("name", label).param("hash", hash(token))
                .param("created", utc(now)).param("expires", utc(expiresAt))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        auditLog.record(ENTITY, id, "CREATED", Map.of(), Map.of("name", label, "owner", owner.personId(),
                "expiresAt", expiresAt));
        return new MintedToken(id, label, token, expiresAt);
    }

    @Override
    @Transactional
    public Optional<CurrentUser> verify(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        var found = jdbc.sql("""
                SELECT id, person_id, last_used_at FROM api_token
                 WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now""")
                .param("hash", hash(rawToken)).param("now", utc(now))
                .query((rs, n) -> new TokenUse(rs.getLong("id"), rs.getLong("person_id"),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TokenUse use = found.get();
        // Writing on every call would make each API read a write; a minute's precision is plenty for "last used".
        if (use.lastUsedAt() == null || use.lastUsedAt().toInstant().isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id").param("now", utc(now))
                    .param("id", use.id()).update();
        }
        return accounts.loadByPersonId(use.personId()).filter(CurrentUser::isEnabled);
    }

    private record TokenUse(long id, long personId, OffsetDateTime lastUsedAt) {
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> list(CurrentUser owner) {
        Instant now = Instant.now(clock);
        return jdbc.sql("SELECT * FROM api_token WHERE person_id = :person ORDER BY created_at DESC, id DESC")
                .param("person", owner.personId()).query((rs, n) -> view(rs, now)).list();
    }

    @Transactional
    public void revoke(CurrentUser owner, long tokenId) {
        int revoked = jdbc.sql("""
                UPDATE api_token SET revoked_at = :now
                 WHERE id = :id AND person_id = :person AND revoked_at IS NULL""")
                .param("now", utc(Instant.now(clock))).param("id", tokenId).param("person", owner.personId())
                .update();
        if (revoked == 0) {
            throw new NotFoundException("Active API token", tokenId);
        }
        auditLog.record(ENTITY, tokenId, "REVOKED", Map.of("revoked", false), Map.of("revoked", true));
    }

    /** Revokes every token of a person, e.g. on erasure or when their account is disabled. */
    @Transactional
    void revokeAll(long personId) {
        jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE person_id = :person AND revoked_at IS NULL")
                .param("now", utc(Instant.now(clock))).param("person", personId).update();
    }

    static String hash(String token) {
        return com.pmocareer.shared.Digests.sha256Hex(token);
    }

    private static ApiTokenView view(ResultSet rs, Instant now) throws SQLException {
        Instant expires = instant(rs, "expires_at");
        Instant revoked = instant(rs, "revoked_at");
        return new ApiTokenView(rs.getLong("id"), rs.getString("name"), instant(rs, "created_at"), expires,
                instant(rs, "last_used_at"), revoked, revoked == null && expires.isAfter(now));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
