package com.pmocareer.experience;

import com.pmocareer.competency.EvidenceRecorded;
import com.pmocareer.experience.ExperienceViews.CeremonyPractice;
import com.pmocareer.experience.ExperienceViews.EntryCommand;
import com.pmocareer.experience.ExperienceViews.EntryView;
import com.pmocareer.experience.ExperienceViews.ExperienceSummary;
import com.pmocareer.experience.ExperienceViews.LogPage;
import com.pmocareer.notification.NewNotification;
import com.pmocareer.notification.NotificationKind;
import com.pmocareer.notification.Notifications;
import com.pmocareer.people.MentorRelations;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.people.PersonView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's experience log: what they did on which project, in which PM process group or Scrum ceremony, for how
 * long. People log their own; their mentor or lead confirms, and a confirmed entry is evidence for the competencies
 * its process group and ceremony practise.
 */
@Service
@Transactional(readOnly = true)
public class ExperienceLog {

    static final String ENTITY = "ExperienceEntry";
    static final String EVIDENCE_SOURCE = "EXPERIENCE";
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(2000);
    static final int YEARS_BACK = 10;
    private static final List<String> CEREMONY_COMPETENCIES = List.of("AGILE_CEREMONIES", "SCRUM");
    private static final String SELECT = """
            SELECT e.*, p.code AS project_code, p.name AS project_name, c.full_name AS confirmed_by_name
              FROM experience_entry e LEFT JOIN project p ON p.id = e.project_id
              LEFT JOIN person c ON c.id = e.confirmed_by""";

    private final JdbcClient jdbc;
    private final PersonAccess access;
    private final MentorRelations mentors;
    private final ProjectExperience projects;
    private final ExperienceTotals totals;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExperienceLog(JdbcClient jdbc, PersonAccess access, MentorRelations mentors, ProjectExperience projects,
            ExperienceTotals totals, Notifications notifications, AuditLog auditLog, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.mentors = mentors;
        this.projects = projects;
        this.totals = totals;
        this.notifications = notifications;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public EntryView log(CurrentUser user, long personId, EntryCommand command) {
        PersonView person = access.visible(user, personId);
        if (user.personId() != personId) {
            throw new ForbiddenException("People log their own experience; a mentor or lead confirms it.");
        }
        validate(personId, command);
        long id = insert(personId, command, EntrySource.MANUAL, null);
        totals.rebuild(personId);
        EntryView logged = get(user, id);
        auditLog.record(ENTITY, id, "LOGGED", Map.of(), Map.of("activity", logged.activity(), "hours", logged.hours()));
        askToConfirm(person, logged);
        return logged;
    }

    /**
     * Adds an entry an import found; an entry already imported from the same source reference is skipped. The import
     * calls {@link #refreshTotals} once when done.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    boolean logImported(long personId, EntryCommand command, EntrySource source, String sourceRef) {
        boolean known = jdbc.sql("""
                SELECT COUNT(*) FROM experience_entry WHERE person_id = :person AND source = :source AND source_ref = :ref""")
                .param("person", personId).param("source", source.name()).param("ref", sourceRef).query(Long.class)
                .single() > 0;
        if (known) {
            return false;
        }
        insert(personId, command, source, sourceRef);
        return true;
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void refreshTotals(long personId) {
        totals.rebuild(personId);
    }

    private long insert(long personId, EntryCommand command, EntrySource source, String sourceRef) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO experience_entry (person_id, project_id, occurred_on, until_on, hours, process_group, activity,
                       ceremony, ceremony_role, description, status, source, source_ref, created_at, version)
                VALUES (:person, :project, :on, :until, :hours, :group, :activity, :ceremony, :role, :description,
                        'LOGGED', :source, :ref, :now, 0)""")
                .param("person", personId).param("project", command.projectId()).param("on", command.occurredOn())
                .param("until", command.untilOn()).param("hours", command.hours())
                .param("group", command.processGroup().name()).param("activity", command.activity().trim())
                .param("ceremony", command.ceremony() == null ? null : command.ceremony().name())
                .param("role", command.ceremonyRole() == null ? null : command.ceremonyRole().name())
                .param("description", FieldChecks.blankToNull(command.description()))
                .param("source", source.name()).param("ref", sourceRef).param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private void askToConfirm(PersonView person, EntryView entry) {
        Set<Long> confirmers = new LinkedHashSet<>(mentors.currentMentorsOf(person.id()));
        if (person.lineManagerId() != null) {
            confirmers.add(person.lineManagerId());
        }
        confirmers.forEach(confirmer -> notifications.send(new NewNotification(confirmer, NotificationKind.EXPERIENCE_TO_CONFIRM,
                person.fullName() + " logged " + entry.hours().stripTrailingZeros().toPlainString() + " h: " + entry.activity(),
                entry.processGroup().label() + (entry.projectName() == null ? "" : " on " + entry.projectName())
                        + ". Confirm it so that it counts as evidence.",
                "/people/" + person.id() + "/experience", "experience-" + entry.id() + "-confirm-" + confirmer)));
    }

    void validate(long personId, EntryCommand command) {
        var problems = new ArrayList<FieldProblem>();
        LocalDate today = LocalDate.now(clock);
        if (command.occurredOn() == null) {
            problems.add(new FieldProblem("occurredOn", "say when it took place"));
        } else if (command.occurredOn().isAfter(today)) {
            problems.add(new FieldProblem("occurredOn", "must not be in the future"));
        } else if (command.occurredOn().isBefore(today.minusYears(YEARS_BACK))) {
            problems.add(new FieldProblem("occurredOn", "must be within the last " + YEARS_BACK + " years"));
        }
        if (command.untilOn() != null && command.occurredOn() != null) {
            if (command.untilOn().isBefore(command.occurredOn())) {
                problems.add(new FieldProblem("untilOn", "must not be before the start"));
            } else if (command.untilOn().isAfter(today)) {
                problems.add(new FieldProblem("untilOn", "must not be in the future"));
            }
        }
        if (command.hours() == null || command.hours().signum() <= 0 || command.hours().compareTo(MAX_HOURS) > 0) {
            problems.add(new FieldProblem("hours", "must be more than 0 and at most " + MAX_HOURS));
        } else if (command.hours().scale() > 2 && command.hours().stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("hours", "may have at most two decimals"));
        }
        if (command.processGroup() == null) {
            problems.add(new FieldProblem("processGroup", "choose the process group"));
        }
        FieldChecks.requireText(problems, "activity", command.activity(), 200);
        FieldChecks.limitText(problems, "description", command.description(), 2000);
        if (command.ceremony() != null && command.ceremonyRole() == null) {
            problems.add(new FieldProblem("ceremonyRole", "say whether you facilitated or attended the ceremony"));
        }
        if (command.ceremony() == null && command.ceremonyRole() != null) {
            problems.add(new FieldProblem("ceremony", "choose the ceremony you facilitated or attended"));
        }
        if (command.projectId() != null && jdbc.sql("""
                SELECT COUNT(*) FROM project_assignment WHERE project_id = :project AND person_id = :person""")
                .param("project", command.projectId()).param("person", personId).query(Long.class).single() == 0) {
            problems.add(new FieldProblem("projectId", "is not a project the person is or was assigned to"));
        }
        FieldChecks.refuseIfAny("The experience was not logged", problems);
    }

    /** Confirms (or rejects) an entry: the person's lead or current mentor, never the person. */
    @Transactional
    public EntryView confirm(CurrentUser user, long entryId, boolean accepted) {
        EntryView entry = get(user, entryId);
        if (!access.verifies(user, entry.personId())) {
            throw new ForbiddenException("Only the person's lead or current mentor confirms experience.");
        }
        if (entry.status() != EntryStatus.LOGGED) {
            throw new ConflictException("This entry is " + entry.status().name().toLowerCase() + " already.");
        }
        EntryStatus status = accepted ? EntryStatus.CONFIRMED : EntryStatus.REJECTED;
        jdbc.sql("""
                UPDATE experience_entry SET status = :status, confirmed_by = :by, confirmed_at = :now, version = version + 1
                 WHERE id = :id""").param("status", status.name()).param("by", user.personId())
                .param("now", OffsetDateTime.now(clock)).param("id", entryId).update();
        totals.rebuild(entry.personId());
        if (accepted) {
            var competencies = new LinkedHashSet<>(entry.processGroup().competencies());
            if (entry.ceremony() != null) {
                competencies.addAll(CEREMONY_COMPETENCIES);
            }
            competencies.forEach(code -> events.publishEvent(new EvidenceRecorded(entry.personId(), code, null,
                    EVIDENCE_SOURCE, String.valueOf(entryId))));
            events.publishEvent(new ExperienceConfirmed(entry.personId(), entryId, entry.occurredOn(), entry.hours(),
                    entry.processGroup(), entry.activity()));
        }
        auditLog.record(ENTITY, entryId, status.name(), Map.of("status", "LOGGED"), Map.of("status", status.name()));
        return get(user, entryId);
    }

    /** The person removes an entry nobody has confirmed yet. */
    @Transactional
    public void remove(CurrentUser user, long entryId) {
        EntryView entry = get(user, entryId);
        if (user.personId() != entry.personId()) {
            throw new ForbiddenException("Only the person who logged an entry removes it.");
        }
        if (entry.status() == EntryStatus.CONFIRMED) {
            throw new ConflictException("A confirmed entry is evidence and stays.");
        }
        jdbc.sql("DELETE FROM experience_entry WHERE id = :id").param("id", entryId).update();
        totals.rebuild(entry.personId());
        auditLog.record(ENTITY, entryId, "REMOVED", Map.of("activity", entry.activity()), Map.of());
    }

    public EntryView get(CurrentUser user, long entryId) {
        EntryView entry = jdbc.sql(SELECT + " WHERE e.id = :id").param("id", entryId).query(this::entry).optional()
                .orElseThrow(() -> new NotFoundException("Experience entry", entryId));
        if (!access.canSee(user, entry.personId())) {
            throw new NotFoundException("Experience entry", entryId);
        }
        return entry;
    }

    /**
     * The summary over the whole log and one page of it. The person's few summed rows are read once and give both the
     * summary and the page's count, so a long log costs the index read of its page and nothing more.
     */
    public LogPage experience(CurrentUser user, long personId, EntryStatus status, PageRequest page) {
        access.visible(user, personId);
        List<TotalRow> totals = totalsOf(personId);
        long count = totals.stream().filter(row -> status == null || row.status() == status)
                .mapToLong(TotalRow::entries).sum();
        return new LogPage(summaryOf(personId, totals), PageResponse.of(pageOf(personId, status, page), page, count));
    }

    private List<EntryView> pageOf(long personId, EntryStatus status, PageRequest page) {
        String filter = status == null ? "" : " AND i.status = :status";
        // The page's ids come from the index alone, in its order (person_id leads the ORDER BY so that H2 sees it can
        // stop after the page); only those rows are joined, so no database sorts a long log's joined rows.
        return jdbc.sql(SELECT + " WHERE e.id IN (SELECT i.id FROM experience_entry i WHERE i.person_id = :person"
                        + filter + " ORDER BY i.person_id, i.occurred_on DESC, i.id DESC"
                        + " OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY) ORDER BY e.occurred_on DESC, e.id DESC")
                .param("person", personId).param("status", status == null ? null : status.name())
                .param("offset", page.offset()).param("size", page.size()).query(this::entry).list();
    }

    public boolean mayConfirm(CurrentUser user, long personId) {
        return access.verifies(user, personId);
    }

    private record TotalRow(ProcessGroup group, Ceremony ceremony, CeremonyRole ceremonyRole, EntryStatus status,
            int entries, BigDecimal hours) {
    }

    private List<TotalRow> totalsOf(long personId) {
        return jdbc.sql("SELECT process_group, ceremony, ceremony_role, status, entries, hours FROM experience_total"
                        + " WHERE person_id = :person")
                .param("person", personId).query((rs, n) -> {
                    String ceremony = rs.getString("ceremony");
                    String role = rs.getString("ceremony_role");
                    return new TotalRow(ProcessGroup.valueOf(rs.getString("process_group")),
                            ExperienceTotals.NO_CEREMONY.equals(ceremony) ? null : Ceremony.valueOf(ceremony),
                            ExperienceTotals.NO_CEREMONY.equals(role) ? null : CeremonyRole.valueOf(role),
                            EntryStatus.valueOf(rs.getString("status")), rs.getInt("entries"), rs.getBigDecimal("hours"));
                }).list();
    }

    /** Totals by process group and ceremony from the person's few summed rows, however long the log is. */
    private ExperienceSummary summaryOf(long personId, List<TotalRow> totals) {
        Map<ProcessGroup, BigDecimal> byGroup = new EnumMap<>(ProcessGroup.class);
        Map<Ceremony, CeremonyPractice> byCeremony = new EnumMap<>(Ceremony.class);
        int entries = 0;
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal confirmedHours = BigDecimal.ZERO;
        for (TotalRow row : totals) {
            if (row.status() == EntryStatus.REJECTED) {
                continue;
            }
            byGroup.merge(row.group(), row.hours(), BigDecimal::add);
            entries += row.entries();
            hours = hours.add(row.hours());
            if (row.status() == EntryStatus.CONFIRMED) {
                confirmedHours = confirmedHours.add(row.hours());
            }
            if (row.ceremony() != null) {
                Ceremony which = row.ceremony();
                boolean facilitated = row.ceremonyRole() == CeremonyRole.FACILITATED;
                var practice = new CeremonyPractice(which, row.hours(), facilitated ? row.entries() : 0,
                        facilitated ? 0 : row.entries());
                byCeremony.merge(which, practice, (a, b) -> new CeremonyPractice(which, a.hours().add(b.hours()),
                        a.facilitated() + b.facilitated(), a.attended() + b.attended()));
            }
        }
        var leading = projects.monthsLeading(personId, LocalDate.of(1900, 1, 1), LocalDate.now(clock));
        return new ExperienceSummary(entries, hours, confirmedHours, byGroup, List.copyOf(byCeremony.values()),
                Arrays.stream(ProcessGroup.values()).filter(g -> !byGroup.containsKey(g)).toList(),
                Arrays.stream(Ceremony.values()).filter(c -> !byCeremony.containsKey(c)).toList(),
                leading.months(), leading.stretches());
    }

    private EntryView entry(ResultSet rs, int rowNum) throws SQLException {
        String ceremony = rs.getString("ceremony");
        String role = rs.getString("ceremony_role");
        return new EntryView(rs.getLong("id"), rs.getLong("person_id"), rs.getObject("project_id", Long.class),
                rs.getString("project_code"), rs.getString("project_name"), rs.getObject("occurred_on", LocalDate.class),
                rs.getObject("until_on", LocalDate.class), rs.getBigDecimal("hours"),
                ProcessGroup.valueOf(rs.getString("process_group")), rs.getString("activity"),
                ceremony == null ? null : Ceremony.valueOf(ceremony), role == null ? null : CeremonyRole.valueOf(role),
                rs.getString("description"), EntryStatus.valueOf(rs.getString("status")),
                rs.getObject("confirmed_by", Long.class), rs.getString("confirmed_by_name"),
                EntrySource.valueOf(rs.getString("source")), rs.getLong("version"));
    }
}
