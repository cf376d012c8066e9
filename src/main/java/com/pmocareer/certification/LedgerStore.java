package com.pmocareer.certification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The ledger's rows: entries with their units by category; a ledger is evaluated from the units alone. */
@Component
class LedgerStore {

    record NewEntry(long personId, LocalDate earnedOn, String title, String provider, LedgerSource source,
            String sourceRef, BigDecimal hours, boolean pmEducation, String note, String evidenceUrl, String evidenceName,
            String evidenceType, byte[] evidence, Map<LedgerCategory, BigDecimal> units) {
    }

    record EntryRow(long id, long personId, LocalDate earnedOn, String title, String provider, LedgerSource source,
            BigDecimal hours, boolean pmEducation, String note, String evidenceUrl, String evidenceName,
            Map<LedgerCategory, BigDecimal> units) {
    }

    private static final String ENTRY_COLUMNS = """
            SELECT id, person_id, earned_on, title, provider, source, hours, pm_education, note, evidence_url, evidence_name
              FROM ledger_entry""";

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the entry unless one from the same source already exists (a retried event); empty then. */
    Optional<Long> insert(NewEntry entry, OffsetDateTime now) {
        if (entry.sourceRef() != null && jdbc.sql("""
                SELECT COUNT(*) FROM ledger_entry WHERE person_id = :person AND source = :source AND source_ref = :ref""")
                .param("person", entry.personId()).param("source", entry.source().name()).param("ref", entry.sourceRef())
                .query(Long.class).single() > 0) {
            return Optional.empty();
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO ledger_entry (person_id, earned_on, title, provider, source, source_ref, hours, pm_education, note,
                    evidence_url, evidence_name, evidence_type, evidence, created_at)
                VALUES (:person, :earnedOn, :title, :provider, :source, :ref, :hours, :pmEducation, :note, :url, :name,
                    :type, :content, :now)""")
                .param("person", entry.personId()).param("earnedOn", entry.earnedOn()).param("title", entry.title())
                .param("provider", entry.provider()).param("source", entry.source().name()).param("ref", entry.sourceRef())
                .param("hours", entry.hours()).param("pmEducation", entry.pmEducation()).param("note", entry.note())
                .param("url", entry.evidenceUrl()).param("name", entry.evidenceName()).param("type", entry.evidenceType())
                .param("content", entry.evidence()).param("now", now).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        entry.units().forEach((category, units) -> {
            if (units != null && units.signum() > 0) {
                jdbc.sql("""
                        INSERT INTO ledger_unit (entry_id, person_id, earned_on, category, units)
                        VALUES (:entry, :person, :earnedOn, :category, :units)""")
                        .param("entry", id).param("person", entry.personId()).param("earnedOn", entry.earnedOn())
                        .param("category", category.name()).param("units", units).update();
            }
        });
        return Optional.of(id);
    }

    List<Credit> credits(long personId) {
        return jdbc.sql("SELECT entry_id, earned_on, category, units FROM ledger_unit WHERE person_id = :person")
                .param("person", personId)
                .query((rs, n) -> new Credit(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        LedgerCategory.valueOf(rs.getString(3)), rs.getBigDecimal(4))).list();
    }

    /** Hours of project management education: all of them, and those of the last 12 months up to today. */
    BigDecimal[] contactHours(long personId, LocalDate today) {
        BigDecimal[] hours = {BigDecimal.ZERO, BigDecimal.ZERO};
        jdbc.sql("""
                SELECT COALESCE(SUM(hours), 0),
                       COALESCE(SUM(CASE WHEN earned_on > :yearAgo AND earned_on <= :today THEN hours ELSE 0 END), 0)
                  FROM ledger_entry WHERE person_id = :person AND pm_education = TRUE""")
                .param("person", personId).param("yearAgo", today.minusYears(1)).param("today", today)
                .query(rs -> {
                    hours[0] = rs.getBigDecimal(1);
                    hours[1] = rs.getBigDecimal(2);
                });
        return hours;
    }

    List<EntryRow> entries(long personId, int offset, int limit) {
        Map<Long, EntryRow> rows = new LinkedHashMap<>();
        jdbc.sql(ENTRY_COLUMNS + " WHERE person_id = :person"
                        + " ORDER BY person_id, earned_on DESC, id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("person", personId).param("offset", offset).param("limit", limit)
                .query(this::row).list().forEach(row -> rows.put(row.id(), row));
        if (!rows.isEmpty()) {
            LocalDate oldest = rows.values().stream().map(EntryRow::earnedOn).min(LocalDate::compareTo).orElseThrow();
            jdbc.sql("SELECT entry_id, category, units FROM ledger_unit WHERE person_id = :person AND earned_on >= :oldest")
                    .param("person", personId).param("oldest", oldest)
                    .query(rs -> {
                        EntryRow row = rows.get(rs.getLong(1));
                        if (row != null) {
                            row.units().put(LedgerCategory.valueOf(rs.getString(2)), rs.getBigDecimal(3));
                        }
                    });
        }
        return new ArrayList<>(rows.values());
    }

    /** The entries with these ids and their units, newest first. */
    List<EntryRow> entries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, EntryRow> rows = new LinkedHashMap<>();
        jdbc.sql(ENTRY_COLUMNS + " WHERE id IN (:ids) ORDER BY earned_on DESC, id DESC").param("ids", ids)
                .query(this::row).list().forEach(row -> rows.put(row.id(), row));
        jdbc.sql("SELECT entry_id, category, units FROM ledger_unit WHERE entry_id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    EntryRow row = rows.get(rs.getLong(1));
                    if (row != null) {
                        row.units().put(LedgerCategory.valueOf(rs.getString(2)), rs.getBigDecimal(3));
                    }
                });
        return new ArrayList<>(rows.values());
    }

    long count(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE person_id = :person").param("person", personId)
                .query(Long.class).single();
    }

    Optional<EntryRow> entry(long entryId) {
        return jdbc.sql(ENTRY_COLUMNS + " WHERE id = :id").param("id", entryId).query(this::row).optional().map(row -> {
            jdbc.sql("SELECT category, units FROM ledger_unit WHERE entry_id = :id").param("id", entryId)
                    .query(rs -> {
                        row.units().put(LedgerCategory.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                    });
            return row;
        });
    }

    private EntryRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EntryRow(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("earned_on", LocalDate.class),
                rs.getString("title"), rs.getString("provider"), LedgerSource.valueOf(rs.getString("source")),
                rs.getBigDecimal("hours"), rs.getBoolean("pm_education"), rs.getString("note"),
                rs.getString("evidence_url"), rs.getString("evidence_name"), new EnumMap<>(LedgerCategory.class));
    }

    void delete(long entryId) {
        jdbc.sql("DELETE FROM ledger_unit WHERE entry_id = :id").param("id", entryId).update();
        jdbc.sql("DELETE FROM ledger_entry WHERE id = :id").param("id", entryId).update();
    }

    Optional<com.pmocareer.platform.UploadedFile> evidence(long entryId) {
        return jdbc.sql("SELECT evidence_name, evidence_type, evidence FROM ledger_entry WHERE id = :id AND evidence IS NOT NULL")
                .param("id", entryId)
                .query((rs, n) -> new com.pmocareer.platform.UploadedFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
