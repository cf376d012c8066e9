package com.pmocareer.competency;

import com.pmocareer.competency.FrameworkDocument.AreaDocument;
import com.pmocareer.competency.FrameworkDocument.CompetencyDocument;
import com.pmocareer.shared.ConflictException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Framework versions in the database. Published versions never change, so they are read once and kept. */
@Repository
class FrameworkStore {

    private final JdbcClient jdbc;
    private final Map<Long, Framework> published = new ConcurrentHashMap<>();
    private volatile Current current;

    private record Current(long id, long checkedAtNanos) {
    }

    static final long RECHECK_NANOS = 1_000_000_000L;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current published version. Looked up again after a second at most — a version published on another
     * instance is seen that quickly — and at once after a publication here.
     */
    Optional<Long> currentId() {
        var known = current;
        long now = System.nanoTime();
        if (known != null && now - known.checkedAtNanos() < RECHECK_NANOS) {
            return Optional.of(known.id());
        }
        var id = jdbc.sql("""
                SELECT id FROM framework_version WHERE published_at IS NOT NULL ORDER BY number DESC LIMIT 1""")
                .query(Long.class).optional();
        current = id.map(found -> new Current(found, now)).orElse(null);
        return id;
    }

    /** Forgets the current version once the transaction that published a new one has committed. */
    void publishedNewVersion() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                current = null;
            }
        });
    }

    Optional<Long> draftId() {
        return jdbc.sql("SELECT id FROM framework_version WHERE published_at IS NULL").query(Long.class).optional();
    }

    Optional<Long> idOf(int number) {
        return jdbc.sql("SELECT id FROM framework_version WHERE number = :n").param("n", number).query(Long.class).optional();
    }

    long draftVersion(long id) {
        return jdbc.sql("SELECT version FROM framework_version WHERE id = :id").param("id", id).query(Long.class).single();
    }

    Framework load(long id) {
        Framework cached = published.get(id);
        if (cached != null) {
            return cached;
        }
        Framework framework = read(id);
        if (!framework.draft()) {
            published.put(id, framework);
        }
        return framework;
    }

    void forgetCached() {
        published.clear();
    }

    private Framework read(long id) {
        record Header(int number, String name, String note, OffsetDateTime publishedAt, String publishedBy) {
        }
        Header header = jdbc.sql("""
                SELECT f.number, f.name, f.note, f.published_at, p.full_name
                  FROM framework_version f LEFT JOIN person p ON p.id = f.published_by WHERE f.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Header(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
                .single();
        Map<Long, Map<Integer, String>> indicators = new HashMap<>();
        jdbc.sql("""
                SELECT i.competency_id, i.level, i.description FROM competency_indicator i
                  JOIN competency c ON c.id = i.competency_id WHERE c.framework_version_id = :id""")
                .param("id", id)
                .query(rs -> {
                    indicators.computeIfAbsent(rs.getLong(1), key -> new TreeMap<>()).put(rs.getInt(2), rs.getString(3));
                });
        Map<String, List<Framework.Competency>> byArea = new LinkedHashMap<>();
        Map<String, String> areaNames = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM competency_area WHERE framework_version_id = :id ORDER BY position")
                .param("id", id)
                .query(rs -> {
                    areaNames.put(rs.getString(1), rs.getString(2));
                    byArea.put(rs.getString(1), new ArrayList<>());
                });
        jdbc.sql("""
                SELECT c.id, c.code, c.name, c.category, c.description, a.code AS area_code, a.name AS area_name
                  FROM competency c JOIN competency_area a ON a.id = c.area_id
                 WHERE c.framework_version_id = :id ORDER BY a.position, c.position""")
                .param("id", id)
                .query(rs -> {
                    long competencyId = rs.getLong("id");
                    byArea.get(rs.getString("area_code")).add(new Framework.Competency(competencyId, rs.getString("code"),
                            rs.getString("name"), TalentTriangle.valueOf(rs.getString("category")),
                            rs.getString("description"), Map.copyOf(indicators.getOrDefault(competencyId, Map.of())),
                            rs.getString("area_code"), rs.getString("area_name")));
                });
        var areas = byArea.entrySet().stream()
                .map(e -> new Framework.Area(e.getKey(), areaNames.get(e.getKey()), List.copyOf(e.getValue()))).toList();
        return new Framework(id, header.number(), header.name(), header.note(), header.publishedAt(),
                header.publishedBy(), areas);
    }

    int nextNumber() {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM framework_version").query(Integer.class).single();
    }

    long insertVersion(FrameworkDocument document, String note, OffsetDateTime publishedAt, Long publishedBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO framework_version (number, name, note, published_at, published_by, version)
                VALUES (:number, :name, :note, :at, :by, 0)""")
                .param("number", nextNumber()).param("name", document.name().trim()).param("note", note)
                .param("at", publishedAt).param("by", publishedBy)
                .update(keys, "id");
        if (publishedAt != null) {
            publishedNewVersion();
        }
        long id = keys.getKey().longValue();
        insertContent(id, document);
        return id;
    }

    /** Replaces the draft's content, if nobody saved it since {@code version}. */
    void replaceDraft(long id, FrameworkDocument document, long version) {
        int updated = jdbc.sql("""
                UPDATE framework_version SET name = :name, version = version + 1
                 WHERE id = :id AND version = :version AND published_at IS NULL""")
                .param("name", document.name().trim()).param("id", id).param("version", version).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("The framework draft", id);
        }
        jdbc.sql("DELETE FROM competency_area WHERE framework_version_id = :id").param("id", id).update();
        insertContent(id, document);
    }

    void publish(long id, String note, OffsetDateTime at, long by, long version) {
        int updated = jdbc.sql("""
                UPDATE framework_version SET published_at = :at, published_by = :by, note = :note, version = version + 1
                 WHERE id = :id AND version = :version AND published_at IS NULL""")
                .param("at", at).param("by", by).param("note", note).param("id", id).param("version", version).update();
        if (updated == 0) {
            throw ConflictException.staleVersion("The framework draft", id);
        }
        publishedNewVersion();
    }

    void deleteDraft(long id) {
        jdbc.sql("DELETE FROM framework_version WHERE id = :id AND published_at IS NULL").param("id", id).update();
    }

    private void insertContent(long versionId, FrameworkDocument document) {
        int areaPosition = 0;
        for (AreaDocument area : document.areas()) {
            var areaKey = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO competency_area (framework_version_id, code, name, position)
                    VALUES (:version, :code, :name, :position)""")
                    .param("version", versionId).param("code", area.code()).param("name", area.name().trim())
                    .param("position", areaPosition++).update(areaKey, "id");
            long areaId = areaKey.getKey().longValue();
            int position = 0;
            for (CompetencyDocument competency : area.competencies()) {
                var key = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO competency (framework_version_id, area_id, code, name, category, description, position)
                        VALUES (:version, :area, :code, :name, :category, :description, :position)""")
                        .param("version", versionId).param("area", areaId).param("code", competency.code())
                        .param("name", competency.name().trim()).param("category", competency.category().name())
                        .param("description", competency.description().trim()).param("position", position++)
                        .update(key, "id");
                long competencyId = key.getKey().longValue();
                competency.indicators().forEach((level, text) -> jdbc.sql("""
                        INSERT INTO competency_indicator (competency_id, level, description) VALUES (:c, :level, :text)""")
                        .param("c", competencyId).param("level", level).param("text", text.trim()).update());
            }
        }
    }

    List<FrameworkVersionSummary> history() {
        Long current = currentId().orElse(null);
        return jdbc.sql("""
                SELECT f.id, f.number, f.name, f.note, f.published_at, p.full_name,
                       (SELECT COUNT(*) FROM competency c WHERE c.framework_version_id = f.id) AS competencies,
                       (SELECT COUNT(*) FROM assessment s JOIN competency c ON c.id = s.competency_id
                         WHERE c.framework_version_id = f.id) AS assessments
                  FROM framework_version f LEFT JOIN person p ON p.id = f.published_by
                 WHERE f.published_at IS NOT NULL ORDER BY f.number DESC""")
                .query((rs, n) -> new FrameworkVersionSummary(rs.getInt("number"), rs.getString("name"),
                        rs.getString("note"), rs.getObject("published_at", OffsetDateTime.class), rs.getString("full_name"),
                        rs.getInt("competencies"), rs.getLong("assessments"),
                        current != null && current == rs.getLong("id")))
                .list();
    }
}
