package com.pmocareer.benchmark;

import com.pmocareer.PmoCareerApplication;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills an empty database with a PMO of the requested size: migrates it and loads the demo accounts through the
 * application itself, then adds org units and people with realistic names, roles and start dates in batches.
 * Usage: {@code --people 10000 --url jdbc:... [--user u --password p]}.
 */
public final class BenchmarkDataGenerator {

    static final String[] FIRST = {"Olivia", "Liam", "Emma", "Noah", "Amelia", "Oliver", "Ava", "Elijah", "Sophia",
        "Mateo", "Isabella", "Lucas", "Mia", "Levi", "Aisha", "Ravi", "Yuki", "Kwame", "Chloé", "Tomás", "Priya",
        "Daniel", "Hannah", "Marcus", "Elena", "James", "Sofia", "Zara", "Ahmed", "Fatima", "Wei", "Mei", "Hiroshi",
        "Ingrid", "Lars", "Anouk", "Pieter", "Giulia", "Marco", "Ana", "João", "Carmen", "Diego", "Nadia", "Omar",
        "Leila", "Sven", "Freya", "Kofi", "Amara", "Ines", "Tariq", "Noor", "Grace", "Samuel", "Ruth", "Aaron",
        "Maya", "Ethan", "Nora"};
    static final String[] LAST = {"Smith", "Novak", "Rahman", "Garcia", "Weber", "Mensah", "Tanaka", "Martin",
        "Patel", "Brown", "Rossi", "Ahmed", "Kowalski", "Natarajan", "Okafor", "Lindqvist", "Chen", "Petrova",
        "O'Connor", "Reyes", "Müller", "Schmidt", "Dubois", "Moreau", "Silva", "Santos", "Kim", "Park", "Nguyen",
        "Haddad", "Jensen", "Hansen", "Johansson", "Virtanen", "Kowalczyk", "Horvat", "Popescu", "Ivanova",
        "Yilmaz", "Cohen", "Levi", "Mwangi", "Otieno", "Banda", "Singh", "Kaur", "Das", "Wang", "Li", "Zhang",
        "Sato", "Suzuki", "Fernandez", "Lopez", "Hughes", "Walsh", "Murphy", "Byrne", "Novotny", "Dvorak"};
    static final String[] TITLES = {"Junior Project Manager", "Associate Project Manager", "Project Manager",
        "Senior Project Manager", "Programme Manager", "Scrum Master", "Delivery Manager", "PMO Analyst"};
    static final String[] LEVELS = {"JUNIOR_PM", "JUNIOR_PM", "JUNIOR_PM", "PROJECT_MANAGER", "PROJECT_MANAGER",
        "SENIOR_PM", "PROGRAMME_MANAGER"};
    static final String[] EDUCATION = {"SECONDARY", "ASSOCIATE", "BACHELOR", "BACHELOR", "BACHELOR", "MASTER", "DOCTORATE"};
    static final String[] DEPARTMENTS = {"Infrastructure", "Cloud Platforms", "Digital Channels", "Enterprise Apps",
        "Data & Analytics", "Security & Compliance"};

    private BenchmarkDataGenerator() {
    }

    public static void main(String[] args) {
        var options = Options.parse(args);
        int people = options.intValue("people", 10_000);
        var arguments = new ArrayList<>(List.of("--pmo.demo-data=true", "--spring.datasource.url=" + options.value("url", null),
                "--logging.level.root=WARN", "--server.port=0"));
        if (options.value("user", null) != null) {
            arguments.add("--spring.datasource.username=" + options.value("user", null));
            arguments.add("--spring.datasource.password=" + options.value("password", ""));
        }
        try (var context = new SpringApplicationBuilder(PmoCareerApplication.class)
                .run(arguments.toArray(String[]::new))) {
            generate(context.getBean(JdbcTemplate.class), people, new Random(42));
            renewWhatIsMet(context.getBean(JdbcTemplate.class), context.getBean(com.pmocareer.certification.Credentials.class));
        }
    }

    static void generate(JdbcTemplate jdbc, int people, Random random) {
        long root = jdbc.queryForObject("SELECT MIN(id) FROM org_unit", Long.class);
        List<Long> units = new ArrayList<>();
        for (String department : DEPARTMENTS) {
            jdbc.update("INSERT INTO org_unit (name, parent_id) VALUES (?, ?)", department, root);
            long departmentId = jdbc.queryForObject("SELECT id FROM org_unit WHERE name = ?", Long.class, department);
            units.add(departmentId);
            for (int team = 1; team <= 6; team++) {
                String name = department + " — Team " + team;
                jdbc.update("INSERT INTO org_unit (name, parent_id) VALUES (?, ?)", name, departmentId);
                units.add(jdbc.queryForObject("SELECT id FROM org_unit WHERE name = ?", Long.class, name));
            }
        }
        String hash = jdbc.queryForObject("SELECT password_hash FROM account a JOIN person p ON p.id = a.person_id "
                + "WHERE p.email = 'junior@pmo.example'", String.class);
        LocalDate today = LocalDate.now();
        int batchSize = 1000;
        for (int start = 0; start < people; start += batchSize) {
            var rows = new ArrayList<Object[]>();
            for (int i = start; i < Math.min(people, start + batchSize); i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                String level = LEVELS[random.nextInt(LEVELS.length)];
                String email = (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + "." + i + "@bench.example";
                String title = TITLES[random.nextInt(TITLES.length)];
                rows.add(new Object[] {email, first + " " + last, title, units.get(random.nextInt(units.size())),
                    level, today.minusDays(random.nextInt(3650)), EDUCATION[random.nextInt(EDUCATION.length)],
                    (first + " " + last + " " + email + " " + title).toLowerCase()});
            }
            jdbc.batchUpdate("INSERT INTO person (email, full_name, job_title, org_unit_id, career_level, start_date, "
                    + "education_level, search_text, level_since, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    rows.stream().map(row -> {
                        var withLevelSince = java.util.Arrays.copyOf(row, row.length + 1);
                        withLevelSince[row.length] = row[5];
                        return withLevelSince;
                    }).toList());
        }
        jdbc.update("INSERT INTO account (person_id, password_hash, enabled, version) "
                + "SELECT id, ?, TRUE, 0 FROM person WHERE email LIKE '%@bench.example'", hash);
        jdbc.update("INSERT INTO account_role (person_id, role) SELECT id, CASE "
                + "WHEN career_level = 'JUNIOR_PM' THEN 'JUNIOR_PM' WHEN career_level = 'PROGRAMME_MANAGER' THEN 'PMO_LEAD' "
                + "ELSE 'MENTOR' END FROM person WHERE email LIKE '%@bench.example'");
        jdbc.update("UPDATE directory_revision SET revision = revision + 1 WHERE id = 1");
        int ratings = generateRatings(jdbc, random, today);
        int plans = generateOnboardingPlans(jdbc, random, today);
        System.out.printf("Generated %d people in %d org units with %d ratings and %d onboarding plans%n", people,
                units.size() + 1, ratings, plans);
        int records = generateLearning(jdbc, random, today);
        System.out.printf("Generated 500 courses, 2000 sessions and %d learning records%n", records);
        int entries = generateExperience(jdbc, random, today);
        System.out.printf("Generated %d projects, assignments for everyone and %d experience entries (%d people with %d each)%n",
                PROJECTS, entries, HEAVY_LOGGERS, ENTRIES_OF_HEAVY_LOGGERS);
        int holders = generateCertifications(jdbc, random, today);
        System.out.printf("Generated %d people with %d credentials and %d ledger entries each%n", holders,
                CREDENTIALS_PER_PERSON, LEDGER_ENTRIES_PER_PERSON);
    }

    /**
     * In production a cycle renews with the ledger change that meets it; generated ledgers meet thousands of cycles at
     * once, so they are renewed here, through the product's own renewal, before anything is measured.
     */
    static void renewWhatIsMet(JdbcTemplate jdbc, com.pmocareer.certification.Credentials credentials) {
        var holders = jdbc.queryForList("SELECT DISTINCT person_id FROM credential WHERE credential_number LIKE 'B-%'", Long.class);
        int renewed = 0;
        for (long person : holders) {
            for (int round = 0; round < 3; round++) {
                int now = credentials.renewWhereMet(person);
                renewed += now;
                if (now == 0) {
                    break;
                }
            }
        }
        System.out.printf("Renewed %d credential cycles that the generated ledgers meet%n", renewed);
    }

    static final int CERTIFIED_PEOPLE = 10_000;
    static final int CREDENTIALS_PER_PERSON = 5;
    static final int LEDGER_ENTRIES_PER_PERSON = 300;
    static final java.nio.file.Path LEDGER_IDS = java.nio.file.Path.of("target/benchmark/ledger-ids.txt");
    static final String[] LEDGER_CATEGORIES = {"PDU_WAYS_OF_WORKING", "PDU_POWER_SKILLS", "PDU_BUSINESS_ACUMEN",
        "PDU_GIVING_BACK", "WORKING_AS_PROFESSIONAL", "SEU", "CPD", "CPD_PROFESSIONAL_EXPERIENCE", "CEU"};

    /**
     * Five credentials of different types for each of 10,000 people, earned over their validity, and 300 ledger
     * entries each over four years (a third of the Ways of Working ones also SEUs, as a Scrum workshop is); the
     * person/credential paths of 200 credentials renewed by units go to target/benchmark/ledger-ids.txt.
     */
    static int generateCertifications(JdbcTemplate jdbc, Random random, LocalDate today) {
        var types = jdbc.queryForList("SELECT id, validity_months, units_required FROM certification_type ORDER BY id");
        var people = jdbc.queryForList("SELECT id FROM person WHERE email LIKE '%@bench.example' ORDER BY id", Long.class)
                .stream().limit(CERTIFIED_PEOPLE).toList();
        var now = java.time.OffsetDateTime.now();
        var credentials = new ArrayList<Object[]>();
        var entries = new ArrayList<Object[]>();
        var ledgerPaths = new ArrayList<String>();
        for (long person : people) {
            var chosen = new ArrayList<>(types);
            java.util.Collections.shuffle(chosen, random);
            for (var type : chosen.subList(0, CREDENTIALS_PER_PERSON)) {
                Integer validity = type.get("validity_months") == null ? null : ((Number) type.get("validity_months")).intValue();
                LocalDate earned = today.minusDays(random.nextInt(validity == null ? 1460 : validity * 30));
                credentials.add(new Object[] {person, type.get("id"), "B-" + person, earned, earned,
                    validity == null ? null : earned.plusMonths(validity).minusDays(1), now});
            }
            for (int e = 0; e < LEDGER_ENTRIES_PER_PERSON; e++) {
                entries.add(new Object[] {person, today.minusDays(random.nextInt(1460)), "Bench learning " + e,
                    LEDGER_CATEGORIES[random.nextInt(LEDGER_CATEGORIES.length)], "bench-" + e, 1 + random.nextInt(8),
                    random.nextInt(10) == 0, now});
            }
            if (entries.size() >= 30_000) {
                flushCertifications(jdbc, credentials, entries);
            }
        }
        flushCertifications(jdbc, credentials, entries);
        // The bench entries keep their category in the provider column until their units are written.
        jdbc.update("INSERT INTO ledger_unit (entry_id, person_id, earned_on, category, units)"
                + " SELECT id, person_id, earned_on, provider, hours FROM ledger_entry WHERE source_ref LIKE 'bench-%'");
        jdbc.update("INSERT INTO ledger_unit (entry_id, person_id, earned_on, category, units)"
                + " SELECT id, person_id, earned_on, 'SEU', hours FROM ledger_entry"
                + " WHERE source_ref LIKE 'bench-%' AND provider = 'PDU_WAYS_OF_WORKING' AND MOD(id, 3) = 0");
        jdbc.update("UPDATE ledger_entry SET provider = 'Bench provider' WHERE source_ref LIKE 'bench-%'");
        jdbc.update("UPDATE credential_revision SET revision = revision + 1 WHERE id = 1");
        jdbc.query("SELECT c.person_id, c.id FROM credential c JOIN certification_type t ON t.id = c.type_id"
                + " WHERE t.units_required IS NOT NULL AND c.credential_number LIKE 'B-%' ORDER BY c.id", rs -> {
                    if (rs.getRow() % 200 == 0 && ledgerPaths.size() < 200) {
                        ledgerPaths.add(rs.getLong(1) + "/certifications/" + rs.getLong(2));
                    }
                });
        try {
            java.nio.file.Files.createDirectories(LEDGER_IDS.getParent());
            java.nio.file.Files.write(LEDGER_IDS, ledgerPaths);
        } catch (java.io.IOException unwritable) {
            throw new IllegalStateException(unwritable);
        }
        return people.size();
    }

    private static void flushCertifications(JdbcTemplate jdbc, List<Object[]> credentials, List<Object[]> entries) {
        jdbc.batchUpdate("INSERT INTO credential (person_id, type_id, credential_number, earned_on, cycle_start, cycle_end,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", credentials);
        jdbc.batchUpdate("INSERT INTO ledger_entry (person_id, earned_on, title, provider, source, source_ref, hours, pm_education,"
                + " created_at) VALUES (?, ?, ?, ?, 'COURSE', ?, ?, ?, ?)", entries);
        credentials.clear();
        entries.clear();
    }

    static final int PROJECTS = 300;
    static final int HEAVY_LOGGERS = 40;
    static final int ENTRIES_OF_HEAVY_LOGGERS = 5_000;
    static final int ENTRIES_PER_PERSON = 20;
    static final java.nio.file.Path HEAVY_LOGGER_IDS = java.nio.file.Path.of("target/benchmark/experience-ids.txt");

    /**
     * 300 projects, two or three assignments per person (some leading, some overlapping), twenty experience entries per
     * person, and forty people with 5,000 entries each — their ids go to target/benchmark/experience-ids.txt for the
     * experience-summary scenario.
     */
    static int generateExperience(JdbcTemplate jdbc, Random random, LocalDate today) {
        String[] types = {"INFRASTRUCTURE", "CLOUD_MIGRATION", "SOFTWARE_DELIVERY", "SECURITY", "ERP", "DATA"};
        String[] methods = {"PREDICTIVE", "AGILE", "HYBRID"};
        var projectRows = new ArrayList<Object[]>();
        var now = java.time.OffsetDateTime.now();
        for (int i = 0; i < PROJECTS; i++) {
            String code = "BP-" + i;
            projectRows.add(new Object[] {code, "Bench project " + i, types[i % types.length], methods[i % methods.length],
                "FROM_100K_TO_500K", today.minusMonths(6 + random.nextInt(60)), "ACTIVE", ("bp-" + i + " bench project " + i), now});
        }
        jdbc.batchUpdate("INSERT INTO project (code, name, project_type, methodology, budget_band, starts_on, status, search_text,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", projectRows);
        var projects = jdbc.queryForList("SELECT id FROM project ORDER BY id", Long.class);
        var people = jdbc.queryForList("SELECT id FROM person WHERE email LIKE '%@bench.example' ORDER BY id", Long.class);
        String[] roles = {"OBSERVER", "SHADOW", "CO_PM", "PM"};
        String[] groups = {"INITIATING", "PLANNING", "EXECUTING", "MONITORING_CONTROLLING", "CLOSING"};
        String[] ceremonies = {"SPRINT_PLANNING", "DAILY_STANDUP", "BACKLOG_REFINEMENT", "SPRINT_REVIEW", "RETROSPECTIVE"};
        var assignments = new ArrayList<Object[]>();
        var entries = new ArrayList<Object[]>();
        int total = 0;
        var heavy = new ArrayList<Long>();
        for (int p = 0; p < people.size(); p++) {
            long person = people.get(p);
            int count = 2 + random.nextInt(2);
            var mine = new ArrayList<Long>();
            for (int a = 0; a < count; a++) {
                long project = projects.get(random.nextInt(projects.size()));
                if (mine.contains(project)) {
                    continue;
                }
                mine.add(project);
                LocalDate from = today.minusMonths(1 + random.nextInt(48));
                LocalDate to = random.nextBoolean() ? null : from.plusMonths(3 + random.nextInt(18));
                assignments.add(new Object[] {project, person, roles[random.nextInt(roles.length)], 20 + random.nextInt(80), from,
                    to != null && to.isAfter(today) ? null : to, now});
            }
            boolean heavyLogger = p % Math.max(1, people.size() / HEAVY_LOGGERS) == 0 && heavy.size() < HEAVY_LOGGERS;
            if (heavyLogger) {
                heavy.add(person);
            }
            int logged = heavyLogger ? ENTRIES_OF_HEAVY_LOGGERS : ENTRIES_PER_PERSON;
            for (int e = 0; e < logged; e++) {
                boolean ceremony = random.nextInt(4) == 0;
                entries.add(new Object[] {person, mine.get(random.nextInt(mine.size())), today.minusDays(random.nextInt(1800)),
                    1 + random.nextInt(6), groups[random.nextInt(groups.length)], "Bench activity " + e,
                    ceremony ? ceremonies[random.nextInt(ceremonies.length)] : null, ceremony ? "FACILITATED" : null,
                    random.nextInt(3) == 0 ? "LOGGED" : "CONFIRMED", now});
            }
            total += logged;
            if (entries.size() >= 20_000) {
                flushExperience(jdbc, assignments, entries);
            }
        }
        flushExperience(jdbc, assignments, entries);
        // The demo's totals are there already: sum everyone's again.
        jdbc.update("DELETE FROM experience_total");
        jdbc.update("INSERT INTO experience_total (person_id, process_group, ceremony, ceremony_role, status, entries, hours)"
                + " SELECT person_id, process_group, COALESCE(ceremony, '-'), COALESCE(ceremony_role, '-'), status, COUNT(*),"
                + " SUM(hours) FROM experience_entry GROUP BY person_id, process_group, COALESCE(ceremony, '-'),"
                + " COALESCE(ceremony_role, '-'), status");
        try {
            java.nio.file.Files.createDirectories(HEAVY_LOGGER_IDS.getParent());
            java.nio.file.Files.write(HEAVY_LOGGER_IDS, heavy.stream().map(String::valueOf).toList());
        } catch (java.io.IOException unwritable) {
            throw new IllegalStateException(unwritable);
        }
        return total;
    }

    private static void flushExperience(JdbcTemplate jdbc, List<Object[]> assignments, List<Object[]> entries) {
        jdbc.batchUpdate("INSERT INTO project_assignment (project_id, person_id, assignment_role, allocation, starts_on, ends_on,"
                + " source, created_at) VALUES (?, ?, ?, ?, ?, ?, 'MANUAL', ?)", assignments);
        jdbc.batchUpdate("INSERT INTO experience_entry (person_id, project_id, occurred_on, hours, process_group, activity, ceremony,"
                + " ceremony_role, status, source, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?)", entries);
        assignments.clear();
        entries.clear();
    }

    static final int COURSES = 500;
    static final int SESSIONS = 2_000;
    static final int RECORDS_PER_PERSON = 100;

    /**
     * The catalog grown to 500 courses (the shipped 40 and variants of them), 2,000 sessions over the past and coming
     * year, a sixth mandatory training, xAPI mappings for the LMS scenario, and a hundred learning records per person
     * (mostly completions, with their first and latest completion per course).
     */
    static int generateLearning(JdbcTemplate jdbc, Random random, LocalDate today) {
        var shipped = jdbc.queryForList("SELECT id, code, title, summary, topic, provider_id, format, duration_hours, cost,"
                + " course_level FROM course ORDER BY id");
        var competencies = jdbc.queryForList("SELECT course_id, competency_code, target_level FROM course_competency");
        var courseRows = new ArrayList<Object[]>();
        for (int i = shipped.size(); i < COURSES; i++) {
            var model = shipped.get(random.nextInt(shipped.size()));
            String title = model.get("title") + " — cohort " + i;
            courseRows.add(new Object[] {model.get("code") + "-V" + i, title, model.get("summary"), model.get("topic"),
                model.get("provider_id"), model.get("format"), model.get("duration_hours"), model.get("cost"),
                model.get("course_level"), (title + " " + model.get("code") + " " + model.get("summary")).toLowerCase()});
        }
        jdbc.batchUpdate("INSERT INTO course (code, title, summary, topic, provider_id, format, duration_hours, cost, course_level,"
                + " language, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?)", courseRows);
        jdbc.update("INSERT INTO course_competency (course_id, competency_code, target_level) SELECT c.id, cc.competency_code,"
                + " cc.target_level FROM course c JOIN course m ON c.code LIKE m.code || '-V%' JOIN course_competency cc ON cc.course_id = m.id");
        var courseIds = jdbc.queryForList("SELECT id FROM course ORDER BY id", Long.class);
        var sessionRows = new ArrayList<Object[]>();
        for (int i = 0; i < SESSIONS; i++) {
            var start = today.plusDays(random.nextInt(730) - 365).atTime(9, 0).atOffset(ZoneOffset.UTC);
            sessionRows.add(new Object[] {courseIds.get(random.nextInt(courseIds.size())), start, start.plusHours(8),
                "Europe/Berlin", "Room " + (1 + random.nextInt(20)), 8 + random.nextInt(20), start.toLocalDate().minusDays(3)});
        }
        jdbc.batchUpdate("INSERT INTO course_session (course_id, starts_at, ends_at, time_zone, location, capacity, enrolment_deadline)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", sessionRows);
        jdbc.update("INSERT INTO compliance_requirement (code, name, audience, recurrence, every_months, grace_days, new_joiner_days,"
                + " due_soon_days) VALUES ('CHANGE-PROCESS', 'Change process awareness (every 24 months)', 'ALL', 'EVERY_MONTHS', 24, 30, 60, 30)");
        jdbc.update("INSERT INTO compliance_requirement_course (requirement_id, course_id) SELECT r.id, c.id FROM compliance_requirement r,"
                + " course c WHERE r.code = 'CHANGE-PROCESS' AND c.code = 'CHG-102'");
        jdbc.update("INSERT INTO xapi_activity_mapping (activity_iri, course_id) SELECT 'https://lms.bench.example/activities/' || code, id"
                + " FROM course WHERE id IN (SELECT course_id FROM course_competency)");
        var mandatory = jdbc.queryForList("SELECT course_id FROM compliance_requirement_course", Long.class);
        var people = jdbc.queryForList("SELECT id FROM person WHERE email LIKE '%@bench.example' ORDER BY id", Long.class);
        var records = new ArrayList<Object[]>();
        var completions = new ArrayList<Object[]>();
        var now = java.time.OffsetDateTime.now();
        int total = 0;
        for (long person : people) {
            var firstAndLast = new HashMap<Long, LocalDate[]>();
            for (int r = 0; r < RECORDS_PER_PERSON; r++) {
                int kind = random.nextInt(10);
                LocalDate on = today.minusDays(random.nextInt(1460));
                // Mandatory courses come up often, so that the matrix shows every state.
                long course = kind < 2 ? mandatory.get(random.nextInt(mandatory.size())) : courseIds.get(random.nextInt(courseIds.size()));
                if (kind < 7) {
                    records.add(new Object[] {person, course, "COMPLETION", "completed", "Course " + course, on, 4, "SESSION", "b-" + person + "-" + r, now});
                    var known = firstAndLast.computeIfAbsent(course, key -> new LocalDate[] {on, on});
                    known[0] = on.isBefore(known[0]) ? on : known[0];
                    known[1] = on.isAfter(known[1]) ? on : known[1];
                } else {
                    records.add(new Object[] {person, course, "STATEMENT", "experienced", "Course " + course, on, 0, "XAPI", "b-" + person + "-" + r, now});
                }
            }
            firstAndLast.forEach((course, dates) -> completions.add(new Object[] {person, course, dates[0], dates[1]}));
            total += RECORDS_PER_PERSON;
            if (records.size() >= 20_000) {
                flushLearning(jdbc, records, completions);
            }
        }
        flushLearning(jdbc, records, completions);
        return total;
    }

    private static void flushLearning(JdbcTemplate jdbc, List<Object[]> records, List<Object[]> completions) {
        jdbc.batchUpdate("INSERT INTO learning_record (person_id, course_id, kind, verb, title, occurred_on, hours, source,"
                + " source_ref, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records);
        jdbc.batchUpdate("INSERT INTO course_completion (person_id, course_id, first_on, last_on) VALUES (?, ?, ?, ?)", completions);
        records.clear();
        completions.clear();
    }

    /**
     * One running onboarding plan per generated person, from the shipped template, started 0–95 days ago; tasks due
     * more than a few days ago are mostly done, so that a realistic share is overdue for the daily scan.
     */
    static int generateOnboardingPlans(JdbcTemplate jdbc, Random random, LocalDate today) {
        long version = jdbc.queryForObject("SELECT MIN(id) FROM onboarding_template_version WHERE status = 'PUBLISHED'", Long.class);
        var tasks = jdbc.queryForList("SELECT task_key, title, category, owner_role, due_offset_days, skip_weekends, review_kind,"
                + " document_id, course_ref, depends_on FROM onboarding_template_task WHERE template_version_id = ? ORDER BY position", version);
        var starts = new java.util.HashMap<Long, LocalDate>();
        var people = jdbc.queryForList("SELECT id FROM person WHERE email LIKE '%@bench.example' ORDER BY id", Long.class);
        var planRows = new ArrayList<Object[]>();
        for (long person : people) {
            LocalDate start = today.minusDays(random.nextInt(96));
            starts.put(person, start);
            planRows.add(new Object[] {person, version, start, person, java.sql.Timestamp.valueOf(start.atTime(9, 0)), tasks.size()});
        }
        jdbc.batchUpdate("INSERT INTO onboarding_plan (person_id, template_version_id, start_date, status, active_person_id,"
                + " started_at, tasks_total) VALUES (?, ?, ?, 'ACTIVE', ?, ?, ?)", planRows);
        var taskRows = new ArrayList<Object[]>();
        for (var plan : jdbc.queryForList("SELECT id, person_id FROM onboarding_plan WHERE person_id IN"
                + " (SELECT id FROM person WHERE email LIKE '%@bench.example')")) {
            long planId = ((Number) plan.get("id")).longValue();
            LocalDate start = starts.get(((Number) plan.get("person_id")).longValue());
            int lag = random.nextInt(15);
            for (int position = 0; position < tasks.size(); position++) {
                var task = tasks.get(position);
                LocalDate due = start.plusDays(((Number) task.get("due_offset_days")).intValue());
                while (Boolean.TRUE.equals(task.get("skip_weekends")) && due.getDayOfWeek().getValue() > 5) {
                    due = due.plusDays(1);
                }
                boolean done = due.isBefore(today.minusDays(lag)) && random.nextInt(10) > 0;
                taskRows.add(new Object[] {planId, position, task.get("task_key"), task.get("title"), task.get("category"),
                    task.get("owner_role"), due, task.get("review_kind"), task.get("document_id"), task.get("course_ref"),
                    task.get("depends_on"), done ? "DONE" : "OPEN", done ? java.sql.Timestamp.valueOf(due.atTime(16, 0)) : null});
                if (taskRows.size() == 5000) {
                    insertTasks(jdbc, taskRows);
                }
            }
        }
        insertTasks(jdbc, taskRows);
        jdbc.update("UPDATE onboarding_plan SET tasks_closed = (SELECT COUNT(*) FROM onboarding_task t"
                + " WHERE t.plan_id = onboarding_plan.id AND t.status <> 'OPEN')");
        return people.size();
    }

    private static void insertTasks(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO onboarding_task (plan_id, position, task_key, title, category, owner_role, due_on,"
                + " review_kind, document_id, course_ref, depends_on, status, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (statement, row) -> {
                    for (int i = 0; i < row.length; i++) {
                        if (row[i] == null) {
                            statement.setNull(i + 1, i == 8 ? java.sql.Types.BIGINT : i == 12 ? java.sql.Types.TIMESTAMP : java.sql.Types.VARCHAR);
                        } else {
                            statement.setObject(i + 1, row[i]);
                        }
                    }
                });
        rows.clear();
    }

    static final int RATINGS_PER_PERSON = 20;
    static final String[] RATER_ROLES = {"MENTOR", "MENTOR", "LEAD", "SELF"};

    /**
     * Twenty ratings per person over the current framework's competencies, by mentors, leads and the person, and the
     * current levels they lead to (the latest mentor or lead rating; the latest self-rating beside it).
     */
    static int generateRatings(JdbcTemplate jdbc, Random random, LocalDate today) {
        record Competency(long id, String code) {
        }
        List<Competency> competencies = jdbc.query("SELECT c.id, c.code FROM competency c JOIN framework_version f "
                + "ON f.id = c.framework_version_id WHERE f.number = (SELECT MAX(number) FROM framework_version "
                + "WHERE published_at IS NOT NULL)", (rs, n) -> new Competency(rs.getLong(1), rs.getString(2)));
        List<Long> personIds = jdbc.queryForList("SELECT id FROM person WHERE email LIKE '%@bench.example' ORDER BY id",
                Long.class);
        long rater = jdbc.queryForObject("SELECT id FROM person WHERE email = 'mentor@pmo.example'", Long.class);
        var ratingRows = new ArrayList<Object[]>();
        var levelRows = new ArrayList<Object[]>();
        int total = 0;
        for (long person : personIds) {
            // Per competency: latest validated level and its time, latest self level and its time.
            var latest = new HashMap<String, Object[]>();
            for (int r = 0; r < RATINGS_PER_PERSON; r++) {
                var competency = competencies.get(random.nextInt(competencies.size()));
                String role = RATER_ROLES[random.nextInt(RATER_ROLES.length)];
                int level = 1 + random.nextInt(5);
                var at = Timestamp.from(today.minusDays(random.nextInt(700)).atStartOfDay(ZoneOffset.UTC).toInstant());
                ratingRows.add(new Object[] {person, competency.id(), competency.code(),
                    role.equals("SELF") ? person : rater, role, level, at});
                var known = latest.computeIfAbsent(competency.code(), code -> new Object[4]);
                int slot = role.equals("SELF") ? 2 : 0;
                if (known[slot + 1] == null || ((Timestamp) known[slot + 1]).before(at)) {
                    known[slot] = level;
                    known[slot + 1] = at;
                }
            }
            latest.forEach((code, known) -> levelRows.add(new Object[] {person, code, known[0], known[2],
                known[0] != null && known[2] != null && Math.abs((int) known[0] - (int) known[2]) >= 2, known[1]}));
            total += RATINGS_PER_PERSON;
            if (ratingRows.size() >= 5000) {
                flush(jdbc, ratingRows, levelRows);
            }
        }
        flush(jdbc, ratingRows, levelRows);
        return total;
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> ratingRows, List<Object[]> levelRows) {
        jdbc.batchUpdate("INSERT INTO assessment (person_id, competency_id, competency_code, rater_id, rater_role, level, "
                + "rated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", ratingRows);
        jdbc.batchUpdate("INSERT INTO competency_proficiency (person_id, competency_code, level, self_level, diverges, "
                + "assessed_at) VALUES (?, ?, ?, ?, ?, ?)", levelRows);
        ratingRows.clear();
        levelRows.clear();
    }
}
