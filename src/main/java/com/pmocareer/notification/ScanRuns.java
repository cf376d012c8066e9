package com.pmocareer.notification;

import java.net.InetAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps a row per run of a scheduled scan (which instance, when, how many notifications), so that an admin sees that
 * the daily scans ran, and ran once.
 */
@Component
public class ScanRuns {

    /** Told apart from other instances on the same host by a random suffix. */
    static final String INSTANCE = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);

    public record ScanRun(String scan, String instance, OffsetDateTime startedAt, OffsetDateTime finishedAt,
            int notifications) {

        /** How long the run took, in milliseconds; null while it runs. */
        @com.fasterxml.jackson.annotation.JsonProperty
        public Long durationMillis() {
            return finishedAt == null ? null : java.time.Duration.between(startedAt, finishedAt).toMillis();
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    ScanRuns(JdbcClient jdbc, Clock clock, org.springframework.transaction.support.TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * Runs the scan in one transaction — what it reads and the notifications it writes stand or fall together — and
     * records start, end and the number of notifications it answers.
     */
    public int record(String scan, IntSupplier work) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO scan_run (scan, instance, started_at) VALUES (:scan, :instance, :now)")
                .param("scan", scan).param("instance", INSTANCE).param("now", now()).update(keys, "id");
        long id = keys.getKey().longValue();
        Integer notifications = transaction.execute(status -> work.getAsInt());
        jdbc.sql("UPDATE scan_run SET finished_at = :now, notifications = :count WHERE id = :id")
                .param("now", now()).param("count", notifications).param("id", id).update();
        return notifications;
    }

    public List<ScanRun> latest(String scan, int limit) {
        return jdbc.sql("SELECT * FROM scan_run WHERE scan = :scan ORDER BY started_at DESC, id DESC LIMIT :limit")
                .param("scan", scan).param("limit", limit).query(ScanRuns::row).list();
    }

    public List<ScanRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM scan_run ORDER BY started_at DESC, id DESC LIMIT :limit").param("limit", limit)
                .query(ScanRuns::row).list();
    }

    private static ScanRun row(ResultSet rs, int rowNum) throws SQLException {
        return new ScanRun(rs.getString("scan"), rs.getString("instance"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class), rs.getInt("notifications"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            return "instance";
        }
    }
}
