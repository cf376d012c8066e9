package com.pmocareer.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins per typed name and locks that name for a while after too many. */
@Component
public class SignInLockouts {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInLockouts(JdbcClient jdbc, Clock clock, @Value("${pmo.security.max-failed-logins:5}") int maxFailures,
            @Value("${pmo.security.lockout-minutes:15}") long lockoutMinutes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public boolean isLocked(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE username = :name AND locked_until > :now")
                .param("name", normalize(username)).param("now", now()).query(Long.class).single() > 0;
    }

    public void recordFailure(String username) {
        String name = normalize(username);
        OffsetDateTime now = now();
        // Failures older than the lockout window no longer count towards a lock.
        int updated = jdbc.sql("""
                UPDATE login_attempt
                   SET failures = CASE WHEN last_failure < :windowStart THEN 1 ELSE failures + 1 END,
                       last_failure = :now
                 WHERE username = :name""")
                .param("windowStart", now.minus(lockout)).param("now", now).param("name", name).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO login_attempt (username, failures, last_failure) VALUES (:name, 1, :now)")
                        .param("name", name).param("now", now).update();
            } catch (DuplicateKeyException raced) {
                recordFailure(username);
                return;
            }
        }
        jdbc.sql("UPDATE login_attempt SET locked_until = :until, failures = 0 WHERE username = :name AND failures >= :max")
                .param("until", now.plus(lockout)).param("name", name).param("max", maxFailures).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_attempt WHERE username = :name").param("name", normalize(username)).update();
    }

    public void unlock(String username) {
        recordSuccess(username);
    }

    public Duration lockout() {
        return lockout;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
