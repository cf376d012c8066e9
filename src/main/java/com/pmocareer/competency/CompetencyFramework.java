package com.pmocareer.competency;

import com.pmocareer.competency.FrameworkDocument.AreaDocument;
import com.pmocareer.competency.FrameworkDocument.CompetencyDocument;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competency framework and its versions. Published versions are read-only; an admin edits one draft (started
 * from the current version or from an imported file) and publishes it as the next version. Assessments keep the
 * version they were made against.
 */
@Service
@Transactional(readOnly = true)
public class CompetencyFramework {

    static final String ENTITY = "CompetencyFramework";

    private final FrameworkStore store;
    private final FrameworkFiles files;
    private final AuditLog auditLog;
    private final Clock clock;

    CompetencyFramework(FrameworkStore store, FrameworkFiles files, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.files = files;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Framework current() {
        return store.currentId().map(store::load)
                .orElseThrow(() -> new NotFoundException("Competency framework", "current"));
    }

    public Framework version(int number) {
        return store.idOf(number).map(store::load).filter(f -> !f.draft())
                .orElseThrow(() -> new NotFoundException("Competency framework version", number));
    }

    public List<FrameworkVersionSummary> history() {
        return store.history();
    }

    public Optional<Framework> draft(CurrentUser viewer) {
        requireAdmin(viewer);
        return store.draftId().map(store::load);
    }

    /** The draft's optimistic-lock version, which every draft edit sends back. */
    public long draftVersion(CurrentUser viewer) {
        requireAdmin(viewer);
        return store.draftId().map(store::draftVersion).orElseThrow(() -> new NotFoundException("Framework draft", "draft"));
    }

    @Transactional
    public Framework startDraft(CurrentUser viewer) {
        requireAdmin(viewer);
        refuseIfDraftExists();
        long id = store.insertVersion(current().document(), null, null, null);
        auditLog.record(ENTITY, "draft", "DRAFT_STARTED", Map.of(), Map.of("from", "version " + current().number()));
        return store.load(id);
    }

    /** Saves a whole edited framework into the draft; every rule is checked first. */
    @Transactional
    public Framework saveDraft(CurrentUser viewer, FrameworkDocument document, long version) {
        requireAdmin(viewer);
        FrameworkFiles.refuseIfBroken(document, FrameworkRules.Lines.NONE);
        long id = store.draftId().orElseThrow(() -> new NotFoundException("Framework draft", "draft"));
        store.replaceDraft(id, document, version);
        return store.load(id);
    }

    /** Adds or replaces one competency of the draft (matched by code), in the named area. */
    @Transactional
    public Framework saveCompetency(CurrentUser viewer, String originalCode, String areaCode,
            CompetencyDocument competency, long version) {
        var draft = draft(viewer).orElseThrow(() -> new NotFoundException("Framework draft", "draft"));
        var document = draft.document();
        if (document.areas().stream().noneMatch(area -> area.code().equals(areaCode))) {
            throw InvalidInputException.of("areaCode", "is not an area of the draft");
        }
        var areas = new ArrayList<AreaDocument>();
        for (AreaDocument area : document.areas()) {
            var list = new ArrayList<>(area.competencies().stream()
                    .filter(c -> !c.code().equals(originalCode == null ? competency.code() : originalCode)).toList());
            if (area.code().equals(areaCode)) {
                int at = originalCode == null ? -1 : positionOf(area, originalCode);
                list.add(at < 0 ? list.size() : at, competency);
            }
            areas.add(new AreaDocument(area.code(), area.name(), list));
        }
        if (originalCode == null && document.areas().stream().flatMap(a -> a.competencies().stream())
                .anyMatch(c -> c.code().equals(competency.code()))) {
            throw InvalidInputException.of("code", "is already used by another competency");
        }
        return saveDraft(viewer, new FrameworkDocument(document.name(), areas), version);
    }

    @Transactional
    public Framework removeCompetency(CurrentUser viewer, String code, long version) {
        var document = draft(viewer).orElseThrow(() -> new NotFoundException("Framework draft", "draft")).document();
        var areas = document.areas().stream()
                .map(area -> new AreaDocument(area.code(), area.name(),
                        area.competencies().stream().filter(c -> !c.code().equals(code)).toList()))
                .filter(area -> !area.competencies().isEmpty()).toList();
        return saveDraft(viewer, new FrameworkDocument(document.name(), areas), version);
    }

    /** Adds an area, or renames one when the code exists; an area gets its first competency with it. */
    @Transactional
    public Framework saveArea(CurrentUser viewer, String code, String name, CompetencyDocument firstCompetency,
            long version) {
        var document = draft(viewer).orElseThrow(() -> new NotFoundException("Framework draft", "draft")).document();
        var areas = new ArrayList<AreaDocument>();
        boolean renamed = false;
        for (AreaDocument area : document.areas()) {
            if (area.code().equals(code)) {
                areas.add(new AreaDocument(code, name, area.competencies()));
                renamed = true;
            } else {
                areas.add(area);
            }
        }
        if (!renamed) {
            areas.add(new AreaDocument(code, name, firstCompetency == null ? List.of() : List.of(firstCompetency)));
        }
        return saveDraft(viewer, new FrameworkDocument(document.name(), areas), version);
    }

    @Transactional
    public Framework publish(CurrentUser viewer, String note, long version) {
        requireAdmin(viewer);
        long id = store.draftId().orElseThrow(() -> new NotFoundException("Framework draft", "draft"));
        FrameworkFiles.refuseIfBroken(store.load(id).document(), FrameworkRules.Lines.NONE);
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        if (cleanNote != null && cleanNote.length() > 1000) {
            throw InvalidInputException.of("note", "must be at most 1000 characters");
        }
        store.publish(id, cleanNote, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), viewer.personId(), version);
        Framework published = store.load(id);
        auditLog.record(ENTITY, published.number(), "PUBLISHED", Map.of(),
                Map.of("version", published.number(), "competencies", published.competencies().size(),
                        "note", cleanNote == null ? "" : cleanNote));
        return published;
    }

    @Transactional
    public void discardDraft(CurrentUser viewer) {
        requireAdmin(viewer);
        store.draftId().ifPresent(id -> {
            store.deleteDraft(id);
            auditLog.record(ENTITY, "draft", "DRAFT_DISCARDED", Map.of(), Map.of());
        });
    }

    /** A version (the current one when null) as a download: JSON, or CSV when {@code format} says so. */
    public org.springframework.http.ResponseEntity<String> exportFile(String format, Integer version) {
        Framework chosen = version == null ? current() : version(version);
        boolean csv = "csv".equalsIgnoreCase(format);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(csv ? new org.springframework.http.MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
                        : org.springframework.http.MediaType.APPLICATION_JSON)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"competency-framework-v"
                        + chosen.number() + (csv ? ".csv\"" : ".json\""))
                .body(csv ? exportCsv(chosen) : exportJson(chosen));
    }

    public String exportJson(Framework framework) {
        return files.toJson(framework.document());
    }

    public String exportCsv(Framework framework) {
        return files.toCsv(framework.document());
    }

    /** Reads a JSON file into a new draft (all or nothing); publishes it at once when asked. */
    @Transactional
    public Framework importJson(CurrentUser viewer, String content, boolean publish) {
        requireAdmin(viewer);
        return importDocument(viewer, files.fromJson(content), publish);
    }

    /** Reads a CSV file into a new draft named {@code name} (all or nothing); publishes it at once when asked. */
    @Transactional
    public Framework importCsv(CurrentUser viewer, String name, String content, boolean publish) {
        requireAdmin(viewer);
        String frameworkName = name == null || name.isBlank() ? current().name() : name.trim();
        return importDocument(viewer, files.fromCsv(frameworkName, new StringReader(content)), publish);
    }

    private Framework importDocument(CurrentUser viewer, FrameworkDocument document, boolean publish) {
        refuseIfDraftExists();
        long id = store.insertVersion(document, null, null, null);
        auditLog.record(ENTITY, "draft", "IMPORTED", Map.of(), Map.of("competencies", document.competencyCount()));
        return publish ? publish(viewer, "Imported from a file", store.draftVersion(id)) : store.load(id);
    }

    /** Installs a framework as the first published version of an empty database. */
    @Transactional
    void installFirst(FrameworkDocument document) {
        FrameworkFiles.refuseIfBroken(document, FrameworkRules.Lines.NONE);
        store.insertVersion(document, "Shipped default", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), null);
    }

    boolean installed() {
        return store.currentId().isPresent();
    }

    private void refuseIfDraftExists() {
        if (store.draftId().isPresent()) {
            throw new ConflictException("A framework draft is already open; publish or discard it first.");
        }
    }

    private static int positionOf(AreaDocument area, String code) {
        for (int i = 0; i < area.competencies().size(); i++) {
            if (area.competencies().get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    static void requireAdmin(CurrentUser viewer) {
        if (!viewer.isAdmin()) {
            throw new ForbiddenException("Only a PMO admin may change the competency framework.");
        }
    }
}
