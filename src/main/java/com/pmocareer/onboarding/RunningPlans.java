package com.pmocareer.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every running plan with its progress and overdue count, kept per instance: the leads' overviews filter it in memory
 * instead of counting tens of thousands of tasks per request. Every change to a plan bumps a revision row in its
 * transaction; the revision is looked at again after a second at most (another instance's change shows that
 * quickly), a change on this instance clears it at commit, and a new day recounts what is overdue.
 */
@Component
class RunningPlans {

    private static final long RECHECK_NANOS = 1_000_000_000L;

    private record Kept(long revision, LocalDate day, List<OnboardingOverview.Row> rows, long checkedAtNanos) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Kept kept;

    RunningPlans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<OnboardingOverview.Row> all(java.util.function.Function<LocalDate, List<OnboardingOverview.Row>> read) {
        LocalDate today = LocalDate.now(clock);
        long now = System.nanoTime();
        Kept known = kept;
        if (known != null && known.day().equals(today) && now - known.checkedAtNanos() < RECHECK_NANOS) {
            return known.rows();
        }
        long revision = jdbc.sql("SELECT revision FROM onboarding_revision WHERE id = 1").query(Long.class).single();
        if (known == null || known.revision() != revision || !known.day().equals(today)) {
            // The revision is read before the rows: a change committed in between only causes one more read.
            known = new Kept(revision, today, List.copyOf(read.apply(today)), now);
        } else {
            known = new Kept(revision, today, known.rows(), now);
        }
        kept = known;
        return known.rows();
    }

    /** Called inside every transaction that changes a plan or a task's status. */
    void changed() {
        jdbc.sql("UPDATE onboarding_revision SET revision = revision + 1 WHERE id = 1").update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kept = null;
                }
            });
        } else {
            kept = null;
        }
    }
}
