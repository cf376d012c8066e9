package com.pmocareer.people;

import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates people from a CSV file, matched by e-mail. The whole file is checked first and every bad row
 * reported; only a file without problems changes anything, in one transaction.
 */
@Service
public class PeopleImport {

    static final List<String> REQUIRED_COLUMNS = List.of("email", "fullName", "orgUnit", "careerLevel", "startDate");
    static final List<String> OPTIONAL_COLUMNS = List.of("jobTitle", "educationLevel", "lineManagerEmail");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private record Row(int line, PersonCommand command, String lineManagerEmail) {
    }

    private final PersonStore store;
    private final OrgUnits orgUnits;
    private final CareerLevels careerLevels;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    PeopleImport(PersonStore store, OrgUnits orgUnits, CareerLevels careerLevels, AuditLog auditLog,
            ApplicationEventPublisher events) {
        this.store = store;
        this.orgUnits = orgUnits;
        this.careerLevels = careerLevels;
        this.auditLog = auditLog;
        this.events = events;
    }

    @Transactional
    public ImportResult importCsv(CurrentUser viewer, Reader csv) {
        PersonDirectory.requireAdmin(viewer);
        List<Row> rows = parseAndValidate(csv);
        int created = 0;
        var ids = new HashMap<String, Long>();
        for (Row row : rows) {
            var existing = store.idByEmail(row.command().email());
            if (existing.isPresent()) {
                PersonView before = store.find(existing.get()).orElseThrow();
                store.update(before.id(), withManager(row.command(), before.lineManagerId()), before.version());
                auditLog.record(PersonDirectory.ENTITY, before.id(), "IMPORTED", PersonStore.auditState(before),
                        PersonStore.auditState(store.find(before.id()).orElseThrow()));
                ids.put(row.command().email(), before.id());
            } else {
                long id = store.insert(row.command());
                PersonView person = store.find(id).orElseThrow();
                auditLog.record(PersonDirectory.ENTITY, id, "IMPORTED", Map.of(), PersonStore.auditState(person));
                events.publishEvent(new PersonHired(id, person.orgUnitId(), person.careerLevel(), person.startDate()));
                ids.put(row.command().email(), id);
                created++;
            }
        }
        // Managers last, so that a row may name a manager who appears further down the same file.
        for (Row row : rows) {
            if (row.lineManagerEmail() != null) {
                long id = ids.get(row.command().email());
                long managerId = ids.containsKey(row.lineManagerEmail()) ? ids.get(row.lineManagerEmail())
                        : store.idByEmail(row.lineManagerEmail()).orElseThrow();
                store.setLineManager(id, managerId);
            }
        }
        return new ImportResult(rows.size(), created, rows.size() - created);
    }

    private static PersonCommand withManager(PersonCommand command, Long managerId) {
        return new PersonCommand(command.email(), command.fullName(), command.jobTitle(), command.orgUnitId(),
                command.careerLevel(), command.startDate(), command.educationLevel(), managerId, null);
    }

    private List<Row> parseAndValidate(Reader csv) {
        var problems = new ArrayList<FieldProblem>();
        var rows = new ArrayList<Row>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
            var missing = REQUIRED_COLUMNS.stream()
                    .filter(column -> parser.getHeaderNames().stream().noneMatch(column::equalsIgnoreCase)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("The header row lacks required columns: " + missing,
                        missing.stream().map(column -> new FieldProblem(column, "column is missing", 1)).toList());
            }
            Map<String, Integer> firstLineByEmail = new LinkedHashMap<>();
            Map<String, Long> unitIds = new HashMap<>();
            orgUnits.namesById().forEach((id, name) -> unitIds.put(name.toLowerCase(Locale.ROOT), id));
            Set<String> levels = new java.util.HashSet<>(careerLevels.all().stream().map(CareerLevelView::code).toList());
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                rows.add(validate(record, line, unitIds, levels, firstLineByEmail, problems));
            }
            for (Row row : rows) {
                String manager = row.lineManagerEmail();
                if (row.command() != null && manager != null && !firstLineByEmail.containsKey(manager)
                        && store.idByEmail(manager).isEmpty()) {
                    problems.add(new FieldProblem("lineManagerEmail", "no person has the e-mail " + manager, row.line()));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new InvalidInputException("The file is not readable CSV: " + unreadable.getMessage(),
                    List.of(new FieldProblem("file", "not readable CSV", null)));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("file", "has a header but no rows", 1));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparing(p -> p.line() == null ? 0 : p.line()));
            throw new InvalidInputException(problems.size() + " problem(s) found; nothing was imported.", problems);
        }
        return rows;
    }

    private static Row validate(CSVRecord record, int line, Map<String, Long> unitIds, Set<String> levels,
            Map<String, Integer> firstLineByEmail, List<FieldProblem> problems) {
        int before = problems.size();
        String email = PersonStore.normalizeEmail(value(record, "email"));
        if (email == null || email.isEmpty()) {
            problems.add(new FieldProblem("email", "is missing", line));
        } else if (!EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "'" + email + "' is not a valid e-mail address", line));
        } else if (firstLineByEmail.containsKey(email)) {
            problems.add(new FieldProblem("email", email + " appears twice in the file (first on line "
                    + firstLineByEmail.get(email) + ")", line));
        } else {
            firstLineByEmail.put(email, line);
        }
        String fullName = value(record, "fullName");
        if (fullName == null) {
            problems.add(new FieldProblem("fullName", "is missing", line));
        } else if (fullName.length() > 200) {
            problems.add(new FieldProblem("fullName", "is longer than 200 characters", line));
        }
        String unit = value(record, "orgUnit");
        Long unitId = unit == null ? null : unitIds.get(unit.toLowerCase(Locale.ROOT));
        if (unitId == null) {
            problems.add(new FieldProblem("orgUnit", unit == null ? "is missing" : "unknown org unit '" + unit + "'", line));
        }
        String level = value(record, "careerLevel");
        if (level == null || !levels.contains(level.toUpperCase(Locale.ROOT))) {
            problems.add(new FieldProblem("careerLevel", level == null ? "is missing"
                    : "unknown career level '" + level + "' (one of " + levels + ")", line));
        }
        LocalDate startDate = null;
        String date = value(record, "startDate");
        try {
            startDate = date == null ? null : LocalDate.parse(date);
            if (startDate == null) {
                problems.add(new FieldProblem("startDate", "is missing", line));
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("startDate", "'" + date + "' is not a date like 2026-03-01", line));
        }
        EducationLevel education = null;
        String educationText = value(record, "educationLevel");
        if (educationText != null) {
            try {
                education = EducationLevel.valueOf(educationText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("educationLevel", "unknown education level '" + educationText + "'", line));
            }
        }
        String manager = PersonStore.normalizeEmail(value(record, "lineManagerEmail"));
        if (manager != null && manager.equals(email)) {
            problems.add(new FieldProblem("lineManagerEmail", "a person cannot be their own line manager", line));
        }
        if (problems.size() > before) {
            return new Row(line, null, null);
        }
        return new Row(line, new PersonCommand(email, fullName, value(record, "jobTitle"), unitId,
                level.toUpperCase(Locale.ROOT), startDate, education, null, null), manager);
    }

    private static String value(CSVRecord record, String column) {
        for (String header : record.getParser().getHeaderNames()) {
            if (header.equalsIgnoreCase(column) && record.isSet(header)) {
                String value = record.get(header);
                return value == null || value.isBlank() ? null : value.trim();
            }
        }
        return null;
    }
}
