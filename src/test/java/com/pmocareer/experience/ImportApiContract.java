package com.pmocareer.experience;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Resource;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mpx.MPXWriter;
import net.sf.mpxj.mspdi.MSPDIWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * MS Project plans written here with MPXJ's own writers and read back by the import; Jira's Agile REST API played by a
 * local HTTP server answering as Jira documents it (pages, isLast, 401), and Jira CSV exports.
 */
abstract class ImportApiContract extends RunningApplication {

    static final String LEAD = "lead@pmo.example";
    static final LocalDate MONDAY = LocalDate.now().minusWeeks(10).with(java.time.DayOfWeek.MONDAY);

    /** A two-phase plan: two resources with e-mails (one is a person of the PMO), one without. */
    static ProjectFile plan(String title, String knownEmail) {
        ProjectFile plan = new ProjectFile();
        plan.addDefaultBaseCalendar();
        plan.getProjectProperties().setProjectTitle(title);
        plan.getProjectProperties().setStartDate(MONDAY.atTime(8, 0));
        Resource known = plan.addResource();
        known.setName("Known Person");
        known.setEmailAddress(knownEmail);
        Resource stranger = plan.addResource();
        stranger.setName("External Consultant");
        stranger.setEmailAddress("consultant@vendor.example");
        Resource nobody = plan.addResource();
        nobody.setName("Unassigned Role");
        phase(plan, "Design", MONDAY, 1, known, stranger);
        phase(plan, "Build", MONDAY.plusWeeks(2), 2, known, null);
        return plan;
    }

    static void phase(ProjectFile plan, String name, LocalDate start, int level, Resource first, Resource second) {
        Task phase = plan.addTask();
        phase.setName(name);
        phase.setOutlineLevel(1);
        phase.setSummary(true);
        phase.setStart(start.atTime(8, 0));
        phase.setFinish(start.plusDays(11).atTime(17, 0));
        Task work = phase.addTask();
        work.setName(name + " work");
        work.setOutlineLevel(2);
        work.setStart(start.atTime(8, 0));
        work.setFinish(start.plusDays(11).atTime(17, 0));
        work.setDuration(Duration.getInstance(10, TimeUnit.DAYS));
        for (Resource resource : second == null ? List.of(first) : List.of(first, second)) {
            ResourceAssignment assignment = work.addResourceAssignment(resource);
            assignment.setStart(start.atTime(8, 0));
            assignment.setFinish(start.plusDays(11).atTime(17, 0));
            assignment.setWork(Duration.getInstance(40, TimeUnit.HOURS));
            assignment.setUnits(50);
        }
    }

    static byte[] mspdi(ProjectFile plan) throws IOException {
        var out = new ByteArrayOutputStream();
        new MSPDIWriter().write(plan, out);
        return out.toByteArray();
    }

    static byte[] mpx(ProjectFile plan) throws IOException {
        var out = new ByteArrayOutputStream();
        new MPXWriter().write(plan, out);
        return out.toByteArray();
    }

    ApiClient.Response upload(String path, String as, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----pmo" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post(path, as, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    int rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }

    @Test
    void aPlanIsPreviewedWithoutWritingAndConfirmedIntoTheProjectAndAssignments() throws IOException {
        String email = newJuniorWithPassword("Planning-2026!");
        long person = personId(email);
        String title = "Network refresh " + UUID.randomUUID().toString().substring(0, 6);
        int projectsBefore = rows("project");
        int assignmentsBefore = rows("project_assignment");
        var preview = upload("/api/v1/imports/ms-project", LEAD, Map.of(), "plan.xml", mspdi(plan(title, email)));
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        JsonNode plan = preview.json();
        assertThat(plan.get("projectTitle").asString()).isEqualTo(title);
        assertThat(plan.get("start").asString()).isEqualTo(MONDAY.toString());
        List<String> phases = new ArrayList<>();
        plan.get("phases").forEach(p -> phases.add(p.get("name").asString()));
        assertThat(phases).containsExactly("Design", "Build");
        Map<String, JsonNode> resources = new HashMap<>();
        plan.get("resources").forEach(r -> resources.put(r.get("name").asString(), r));
        assertThat(resources.get("Known Person").get("matchedPersonId").asLong()).isEqualTo(person);
        assertThat(resources.get("Known Person").get("workHours").asDouble()).isEqualTo(80.0);
        assertThat(resources.get("External Consultant").get("matchedPersonId").isNull()).isTrue();
        assertThat(resources.get("Unassigned Role").get("firstStart").isNull()).isTrue();
        assertThat(rows("project")).as("the preview writes nothing").isEqualTo(projectsBefore);
        assertThat(rows("project_assignment")).isEqualTo(assignmentsBefore);

        String token = plan.get("token").asString();
        String code = "NR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var confirmation = new HashMap<String, Object>(Map.of("code", code, "type", "INFRASTRUCTURE",
                "methodology", "PREDICTIVE", "budgetBand", "UNDER_100K",
                "mappings", List.of(Map.of("resourceId", resources.get("Known Person").get("resourceId").asInt(),
                        "personId", person, "role", "CO_PM"))));
        assertThat(api.post("/api/v1/imports/ms-project/" + token, "junior@pmo.example", ApiClient.json(confirmation)).status())
                .isEqualTo(403);
        var badCode = new HashMap<>(confirmation);
        badCode.put("code", "no good!");
        assertThat(api.post("/api/v1/imports/ms-project/" + token, LEAD, ApiClient.json(badCode)).status()).isEqualTo(400);
        assertThat(rows("project")).as("a refused confirmation writes nothing").isEqualTo(projectsBefore);
        var confirmed = api.post("/api/v1/imports/ms-project/" + token, LEAD, ApiClient.json(confirmation));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("projectCreated").asBoolean()).isTrue();
        assertThat(confirmed.json().get("assignmentsCreated").asInt()).isEqualTo(1);
        JsonNode assignment = api.get("/api/v1/people/" + person + "/assignments", LEAD).json().get(0);
        assertThat(assignment.get("projectCode").asString()).isEqualTo(code);
        assertThat(assignment.get("role").asString()).isEqualTo("CO_PM");
        assertThat(assignment.get("plannedHours").asDouble()).isEqualTo(80.0);
        assertThat(assignment.get("allocation").asInt()).isEqualTo(50);
        assertThat(assignment.get("source").asString()).isEqualTo("MS_PROJECT");
        assertThat(assignment.get("startsOn").asString()).isEqualTo(MONDAY.toString());
        assertThat(api.post("/api/v1/imports/ms-project/" + token, LEAD, ApiClient.json(confirmation)).status())
                .as("a token confirms once").isEqualTo(404);

        var again = upload("/api/v1/imports/ms-project", LEAD, Map.of(), "plan.mpx", mpx(plan(title, email)));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        var update = api.post("/api/v1/imports/ms-project/" + again.json().get("token").asString(), LEAD,
                ApiClient.json(confirmation));
        assertThat(update.status()).as(update.body()).isEqualTo(200);
        assertThat(update.json().get("projectCreated").asBoolean()).isFalse();
        assertThat(update.json().get("assignmentsUpdated").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/people/" + person + "/assignments", LEAD).json()).hasSize(1);
    }

    @Test
    void aCorruptOrUnsupportedFileIsRefusedClearly() {
        var corrupt = upload("/api/v1/imports/ms-project", LEAD, Map.of(), "plan.mpp",
                "this is not a project plan".getBytes(StandardCharsets.UTF_8));
        assertThat(corrupt.status()).isEqualTo(400);
        assertThat(corrupt.body()).contains("could not be read as an MS Project plan");
        var brokenXml = upload("/api/v1/imports/ms-project", LEAD, Map.of(), "plan.xml",
                "<Project><Tasks>".getBytes(StandardCharsets.UTF_8));
        assertThat(brokenXml.status()).isEqualTo(400);
        var other = upload("/api/v1/imports/ms-project", LEAD, Map.of(), "plan.docx", new byte[] {1, 2, 3});
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.body()).contains(".mpp, .mpx");
        assertThat(upload("/api/v1/imports/ms-project", "junior@pmo.example", Map.of(), "plan.xml", new byte[] {1}).status())
                .isEqualTo(403);
    }

    @Test
    void theSprintsOfAJiraBoardBecomeCeremoniesPageByPageAndOnlyOnce() throws IOException {
        String email = newJuniorWithPassword("Scrum-2026!");
        long person = personId(email);
        AtomicInteger requests = new AtomicInteger();
        String expected = "Basic " + Base64.getEncoder().encodeToString("pm@example.com:jira-secret".getBytes(StandardCharsets.UTF_8));
        HttpServer jira = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jira.createContext("/rest/agile/1.0/board/", exchange -> {
            requests.incrementAndGet();
            String body;
            int status = 200;
            String query = exchange.getRequestURI().getQuery();
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
                body = "{\"errorMessages\":[\"Client must be authenticated to access this resource.\"],\"errors\":{}}";
            } else if (!exchange.getRequestURI().getPath().equals("/rest/agile/1.0/board/7/sprint")) {
                status = 404;
                body = "{\"errorMessages\":[\"Board does not exist or you do not have permission to see it.\"],\"errors\":{}}";
            } else if (query.contains("startAt=0")) {
                body = "{\"maxResults\":2,\"startAt\":0,\"isLast\":false,\"values\":[" + sprint(37, "closed", MONDAY, MONDAY.plusDays(11))
                        + "," + sprint(38, "closed", MONDAY.plusWeeks(2), MONDAY.plusWeeks(2).plusDays(11)) + "]}";
            } else {
                body = "{\"maxResults\":2,\"startAt\":2,\"isLast\":true,\"values\":[" + sprint(39, "active", MONDAY.plusWeeks(4), null)
                        + ",{\"id\":40,\"state\":\"future\",\"name\":\"Sprint 40\",\"originBoardId\":7}]}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        jira.start();
        try {
            String base = "http://127.0.0.1:" + jira.getAddress().getPort();
            var wrong = api.post("/api/v1/jira-connections", LEAD, ApiClient.json(Map.of("name", "Wrong " + UUID.randomUUID(),
                    "baseUrl", base, "accountEmail", "pm@example.com", "apiToken", "not-the-token")));
            assertThat(wrong.status()).isEqualTo(201);
            assertThat(wrong.body()).doesNotContain("not-the-token");
            assertThat(jdbc.sql("SELECT token_cipher FROM jira_connection WHERE id = :id").param("id", wrong.json().get("id").asLong())
                    .query(String.class).single()).doesNotContain("not-the-token");
            var refused = api.post("/api/v1/imports/jira", LEAD, ApiClient.json(Map.of("connectionId", wrong.json().get("id").asLong(),
                    "boardId", 7, "personId", person)));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("Jira refused the credentials (HTTP 401)");

            long connection = api.post("/api/v1/jira-connections", LEAD, ApiClient.json(Map.of("name", "Team " + UUID.randomUUID(),
                    "baseUrl", base + "/", "accountEmail", "pm@example.com", "apiToken", "jira-secret"))).json().get("id").asLong();
            assertThat(api.post("/api/v1/imports/jira", LEAD, ApiClient.json(Map.of("connectionId", connection, "boardId", 8,
                    "personId", person))).body()).contains("no board 8");
            var imported = api.post("/api/v1/imports/jira", LEAD, ApiClient.json(Map.of("connectionId", connection,
                    "boardId", 7, "personId", person)));
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            assertThat(imported.json().get("sprints").asInt()).isEqualTo(3);
            assertThat(imported.json().get("entriesAdded").asInt()).as("4 per closed sprint, planning of the active one")
                    .isEqualTo(9);
            var twice = api.post("/api/v1/imports/jira", LEAD, ApiClient.json(Map.of("connectionId", connection,
                    "boardId", 7, "personId", person)));
            assertThat(twice.json().get("entriesAdded").asInt()).isZero();
            assertThat(twice.json().get("entriesAlreadyThere").asInt()).isEqualTo(9);
            JsonNode summary = api.get("/api/v1/people/" + person + "/experience", LEAD).json().get("summary");
            assertThat(summary.get("ceremoniesNotPractised").toString()).isEqualTo("[\"BACKLOG_REFINEMENT\"]");
            assertThat(api.post("/api/v1/imports/jira", email, ApiClient.json(Map.of("connectionId", connection,
                    "boardId", 7, "personId", person))).status()).isEqualTo(403);
        } finally {
            jira.stop(0);
        }
        assertThat(requests.get()).isGreaterThanOrEqualTo(5);
    }

    static String sprint(long id, String state, LocalDate start, LocalDate completed) {
        return "{\"id\":" + id + ",\"self\":\"https://example.atlassian.net/rest/agile/1.0/sprint/" + id + "\",\"state\":\"" + state
                + "\",\"name\":\"Sprint " + id + "\",\"startDate\":\"" + start + "T09:00:00.000+01:00\",\"endDate\":\""
                + start.plusDays(11) + "T17:00:00.000+01:00\"" + (completed == null ? ""
                : ",\"completeDate\":\"" + completed + "T16:30:00.000+01:00\"") + ",\"originBoardId\":7,\"goal\":\"Ship it\"}";
    }

    @Test
    void aJiraCsvExportIsImportedAllOrNothing() {
        String email = newJuniorWithPassword("Csv-import-2026!");
        long person = personId(email);
        String good = "Sprint Id,Sprint Name,State,Start Date,End Date,Complete Date\n"
                + "101,Sprint A,closed," + MONDAY + "," + MONDAY.plusDays(11) + "," + MONDAY.plusDays(11) + "\n"
                + "102,Sprint B,active," + MONDAY.plusWeeks(2) + ",,\n";
        String bad = good + "103,Sprint C,closed,not a date,,\n";
        var refused = upload("/api/v1/imports/jira", email, Map.of("personId", String.valueOf(person)), "sprints.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("line 4");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experience_entry WHERE person_id = :p").param("p", person)
                .query(Integer.class).single()).isZero();
        var imported = upload("/api/v1/imports/jira", email, Map.of("personId", String.valueOf(person)), "sprints.csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("entriesAdded").asInt()).isEqualTo(5);
        var jiraStyle = "Sprint Name,Start Date,Complete Date\nSprint Z,02/Mar/26 9:00 AM,13/Mar/26 4:00 PM\n";
        assertThat(upload("/api/v1/imports/jira", email, Map.of("personId", String.valueOf(person)), "z.csv",
                jiraStyle.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(upload("/api/v1/imports/jira", email, Map.of("personId", String.valueOf(personId("junior@pmo.example"))),
                "sprints.csv", good.getBytes(StandardCharsets.UTF_8)).status()).isIn(403, 404);
    }
}
