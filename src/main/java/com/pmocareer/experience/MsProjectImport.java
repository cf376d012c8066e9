package com.pmocareer.experience;

import com.pmocareer.experience.ImportViews.Phase;
import com.pmocareer.experience.ImportViews.PlanConfirmation;
import com.pmocareer.experience.ImportViews.PlanImportResult;
import com.pmocareer.experience.ImportViews.PlanPreview;
import com.pmocareer.experience.ImportViews.PlanResource;
import com.pmocareer.experience.ImportViews.ResourceMapping;
import com.pmocareer.experience.ProjectViews.ProjectCommand;
import com.pmocareer.experience.ProjectViews.ProjectView;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonDirectory;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.platform.UploadedFile;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.sf.mpxj.MPXJException;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mpp.MPPReader;
import net.sf.mpxj.mpx.MPXReader;
import net.sf.mpxj.mspdi.MSPDIReader;
import net.sf.mpxj.reader.ProjectReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an MS Project plan (.mpp, .mpx or MSPDI .xml) with MPXJ in two steps. The preview shows the plan's dates,
 * phases (top-level summary tasks) and resources with their assigned work, each matched to a person by e-mail; only
 * the uploaded file is kept, aside, until the lead confirms. The confirmation creates or updates the project (by code)
 * and the mapped people's assignments with their planned hours — all or nothing.
 */
@Service
@Transactional(readOnly = true)
public class MsProjectImport {

    static final String KIND = "MS_PROJECT";
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final JdbcClient jdbc;
    private final Projects projects;
    private final PersonDirectory directory;
    private final PersonAccess access;
    private final AuditLog auditLog;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ProjectExperience experience;
    private final Clock clock;

    MsProjectImport(JdbcClient jdbc, Projects projects, PersonDirectory directory, PersonAccess access, AuditLog auditLog,
            org.springframework.context.ApplicationEventPublisher events, ProjectExperience experience, Clock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.directory = directory;
        this.access = access;
        this.auditLog = auditLog;
        this.events = events;
        this.experience = experience;
        this.clock = clock;
    }

    /** Reads the plan and keeps the file aside under a token; no project, assignment or log changes. */
    @Transactional
    public PlanPreview preview(CurrentUser user, UploadedFile file) {
        requireKeeper(user);
        if (file == null || file.content().length == 0) {
            throw InvalidInputException.of("file", "choose an .mpp, .mpx or MS Project XML file");
        }
        if (file.content().length > MAX_BYTES) {
            throw InvalidInputException.of("file", "must be at most 20 MB");
        }
        ProjectFile plan = read(file);
        String token = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("DELETE FROM import_staging WHERE created_at < :old").param("old", now.minusDays(1)).update();
        jdbc.sql("""
                INSERT INTO import_staging (token, kind, created_by, created_at, file_name, content)
                VALUES (:token, :kind, :by, :now, :name, :content)""")
                .param("token", token).param("kind", KIND).param("by", user.personId()).param("now", now)
                .param("name", file.name()).param("content", file.content()).update();
        return preview(user, token, file.name(), plan);
    }

    public PlanPreview preview(CurrentUser user, String token) {
        UploadedFile file = staged(user, token);
        return preview(user, token, file.name(), read(file));
    }

    @Transactional
    public PlanImportResult confirm(CurrentUser user, String token, PlanConfirmation confirmation) {
        UploadedFile file = staged(user, token);
        ProjectFile plan = read(file);
        PlanPreview preview = preview(user, token, file.name(), plan);
        Map<Integer, PlanResource> resources = new HashMap<>();
        preview.resources().forEach(r -> resources.put(r.resourceId(), r));
        var problems = new ArrayList<FieldProblem>();
        Set<Long> people = new HashSet<>();
        List<ResourceMapping> mappings = confirmation.mappings() == null ? List.of() : confirmation.mappings();
        for (ResourceMapping mapping : mappings) {
            if (mapping.personId() == null) {
                continue;
            }
            PlanResource resource = resources.get(mapping.resourceId());
            if (resource == null) {
                problems.add(new FieldProblem("mappings", "resource " + mapping.resourceId() + " is not in the plan"));
            } else if (resource.firstStart() == null) {
                problems.add(new FieldProblem("mappings", resource.name() + " has no assigned work in the plan"));
            } else if (!people.add(mapping.personId())) {
                problems.add(new FieldProblem("mappings", "a person is mapped to two resources"));
            } else if (directory.find(user, mapping.personId()).isEmpty() || !access.manages(user, mapping.personId())) {
                problems.add(new FieldProblem("mappings", resource.name() + " is mapped to a person you may not assign"));
            }
        }
        if (problems.isEmpty() && people.isEmpty()) {
            problems.add(new FieldProblem("mappings", "map at least one resource to a person"));
        }
        FieldChecks.refuseIfAny("Nothing was imported", problems);
        String code = confirmation.code() == null ? "" : confirmation.code().trim().toUpperCase(Locale.ROOT);
        Long existing = jdbc.sql("SELECT id FROM project WHERE code = :code").param("code", code).query(Long.class)
                .optional().orElse(null);
        ProjectView project;
        String name = FieldChecks.blankToNull(confirmation.name()) != null ? confirmation.name() : preview.projectTitle();
        if (existing == null) {
            project = projects.create(user, new ProjectCommand(code, name, confirmation.type(), confirmation.methodology(),
                    confirmation.budgetBand(), preview.start(), preview.finish(), ProjectStatus.ACTIVE, null, null, null,
                    Set.of(), null));
        } else {
            ProjectView current = projects.get(existing);
            project = projects.update(user, existing, new ProjectCommand(code, name, current.type(), current.methodology(),
                    current.budgetBand(), preview.start(), preview.finish(), current.status(), current.sponsor(),
                    current.pmId(), current.description(), Set.copyOf(current.tags()), current.version()));
        }
        int created = 0;
        int updated = 0;
        for (ResourceMapping mapping : mappings) {
            if (mapping.personId() == null) {
                continue;
            }
            PlanResource resource = resources.get(mapping.resourceId());
            AssignmentRole role = mapping.role() == null ? AssignmentRole.SHADOW : mapping.role();
            int allocation = Math.max(1, Math.min(100, resource.maxUnits() == null ? 100 : resource.maxUnits()));
            int changed = jdbc.sql("""
                    UPDATE project_assignment SET assignment_role = :role, allocation = :allocation, starts_on = :starts,
                           ends_on = :ends, planned_hours = :hours, version = version + 1
                     WHERE project_id = :project AND person_id = :person AND source = 'MS_PROJECT'""")
                    .param("role", role.name()).param("allocation", allocation).param("starts", resource.firstStart())
                    .param("ends", resource.lastFinish()).param("hours", resource.workHours())
                    .param("project", project.id()).param("person", mapping.personId()).update();
            if (changed > 0) {
                updated++;
            } else {
                boolean overlaps = jdbc.sql("""
                        SELECT COUNT(*) FROM project_assignment WHERE project_id = :project AND person_id = :person
                           AND starts_on <= :ends AND (ends_on IS NULL OR ends_on >= :starts)""")
                        .param("project", project.id()).param("person", mapping.personId())
                        .param("starts", resource.firstStart()).param("ends", resource.lastFinish()).query(Long.class)
                        .single() > 0;
                if (overlaps) {
                    throw new ConflictException(resource.name() + " already has an assignment on " + project.code()
                            + " in the plan's dates; nothing was imported.");
                }
                jdbc.sql("""
                        INSERT INTO project_assignment (project_id, person_id, assignment_role, allocation, starts_on, ends_on,
                               planned_hours, source, created_by, created_at, version)
                        VALUES (:project, :person, :role, :allocation, :starts, :ends, :hours, 'MS_PROJECT', :by, :now, 0)""")
                        .param("project", project.id()).param("person", mapping.personId()).param("role", role.name())
                        .param("allocation", allocation).param("starts", resource.firstStart())
                        .param("ends", resource.lastFinish()).param("hours", resource.workHours())
                        .param("by", user.personId()).param("now", OffsetDateTime.now(clock)).update();
                created++;
            }
            experience.assignmentsChanged();
            events.publishEvent(new AssignmentChanged(mapping.personId(), project.id()));
        }
        jdbc.sql("DELETE FROM import_staging WHERE token = :token").param("token", token).update();
        auditLog.record("ProjectImport", project.id(), "MS_PROJECT", Map.of(),
                Map.of("file", file.name(), "created", created, "updated", updated));
        return new PlanImportResult(project.id(), project.code(), existing == null, created, updated);
    }

    private PlanPreview preview(CurrentUser user, String token, String fileName, ProjectFile plan) {
        var properties = plan.getProjectProperties();
        List<Phase> phases = new ArrayList<>();
        for (Task task : plan.getTasks()) {
            Integer level = task.getOutlineLevel();
            if (task.getSummary() && level != null && level == 1 && task.getName() != null) {
                phases.add(new Phase(task.getName(), day(task.getStart()), day(task.getFinish())));
            }
        }
        List<PlanResource> resources = new ArrayList<>();
        for (Resource resource : plan.getResources()) {
            if (resource.getName() == null || resource.getUniqueID() == null) {
                continue;
            }
            BigDecimal hours = BigDecimal.ZERO;
            LocalDate first = null;
            LocalDate last = null;
            int maxUnits = 0;
            for (ResourceAssignment assignment : resource.getTaskAssignments()) {
                if (assignment.getWork() != null) {
                    hours = hours.add(BigDecimal.valueOf(assignment.getWork().convertUnits(TimeUnit.HOURS, properties).getDuration()));
                }
                LocalDate start = day(assignment.getStart());
                LocalDate finish = day(assignment.getFinish());
                first = start != null && (first == null || start.isBefore(first)) ? start : first;
                last = finish != null && (last == null || finish.isAfter(last)) ? finish : last;
                if (assignment.getUnits() != null) {
                    maxUnits = Math.max(maxUnits, (int) Math.round(assignment.getUnits().doubleValue()));
                }
            }
            String email = FieldChecks.blankToNull(resource.getEmailAddress());
            PersonView match = email == null ? null : directory.findByEmail(user, email.toLowerCase(Locale.ROOT)).orElse(null);
            resources.add(new PlanResource(resource.getUniqueID(), resource.getName(), email,
                    match == null ? null : match.id(), match == null ? null : match.fullName(),
                    hours.setScale(2, RoundingMode.HALF_UP), maxUnits == 0 ? null : maxUnits, first, last));
        }
        resources.sort(Comparator.comparing(PlanResource::name));
        String title = FieldChecks.blankToNull(properties.getProjectTitle()) != null ? properties.getProjectTitle()
                : FieldChecks.blankToNull(properties.getName()) != null ? properties.getName() : fileName.replaceAll("\\.[^.]+$", "");
        LocalDate start = day(properties.getStartDate());
        LocalDate finish = day(properties.getFinishDate());
        if (start == null) {
            throw InvalidInputException.of("file", "the plan has no start date");
        }
        String suggested = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        suggested = suggested.length() > 30 ? suggested.substring(0, 30).replaceAll("-+$", "") : suggested;
        Long existing = suggested.length() < 2 ? null : jdbc.sql("SELECT id FROM project WHERE code = :code")
                .param("code", suggested).query(Long.class).optional().orElse(null);
        return new PlanPreview(token, fileName, title, start, finish == null || finish.isBefore(start) ? null : finish,
                phases, resources, existing, suggested);
    }

    /** The plan, by the reader its name calls for; a file MPXJ cannot read is refused with MPXJ's reason. */
    static ProjectFile read(UploadedFile file) {
        String name = file.name().toLowerCase(Locale.ROOT);
        ProjectReader reader;
        if (name.endsWith(".mpp")) {
            reader = new MPPReader();
        } else if (name.endsWith(".mpx")) {
            reader = new MPXReader();
        } else if (name.endsWith(".xml")) {
            reader = new MSPDIReader();
        } else {
            throw InvalidInputException.of("file", "must be an MS Project file: .mpp, .mpx or MS Project XML (.xml)");
        }
        try {
            ProjectFile plan = reader.read(new ByteArrayInputStream(file.content()));
            if (plan == null) {
                throw InvalidInputException.of("file", "could not be read as an MS Project plan");
            }
            return plan;
        } catch (MPXJException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidInputException invalid) {
                throw invalid;
            }
            String reason = unreadable.getMessage() == null ? unreadable.getClass().getSimpleName() : unreadable.getMessage();
            throw InvalidInputException.of("file", "could not be read as an MS Project plan ("
                    + (reason.length() > 200 ? reason.substring(0, 200) : reason) + ")");
        }
    }

    private UploadedFile staged(CurrentUser user, String token) {
        requireKeeper(user);
        return jdbc.sql("""
                SELECT file_name, content FROM import_staging WHERE token = :token AND kind = :kind AND created_by = :by""")
                .param("token", token).param("kind", KIND).param("by", user.personId())
                .query((rs, n) -> new UploadedFile(rs.getString(1), "application/octet-stream", rs.getBytes(2))).optional()
                .orElseThrow(() -> new NotFoundException("Import preview", token));
    }

    private void requireKeeper(CurrentUser user) {
        if (!projects.mayManageRegistry(user)) {
            throw new ForbiddenException("Only a PMO lead or an admin imports MS Project plans.");
        }
    }

    private static LocalDate day(LocalDateTime value) {
        return value == null ? null : value.toLocalDate();
    }
}
