package com.pmocareer.onboarding;

import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.onboarding.DocumentViews.Acknowledgement;
import com.pmocareer.onboarding.DocumentViews.DocumentCommand;
import com.pmocareer.onboarding.DocumentViews.DocumentDetail;
import com.pmocareer.onboarding.DocumentViews.DocumentView;
import com.pmocareer.onboarding.DocumentViews.FileContent;
import com.pmocareer.onboarding.DocumentViews.VersionCommand;
import com.pmocareer.onboarding.DocumentViews.VersionView;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PMO's document library (handbook, methodology guide, templates). Admins publish versions; everyone reads and
 * acknowledges them. A new version asks everyone who acknowledged an older one to acknowledge again.
 */
@Service
@Transactional(readOnly = true)
public class PmoDocuments {

    private static final String ADMINS_ONLY = "Only an admin publishes PMO documents.";

    static final String ENTITY = "PmoDocument";
    private static final String VERSION_COLUMNS = """
            v.id, v.document_id, v.number, v.link_url, v.file_name, v.content_type, v.change_note, v.published_at,
            OCTET_LENGTH(v.content) AS size_bytes, p.full_name AS published_by_name""";

    private final JdbcClient jdbc;
    private final PersonDirectory directory;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final Clock clock;

    PmoDocuments(JdbcClient jdbc, PersonDirectory directory, Notifications notifications, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<DocumentView> list(CurrentUser viewer) {
        return jdbc.sql("SELECT id FROM pmo_document ORDER BY title").query(Long.class).list().stream()
                .map(id -> view(id, viewer.personId())).toList();
    }

    public DocumentDetail get(CurrentUser viewer, long id) {
        DocumentView document = find(id).map(found -> view(id, viewer.personId()))
                .orElseThrow(() -> new NotFoundException("PMO document", id));
        var versions = jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM pmo_document_version v"
                        + " LEFT JOIN person p ON p.id = v.published_by WHERE v.document_id = :id ORDER BY v.number DESC")
                .param("id", id).query(PmoDocuments::version).list();
        List<Acknowledgement> acknowledgements = List.of();
        if (viewer.isAdmin() || viewer.isLead()) {
            acknowledgements = jdbc.sql("""
                    SELECT a.person_id, p.full_name, MAX(v.number) AS number, MAX(a.acknowledged_at) AS at
                      FROM document_acknowledgement a
                      JOIN pmo_document_version v ON v.id = a.document_version_id
                      JOIN person p ON p.id = a.person_id
                     WHERE v.document_id = :id AND p.erased_at IS NULL
                     GROUP BY a.person_id, p.full_name ORDER BY p.full_name""").param("id", id)
                    .query((rs, n) -> new Acknowledgement(rs.getLong("person_id"), rs.getString("full_name"),
                            rs.getInt("number"), rs.getObject("at", OffsetDateTime.class))).list().stream()
                    .filter(a -> viewer.isAdmin() || directory.canSee(viewer, a.personId())).toList();
        }
        return new DocumentDetail(document, versions, acknowledgements);
    }

    @Transactional
    public DocumentView create(CurrentUser viewer, DocumentCommand command) {
        viewer.requireAdmin(ADMINS_ONLY);
        var problems = new ArrayList<FieldProblem>();
        if (command.title() == null || command.title().isBlank() || command.title().length() > 200) {
            problems.add(new FieldProblem("title", "must be given, at most 200 characters"));
        }
        if (command.kind() == null) {
            problems.add(new FieldProblem("kind", "must be one of HANDBOOK, METHODOLOGY_GUIDE, TEMPLATE, POLICY, OTHER"));
        }
        if (command.description() != null && command.description().length() > 2000) {
            problems.add(new FieldProblem("description", "must be at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("Some fields are invalid.", problems);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM pmo_document WHERE LOWER(title) = LOWER(:title)").param("title", command.title().trim())
                .query(Long.class).single() > 0) {
            throw new ConflictException("A document called \"" + command.title().trim() + "\" exists already.");
        }
        long id = insertDocument(command);
        auditLog.record(ENTITY, id, "CREATED", Map.of(), Map.of("title", command.title().trim(), "kind", command.kind()));
        return view(id, viewer.personId());
    }

    /** Publishes the next version (a link or an uploaded file) and asks earlier acknowledgers to read it again. */
    @Transactional
    public VersionView publish(CurrentUser viewer, long documentId, VersionCommand command) {
        viewer.requireAdmin(ADMINS_ONLY);
        var document = find(documentId).orElseThrow(() -> new NotFoundException("PMO document", documentId));
        DocumentFiles.check(command);
        // The file's type is what its checked content is, not what the uploading browser declared.
        VersionCommand checked = command.content() == null ? command : new VersionCommand(null, command.fileName(),
                DocumentFiles.contentTypeOf(command.fileName()), command.content(), command.changeNote());
        int number = insertVersion(documentId, checked, viewer.personId());
        auditLog.record(ENTITY, documentId, "VERSION_PUBLISHED", Map.of(), Map.of("version", number,
                "source", checked.fileName() != null ? checked.fileName() : checked.linkUrl()));
        askToAcknowledgeAgain(documentId, document.title(), number);
        return latestVersion(documentId).orElseThrow();
    }

    public FileContent content(CurrentUser viewer, long documentId, int number) {
        return jdbc.sql("SELECT file_name, content_type, content FROM pmo_document_version"
                        + " WHERE document_id = :id AND number = :number AND content IS NOT NULL")
                .param("id", documentId).param("number", number)
                .query((rs, n) -> new FileContent(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional().orElseThrow(() -> new NotFoundException("File of document version", documentId + "/" + number));
    }

    /** The viewer acknowledges the newest version; doing it twice changes nothing. */
    @Transactional
    public DocumentView acknowledge(CurrentUser viewer, long documentId) {
        var latest = latestVersion(documentId).orElseThrow(() -> new ConflictException(
                "This document has no published version to acknowledge yet."));
        acknowledgeForSystem(viewer.personId(), latest.id());
        return view(documentId, viewer.personId());
    }

    void acknowledgeForSystem(long personId, long versionId) {
        jdbc.sql("""
                INSERT INTO document_acknowledgement (person_id, document_version_id, acknowledged_at)
                SELECT :person, :version, :now WHERE NOT EXISTS (SELECT 1 FROM document_acknowledgement
                 WHERE person_id = :person AND document_version_id = :version)""")
                .param("person", personId).param("version", versionId).param("now", now()).update();
    }

    /** Documents whose newest version the person has not acknowledged although they acknowledged an older one. */
    public List<DocumentView> toAcknowledgeAgain(long personId) {
        return jdbc.sql("SELECT DISTINCT v.document_id FROM document_acknowledgement a"
                        + " JOIN pmo_document_version v ON v.id = a.document_version_id WHERE a.person_id = :person")
                .param("person", personId).query(Long.class).list().stream().map(id -> view(id, personId))
                .filter(DocumentView::toAcknowledgeAgain).toList();
    }

    Optional<VersionView> latestVersion(long documentId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM pmo_document_version v LEFT JOIN person p ON p.id = v.published_by"
                        + " WHERE v.document_id = :id ORDER BY v.number DESC LIMIT 1")
                .param("id", documentId).query(PmoDocuments::version).optional();
    }

    Optional<Long> idByTitle(String title) {
        return jdbc.sql("SELECT id FROM pmo_document WHERE title = :title").param("title", title).query(Long.class).optional();
    }

    long insertDocument(DocumentCommand command) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO pmo_document (title, kind, description, created_at) VALUES (:title, :kind, :description, :now)")
                .param("title", command.title().trim()).param("kind", command.kind().name())
                .param("description", command.description()).param("now", now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    int insertVersion(long documentId, VersionCommand command, Long publishedBy) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM pmo_document_version WHERE document_id = :id")
                .param("id", documentId).query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO pmo_document_version (document_id, number, link_url, file_name, content_type, content,
                       change_note, published_at, published_by)
                VALUES (:document, :number, :link, :file, :type, :content, :note, :now, :by)""")
                .param("document", documentId).param("number", number).param("link", blankToNull(command.linkUrl()))
                .param("file", command.fileName()).param("type", command.contentType()).param("content", command.content())
                .param("note", blankToNull(command.changeNote())).param("now", now()).param("by", publishedBy).update();
        // Bumping the document's version makes a concurrent publication of the same number fail on the unique key.
        jdbc.sql("UPDATE pmo_document SET version = version + 1 WHERE id = :id").param("id", documentId).update();
        return number;
    }

    void askToAcknowledgeAgain(long documentId, String title, int number) {
        var people = jdbc.sql("""
                SELECT DISTINCT a.person_id FROM document_acknowledgement a
                  JOIN pmo_document_version v ON v.id = a.document_version_id
                  JOIN person p ON p.id = a.person_id
                 WHERE v.document_id = :id AND v.number < :number AND p.erased_at IS NULL""")
                .param("id", documentId).param("number", number).query(Long.class).list();
        notifications.sendAll(people.stream().map(person -> new NewNotification(person,
                NotificationKind.DOCUMENT_TO_ACKNOWLEDGE, "\"" + title + "\" has a new version " + number,
                "You acknowledged an earlier version. Please read what changed and acknowledge version " + number + ".",
                "/documents/" + documentId, "document-" + documentId + "-v" + number + "-person-" + person)).toList());
    }

    private Optional<DocumentCommand> find(long id) {
        return jdbc.sql("SELECT title, kind, description FROM pmo_document WHERE id = :id").param("id", id)
                .query((rs, n) -> new DocumentCommand(rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("description"))).optional();
    }

    private DocumentView view(long id, long personId) {
        var latest = latestVersion(id);
        Integer acknowledged = jdbc.sql("""
                SELECT MAX(v.number) FROM document_acknowledgement a JOIN pmo_document_version v ON v.id = a.document_version_id
                 WHERE v.document_id = :id AND a.person_id = :person""").param("id", id).param("person", personId)
                .query(Integer.class).optional().orElse(null);
        long acknowledgedLatest = latest.map(v -> jdbc.sql("SELECT COUNT(*) FROM document_acknowledgement WHERE document_version_id = :v")
                .param("v", v.id()).query(Long.class).single()).orElse(0L);
        return jdbc.sql("SELECT id, title, kind, description, version FROM pmo_document WHERE id = :id").param("id", id)
                .query((rs, n) -> new DocumentView(rs.getLong("id"), rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("description"), latest.orElse(null), acknowledged, acknowledgedLatest, rs.getLong("version")))
                .single();
    }

    private static VersionView version(ResultSet rs, int rowNum) throws SQLException {
        long size = rs.getLong("size_bytes");
        return new VersionView(rs.getLong("id"), rs.getInt("number"), rs.getString("link_url"), rs.getString("file_name"),
                rs.getString("content_type"), rs.wasNull() ? null : size, rs.getString("change_note"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("published_by_name"));
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
