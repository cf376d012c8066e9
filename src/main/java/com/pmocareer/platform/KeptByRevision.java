package com.pmocareer.platform;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Data many requests read and few change, kept per instance behind a revision row (a table with one row, id 1): the
 * revision is looked at again after {@code recheck} at most, so another instance's change shows that quickly; a change
 * on this instance bumps the row once per transaction, just before it commits (so the row is locked only briefly),
 * and drops the kept copy when it has committed. {@code maxAge} bounds how old a copy may get whatever the revision
 * says, for inputs other modules change without bumping it.
 */
public final class KeptByRevision<T> {

    private record Kept<T>(long revision, T value, long loadedAtNanos, long checkedAtNanos) {
    }

    private final JdbcClient jdbc;
    private final String table;
    private final long recheckNanos;
    private final long maxAgeNanos;
    private final Object bumpKey = new Object();
    private volatile Kept<T> kept;

    public KeptByRevision(JdbcClient jdbc, String table, Duration recheck, Duration maxAge) {
        this.jdbc = jdbc;
        this.table = table;
        this.recheckNanos = recheck.toNanos();
        this.maxAgeNanos = maxAge.toNanos();
    }

    public T get(Supplier<T> read) {
        Kept<T> known = kept;
        if (known != null && System.nanoTime() - known.checkedAtNanos() < recheckNanos) {
            return known.value();
        }
        // One reader reloads while the others wait for its copy, rather than all reading the same rows at once.
        synchronized (this) {
            return reload(read);
        }
    }

    private T reload(Supplier<T> read) {
        long now = System.nanoTime();
        Kept<T> known = kept;
        if (known != null && now - known.checkedAtNanos() < recheckNanos) {
            return known.value();
        }
        long revision = jdbc.sql("SELECT revision FROM " + table + " WHERE id = 1").query(Long.class).single();
        if (known == null || known.revision() != revision || now - known.loadedAtNanos() > maxAgeNanos) {
            // The revision is read before the data: a change committed in between only causes one more read.
            known = new Kept<>(revision, read.get(), now, now);
        } else {
            known = new Kept<>(revision, known.value(), known.loadedAtNanos(), now);
        }
        kept = known;
        return known.value();
    }

    /** Called inside every transaction that changes the data; outside one, bumps and forgets at once. */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bump();
            kept = null;
            return;
        }
        if (TransactionSynchronizationManager.hasResource(bumpKey)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(bumpKey, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                bump();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(bumpKey);
                if (status == STATUS_COMMITTED) {
                    kept = null;
                }
            }
        });
    }

    private void bump() {
        jdbc.sql("UPDATE " + table + " SET revision = revision + 1 WHERE id = 1").update();
    }
}
