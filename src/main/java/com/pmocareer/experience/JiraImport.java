package com.pmocareer.experience;

import com.pmocareer.experience.ExperienceViews.EntryCommand;
import com.pmocareer.experience.ImportViews.ConnectionCommand;
import com.pmocareer.experience.ImportViews.ConnectionView;
import com.pmocareer.experience.ImportViews.JiraImportCommand;
import com.pmocareer.experience.ImportViews.JiraImportResult;
import com.pmocareer.experience.ImportViews.Sprint;
import com.pmocareer.people.PersonAccess;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.platform.SecretBox;
import com.pmocareer.shared.FieldChecks;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.platform.UploadedFile;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scrum ceremonies from Jira: the sprints of a board, read through a stored connection or from a CSV export, become
 * experience entries of the person who ran them — sprint planning on the start day, daily stand-ups over the sprint,
 * review and retrospective on the day it closed. Each entry remembers its sprint, so importing again adds only what
 * is new. Entries wait for the mentor's or lead's confirmation like any other.
 */
@Service
@Transactional(readOnly = true)
public class JiraImport {

    static final BigDecimal PLANNING_HOURS = BigDecimal.valueOf(2);
    static final BigDecimal REVIEW_HOURS = BigDecimal.ONE;
    static final BigDecimal RETROSPECTIVE_HOURS = BigDecimal.ONE;
    static final BigDecimal STANDUP_HOURS = new BigDecimal("0.25");
    static final int MAX_CSV_ROWS = 2000;

    private final JdbcClient jdbc;
    private final ExperienceLog log;
    private final PersonAccess access;
    private final SecretBox secrets;
    private final AuditLog auditLog;
    private final Clock clock;
    private final JiraClient client;

    JiraImport(JdbcClient jdbc, ExperienceLog log, PersonAccess access, SecretBox secrets, AuditLog auditLog, Clock clock,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.log = log;
        this.access = access;
        this.secrets = secrets;
        this.auditLog = auditLog;
        this.clock = clock;
        this.client = new JiraClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build(), json);
    }

    public List<ConnectionView> connections(CurrentUser user) {
        requireLeadOrAdmin(user);
        return jdbc.sql("SELECT id, name, base_url, account_email, created_at, last_used_at FROM jira_connection ORDER BY name")
                .query((rs, n) -> new ConnectionView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(),
                        rs.getObject(6) == null ? null : rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    @Transactional
    public ConnectionView addConnection(CurrentUser user, ConnectionCommand command) {
        requireLeadOrAdmin(user);
        var problems = new ArrayList<FieldProblem>();
        FieldChecks.requireText(problems, "name", command.name(), 100);
        if (command.baseUrl() == null || !FieldChecks.isWebAddress(command.baseUrl())) {
            problems.add(new FieldProblem("baseUrl", "must be the site's address, such as https://your-team.atlassian.net"));
        }
        FieldChecks.requireText(problems, "accountEmail", command.accountEmail(), 320);
        if (command.accountEmail() != null && !command.accountEmail().contains("@")) {
            problems.add(new FieldProblem("accountEmail", "must be an e-mail address"));
        }
        FieldChecks.requireText(problems, "apiToken", command.apiToken(), 500);
        if (command.name() != null && jdbc.sql("SELECT COUNT(*) FROM jira_connection WHERE name = :name")
                .param("name", command.name().trim()).query(Long.class).single() > 0) {
            problems.add(new FieldProblem("name", "is taken by another connection"));
        }
        FieldChecks.refuseIfAny("The connection was not saved", problems);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO jira_connection (name, base_url, account_email, token_cipher, created_by, created_at)
                VALUES (:name, :url, :email, :cipher, :by, :now)""")
                .param("name", command.name().trim()).param("url", command.baseUrl().trim().replaceAll("/+$", ""))
                .param("email", command.accountEmail().trim()).param("cipher", secrets.seal(command.apiToken().trim()))
                .param("by", user.personId()).param("now", OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKey().longValue();
        auditLog.record("JiraConnection", id, "CREATED", Map.of(), Map.of("name", command.name().trim(),
                "baseUrl", command.baseUrl().trim()));
        return connections(user).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Transactional
    public void removeConnection(CurrentUser user, long id) {
        requireLeadOrAdmin(user);
        if (jdbc.sql("DELETE FROM jira_connection WHERE id = :id").param("id", id).update() == 0) {
            throw new NotFoundException("Jira connection", id);
        }
        auditLog.record("JiraConnection", id, "REMOVED", Map.of(), Map.of());
    }

    /** The board's sprints through the connection, for a person the lead manages. */
    @Transactional
    public JiraImportResult importBoard(CurrentUser user, JiraImportCommand command) {
        requireLeadOrAdmin(user);
        var problems = new ArrayList<FieldProblem>();
        if (command.connectionId() == null) {
            problems.add(new FieldProblem("connectionId", "choose a Jira connection"));
        }
        if (command.boardId() == null || command.boardId() <= 0) {
            problems.add(new FieldProblem("boardId", "give the board's number"));
        }
        if (command.personId() == null) {
            problems.add(new FieldProblem("personId", "choose who ran the sprints"));
        }
        FieldChecks.refuseIfAny("Nothing was imported", problems);
        requireMayImportFor(user, command.personId(), command.projectId());
        var connection = jdbc.sql("SELECT base_url, account_email, token_cipher FROM jira_connection WHERE id = :id")
                .param("id", command.connectionId()).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("connectionId", "is not a Jira connection"));
        String baseUrl = (String) connection.get("base_url");
        List<Sprint> sprints = client.sprints(baseUrl, (String) connection.get("account_email"),
                secrets.open((String) connection.get("token_cipher")), command.boardId());
        jdbc.sql("UPDATE jira_connection SET last_used_at = :now WHERE id = :id").param("now", OffsetDateTime.now(clock))
                .param("id", command.connectionId()).update();
        String host = URI.create(baseUrl).getHost();
        return record(user, command.personId(), command.projectId(), sprints, sprint -> "jira:" + host + ":" + sprint.id());
    }

    /** Sprints from a CSV export, all or nothing: one unreadable row refuses the file with its line number. */
    @Transactional
    public JiraImportResult importCsv(CurrentUser user, Long personId, Long projectId, UploadedFile file) {
        if (personId == null) {
            throw InvalidInputException.of("personId", "choose who ran the sprints");
        }
        requireMayImportFor(user, personId, projectId);
        if (file == null || file.content().length == 0) {
            throw InvalidInputException.of("file", "choose a CSV export of the board's sprints");
        }
        List<Sprint> sprints = new ArrayList<>();
        var problems = new ArrayList<FieldProblem>();
        try {
            var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                    .setTrim(true).setIgnoreEmptyLines(true).get()
                    .parse(new StringReader(new String(file.content(), StandardCharsets.UTF_8).replace("\uFEFF", "")));
            Map<String, Integer> header = records.getHeaderMap();
            String name = column(header, "Sprint Name", "Sprint", "Name");
            String start = column(header, "Start Date", "startDate", "Start");
            if (name == null || start == null) {
                throw InvalidInputException.of("file", "needs the columns Sprint Name and Start Date (also read: State, End Date, "
                        + "Complete Date, Sprint Id)");
            }
            String end = column(header, "End Date", "endDate", "End");
            String complete = column(header, "Complete Date", "completeDate", "Completed");
            String state = column(header, "State", "Status");
            String id = column(header, "Sprint Id", "Id", "Sprint ID");
            for (CSVRecord row : records) {
                if (sprints.size() >= MAX_CSV_ROWS) {
                    problems.add(new FieldProblem("file", "has more than " + MAX_CSV_ROWS + " sprints"));
                    break;
                }
                long line = row.getRecordNumber() + 1;
                try {
                    String sprintName = value(row, name);
                    if (sprintName == null) {
                        problems.add(new FieldProblem("file", "line " + line + ": the sprint has no name"));
                        continue;
                    }
                    LocalDate completed = csvDate(value(row, complete));
                    String sprintState = value(row, state) == null ? (completed != null ? "closed" : "active")
                            : value(row, state).toLowerCase(Locale.ROOT);
                    long sprintId = value(row, id) == null ? Math.abs((long) (sprintName + value(row, start)).hashCode())
                            : Long.parseLong(value(row, id));
                    sprints.add(new Sprint(sprintId, sprintName, sprintState, csvDate(value(row, start)),
                            csvDate(value(row, end)), completed));
                } catch (DateTimeParseException | NumberFormatException unreadable) {
                    problems.add(new FieldProblem("file", "line " + line + ": " + unreadable.getMessage()));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException malformed) {
            throw InvalidInputException.of("file", "is not a readable CSV file (" + malformed.getMessage() + ")");
        }
        FieldChecks.refuseIfAny("Nothing was imported", problems);
        return record(user, personId, projectId, sprints, sprint -> "jira-csv:" + sprint.id());
    }

    private JiraImportResult record(CurrentUser user, long personId, Long projectId, List<Sprint> sprints,
            java.util.function.Function<Sprint, String> sprintRef) {
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        int known = 0;
        int counted = 0;
        for (Sprint sprint : sprints) {
            if (sprint.start() == null || sprint.start().isAfter(today)) {
                continue;
            }
            counted++;
            String ref = sprintRef.apply(sprint);
            var entries = new HashMap<Ceremony, EntryCommand>();
            entries.put(Ceremony.SPRINT_PLANNING, entry(projectId, sprint.start(), null, PLANNING_HOURS,
                    ProcessGroup.PLANNING, Ceremony.SPRINT_PLANNING, sprint));
            LocalDate closed = sprint.completed() != null ? sprint.completed() : "closed".equals(sprint.state()) ? sprint.end() : null;
            if (closed != null && !closed.isAfter(today) && !closed.isBefore(sprint.start())) {
                int workdays = workdays(sprint.start(), closed);
                if (workdays > 0) {
                    entries.put(Ceremony.DAILY_STANDUP, entry(projectId, sprint.start(), closed,
                            STANDUP_HOURS.multiply(BigDecimal.valueOf(workdays)), ProcessGroup.EXECUTING, Ceremony.DAILY_STANDUP, sprint));
                }
                entries.put(Ceremony.SPRINT_REVIEW, entry(projectId, closed, null, REVIEW_HOURS,
                        ProcessGroup.MONITORING_CONTROLLING, Ceremony.SPRINT_REVIEW, sprint));
                entries.put(Ceremony.RETROSPECTIVE, entry(projectId, closed, null, RETROSPECTIVE_HOURS,
                        ProcessGroup.MONITORING_CONTROLLING, Ceremony.RETROSPECTIVE, sprint));
            }
            for (var entry : entries.entrySet()) {
                if (log.logImported(personId, entry.getValue(), EntrySource.JIRA, ref + ":" + entry.getKey().name())) {
                    added++;
                } else {
                    known++;
                }
            }
        }
        log.refreshTotals(personId);
        auditLog.record("JiraImport", personId, "IMPORTED", Map.of(), Map.of("sprints", counted, "added", added));
        return new JiraImportResult(counted, added, known);
    }

    private static EntryCommand entry(Long projectId, LocalDate on, LocalDate until, BigDecimal hours, ProcessGroup group,
            Ceremony ceremony, Sprint sprint) {
        String activity = ceremony.label() + ": " + sprint.name();
        return new EntryCommand(projectId, on, until, hours, group,
                activity.length() > 200 ? activity.substring(0, 200) : activity, ceremony, CeremonyRole.FACILITATED,
                "Imported from Jira");
    }

    private void requireMayImportFor(CurrentUser user, long personId, Long projectId) {
        access.visible(user, personId);
        if (user.personId() != personId && !access.manages(user, personId)) {
            throw new ForbiddenException("Only the person or their PMO lead imports their sprints.");
        }
        if (projectId != null && jdbc.sql("SELECT COUNT(*) FROM project_assignment WHERE project_id = :p AND person_id = :person")
                .param("p", projectId).param("person", personId).query(Long.class).single() == 0) {
            throw InvalidInputException.of("projectId", "is not a project the person is or was assigned to");
        }
    }

    private static void requireLeadOrAdmin(CurrentUser user) {
        if (!user.isLead() && !user.isAdmin()) {
            throw new ForbiddenException("Only a PMO lead or an admin manages Jira connections.");
        }
    }

    static int workdays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    private static String column(Map<String, Integer> header, String... names) {
        for (String candidate : names) {
            for (String present : header.keySet()) {
                if (present.trim().equalsIgnoreCase(candidate)) {
                    return present;
                }
            }
        }
        return null;
    }

    private static String value(CSVRecord row, String column) {
        if (column == null || !row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Jira exports dates as ISO (2026-03-02 or with a time) or as 02/Mar/26 9:00 AM; the day is what counts. */
    static LocalDate csvDate(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() >= 10 && Character.isDigit(text.charAt(0)) && text.charAt(4) == '-') {
            return LocalDate.parse(text.substring(0, 10));
        }
        String day = text.split(" ")[0];
        return LocalDate.parse(day, DateTimeFormatter.ofPattern("dd/MMM/yy", Locale.ENGLISH));
    }

}
