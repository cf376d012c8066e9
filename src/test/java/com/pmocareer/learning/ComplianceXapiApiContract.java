package com.pmocareer.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Compliance standing, exemptions and exports; xAPI statements in; activities; paths — through the API. */
abstract class ComplianceXapiApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String LEAD = "lead@pmo.example";
    static final String LEAD2 = "lead2@pmo.example";
    static final String MENTOR = "mentor@pmo.example";
    static final String JUNIOR = "junior@pmo.example";
    static final String JUNIOR2 = "junior2@pmo.example";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String SECURITY = "https://lms.pmo.example/activities/security-awareness-2026";

    String token() {
        return api.post("/api/v1/admin/integration-tokens", ADMIN, "{\"name\":\"LMS " + UUID.randomUUID() + "\"}").json()
                .get("token").asString();
    }

    static String statement(String id, String email, String verb, String activity, String timestamp) {
        return ApiClient.json(Map.of("id", id, "actor", Map.of("mbox", "mailto:" + email),
                "verb", Map.of("id", verb), "object", Map.of("id", activity, "objectType", "Activity"), "timestamp", timestamp));
    }

    long requirementId(String code) {
        return jdbc.sql("SELECT id FROM compliance_requirement WHERE code = :code").param("code", code).query(Long.class).single();
    }

    JsonNode cell(long personId, String code, String as) {
        long requirement = requirementId(code);
        for (JsonNode cell : api.get("/api/v1/people/" + personId + "/compliance", as).json()) {
            if (cell.get("requirementId").asLong() == requirement) {
                return cell;
            }
        }
        return null;
    }

    int completions(long personId, String courseCode) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM learning_record r JOIN course c ON c.id = r.course_id
                 WHERE r.person_id = :p AND c.code = :code AND r.kind = 'COMPLETION'""")
                .param("p", personId).param("code", courseCode).query(Integer.class).single();
    }

    @Test
    void theDemoShowsEveryComplianceState() {
        assertThat(cell(personId("junior6@pmo.example"), "SEC-AWARENESS", ADMIN).get("state").asString()).isEqualTo("OVERDUE");
        assertThat(cell(personId("junior10@pmo.example"), "SEC-AWARENESS", ADMIN).get("pastGrace").asBoolean()).isTrue();
        assertThat(cell(personId("junior3@pmo.example"), "ISO27001", ADMIN).get("state").asString()).isEqualTo("EXEMPT");
        assertThat(cell(personId("junior3@pmo.example"), "ISO27001", ADMIN).get("exemptReason").asString()).contains("Parental leave");
        assertThat(cell(personId(JUNIOR), "GDPR", ADMIN).get("state").asString()).isEqualTo("DUE_SOON");
        assertThat(cell(personId(JUNIOR), "SEC-AWARENESS", ADMIN).get("state").asString()).isIn("COMPLIANT", "DUE_SOON");
        assertThat(cell(personId(JUNIOR), "HIPAA", ADMIN)).as("nobody is on a HIPAA project yet").isNull();
    }

    @Test
    void theDailyScanTellsWhatIsDueAndOverdueAndTheLineManagerPastTheGracePeriod() {
        var run = api.post("/api/v1/admin/scans/compliance-due-and-overdue/run", ADMIN, "{}");
        assertThat(run.status()).as("run now, or already run by another test within the lock").isIn(200, 409);
        String escalation = "Mateo Rossi is past the grace period for Security awareness (every January)";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(titlesOf(personId(LEAD2), "COMPLIANCE_ESCALATION")).contains(escalation);
            assertThat(titlesOf(personId(JUNIOR), "COMPLIANCE_DUE")).anyMatch(t -> t.startsWith("GDPR essentials (every 24 months) is due by"));
            assertThat(titlesOf(personId("junior6@pmo.example"), "COMPLIANCE_OVERDUE")).isNotEmpty();
        });
        assertThat(titlesOf(personId(LEAD), "COMPLIANCE_ESCALATION")).as("Mateo's line manager is lead2").doesNotContain(escalation);
        assertThat(titlesOf(personId(JUNIOR), "COMPLIANCE_OVERDUE")).as("Liam has nothing overdue").isEmpty();
    }

    List<String> titlesOf(long personId, String kind) {
        return jdbc.sql("SELECT title FROM notification WHERE person_id = :p AND kind = :k").param("p", personId)
                .param("k", kind).query(String.class).list();
    }

    @Test
    void theMatrixShowsOnlyPeopleTheCallerMaySeeAndCountsEachState() {
        var lead2 = api.get("/api/v1/compliance/status?size=200", LEAD2).json();
        var names = new ArrayList<String>();
        lead2.get("rows").forEach(r -> names.add(r.get("fullName").asString()));
        assertThat(names).contains("Aisha Rahman").doesNotContain("Liam Novak");
        var junior = api.get("/api/v1/compliance/status", JUNIOR).json();
        assertThat(junior.get("rows")).hasSize(1);
        assertThat(junior.get("rows").get(0).get("fullName").asString()).isEqualTo("Liam Novak");

        long infra = jdbc.sql("SELECT id FROM org_unit WHERE name = 'Infrastructure & Cloud Delivery'").query(Long.class).single();
        var overdue = api.get("/api/v1/compliance/status?orgUnit=" + infra + "&state=OVERDUE&size=200", LEAD).json();
        overdue.get("rows").forEach(row -> {
            boolean any = false;
            for (JsonNode cell : row.get("cells")) {
                any |= cell.get("state").asString().equals("OVERDUE");
            }
            assertThat(any).as(row.get("fullName").asString()).isTrue();
        });
        JsonNode security = null;
        for (JsonNode totals : overdue.get("requirements")) {
            if (totals.get("code").asString().equals("SEC-AWARENESS")) {
                security = totals;
            }
        }
        assertThat(security.get("counts").get("OVERDUE").asInt()).isPositive();
    }

    @Test
    void aLeadExemptsWithAReasonAndRevokesAndAJuniorMayNot() {
        long person = personId("junior4@pmo.example");
        String body = ApiClient.json(Map.of("requirementId", requirementId("GDPR"), "personId", person,
                "reason", "Leaves the company at the end of the month", "until", LocalDate.now().plusDays(30).toString()));
        assertThat(api.post("/api/v1/compliance/exemptions", JUNIOR, body).status()).isIn(403, 404);
        assertThat(api.post("/api/v1/compliance/exemptions", LEAD, ApiClient.json(Map.of("requirementId", requirementId("GDPR"),
                "personId", person, "reason", ""))).status()).isEqualTo(400);
        var notApplying = api.post("/api/v1/compliance/exemptions", LEAD, ApiClient.json(Map.of("requirementId",
                requirementId("PMO-GOVERNANCE"), "personId", personId(MENTOR), "reason", "Senior PM")));
        assertThat(notApplying.status()).isEqualTo(400);
        assertThat(notApplying.body()).contains("does not apply to Sofia Lindqvist");
        var exempt = api.post("/api/v1/compliance/exemptions", LEAD, body);
        assertThat(exempt.status()).as(exempt.body()).isEqualTo(200);
        assertThat(exempt.json().get("state").asString()).isEqualTo("EXEMPT");
        assertThat(api.delete("/api/v1/compliance/exemptions?requirementId=" + requirementId("GDPR") + "&personId=" + person, LEAD)
                .status()).isEqualTo(204);
        assertThat(cell(person, "GDPR", LEAD).get("state").asString()).isNotEqualTo("EXEMPT");
    }

    @Test
    void theMatrixExportsAsCsvAndAsAnXlsxThatReadsBack() throws Exception {
        String token = api.tokenFor(LEAD2);
        var client = HttpClient.newHttpClient();
        var csv = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/compliance"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("Person,Org unit,Career level,");
        assertThat(csv.body()).contains("Aisha Rahman").doesNotContain("Liam Novak");

        var xlsx = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/compliance"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheet("Compliance");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Person");
            assertThat(sheet.getLastRowNum()).as("one row per person, as in the CSV").isEqualTo(lines.length - 1);
            var people = new ArrayList<String>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                people.add(sheet.getRow(row).getCell(0).getStringCellValue());
            }
            assertThat(people).contains("Aisha Rahman").doesNotContain("Liam Novak");
            assertThat(workbook.getSheet("Summary").getRow(0).getCell(1).getStringCellValue()).isEqualTo("% compliant");
        }
    }

    @Test
    void completingTheCourseRenewsTheRequirementFromTheCompletionDate() {
        long person = newPerson("c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Compliance Learner");
        assertThat(cell(person, "GDPR", ADMIN).get("state").asString()).isEqualTo("OVERDUE");
        String email = jdbc.sql("SELECT email FROM person WHERE id = :id").param("id", person).query(String.class).single();
        String on = LocalDate.now().minusDays(3) + "T09:00:00Z";
        var sent = api.withTokenAndBody("POST", "/api/v1/xapi/statements", token(), statement(UUID.randomUUID().toString(),
                email, COMPLETED, "https://lms.pmo.example/activities/gdpr-essentials", on));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        var gdpr = cell(person, "GDPR", ADMIN);
        assertThat(gdpr.get("state").asString()).isEqualTo("COMPLIANT");
        assertThat(gdpr.get("dueOn").asString()).isEqualTo(LocalDate.now().minusDays(3).plusMonths(24).toString());
    }

    @Test
    void xapiNeedsAnIntegrationTokenNotAPersonalOne() {
        String body = statement(UUID.randomUUID().toString(), "junior@pmo.example", COMPLETED, SECURITY, "2026-11-20T10:00:00Z");
        assertThat(api.withTokenAndBody("POST", "/api/v1/xapi/statements", "pmoi_made-up", body).status()).isEqualTo(401);
        assertThat(api.withTokenAndBody("POST", "/api/v1/xapi/statements", api.tokenFor(ADMIN), body).status()).isEqualTo(401);
        String revoked = token();
        long id = jdbc.sql("SELECT MAX(id) FROM integration_token").query(Long.class).single();
        assertThat(api.delete("/api/v1/admin/integration-tokens/" + id, ADMIN).status()).isEqualTo(204);
        assertThat(api.withTokenAndBody("POST", "/api/v1/xapi/statements", revoked, body).status()).isEqualTo(401);
    }

    @Test
    void aRepeatedStatementIsNotASecondCompletionAndAChangedOneIsAConflict() {
        long person = newPerson("x-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Xapi Learner");
        String email = jdbc.sql("SELECT email FROM person WHERE id = :id").param("id", person).query(String.class).single();
        String id = UUID.randomUUID().toString();
        String token = token();
        String body = statement(id, email, COMPLETED, SECURITY, "2026-11-20T10:00:00Z");
        var first = api.withTokenAndBody("POST", "/api/v1/xapi/statements", token, body);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get(0).asString()).isEqualTo(id);
        assertThat(first.header("X-Experience-API-Version")).isEqualTo("1.0.3");
        assertThat(api.withTokenAndBody("POST", "/api/v1/xapi/statements", token, body).status()).isEqualTo(200);
        assertThat(completions(person, "SEC-2026")).isEqualTo(1);
        var changed = api.withTokenAndBody("POST", "/api/v1/xapi/statements", token,
                statement(id, email, COMPLETED, SECURITY, "2026-11-21T10:00:00Z"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(completions(person, "SEC-2026")).isEqualTo(1);
    }

    @Test
    void oneInvalidStatementRefusesTheWholeBatchWithTheReasons() {
        long before = jdbc.sql("SELECT COUNT(*) FROM xapi_statement").query(Long.class).single();
        String good = statement(UUID.randomUUID().toString(), "junior@pmo.example", COMPLETED, SECURITY, "2026-11-20T10:00:00Z");
        String batch = "[" + good + ",{\"id\":\"123\",\"verb\":{\"id\":\"" + COMPLETED + "\"},\"object\":{\"id\":\"" + SECURITY
                + "\"},\"timestamp\":\"20.11.2026\"},{\"actor\":{\"mbox\":\"mailto:a@b.example\"},\"object\":{\"id\":\"" + SECURITY + "\"}}]";
        var refused = api.withTokenAndBody("POST", "/api/v1/xapi/statements", token(), batch);
        assertThat(refused.status()).isEqualTo(400);
        var fields = new ArrayList<String>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("statements[1].id", "statements[1].actor", "statements[1].timestamp",
                "statements[2].verb.id");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM xapi_statement").query(Long.class).single()).isEqualTo(before);
        assertThat(api.withTokenAndBody("POST", "/api/v1/xapi/statements", token(), "not json").status()).isEqualTo(400);
    }

    @Test
    void unknownActorsAndActivitiesWaitInTheReviewQueueUntilMapped() {
        String token = token();
        String unknownPerson = UUID.randomUUID().toString();
        String unmapped = UUID.randomUUID().toString();
        String activity = "https://lms.pmo.example/activities/" + UUID.randomUUID();
        String batch = "[" + statement(unknownPerson, "stranger@nowhere.example", COMPLETED, SECURITY, "2026-11-20T10:00:00Z") + ","
                + statement(unmapped, "junior5@pmo.example", COMPLETED, activity, "2026-11-20T10:00:00Z") + ","
                + statement(UUID.randomUUID().toString(), "junior5@pmo.example", "http://adlnet.gov/expapi/verbs/experienced",
                        activity, "2026-11-20T11:00:00Z") + "]";
        assertThat(api.withTokenAndBody("POST", "/api/v1/xapi/statements", token, batch).status()).isEqualTo(200);
        var queue = api.get("/api/v1/xapi/review?size=200", ADMIN).json().toString();
        assertThat(queue).contains(unknownPerson, unmapped, "No person has the e-mail", "not mapped");
        assertThat(api.get("/api/v1/xapi/review", JUNIOR).status()).isEqualTo(403);
        long junior5 = personId("junior5@pmo.example");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learning_record WHERE person_id = :p AND kind = 'STATEMENT' AND verb = 'experienced'")
                .param("p", junior5).query(Integer.class).single()).as("other verbs are kept as records").isEqualTo(1);

        int before = completions(junior5, "ITD-201");
        var mapped = api.post("/api/v1/xapi/mappings", ADMIN, ApiClient.json(Map.of("activityIri", activity,
                "courseId", jdbc.sql("SELECT id FROM course WHERE code = 'ITD-201'").query(Long.class).single())));
        assertThat(mapped.json().get("processed").asInt()).isEqualTo(1);
        assertThat(completions(junior5, "ITD-201")).isEqualTo(before + 1);
        assertThat(api.get("/api/v1/xapi/review?size=200", ADMIN).json().toString()).doesNotContain(unmapped).contains(unknownPerson);
    }

    @Test
    void aPersonLogsAnActivityTheirMentorVerifiesItAndOnlyThenItCounts() {
        long junior = personId(JUNIOR);
        var logged = api.post("/api/v1/people/" + junior + "/activities", JUNIOR, ApiClient.json(Map.of("kind", "WEBINAR",
                "title", "Risk-based testing in release planning", "occurredOn", LocalDate.now().minusDays(2).toString(),
                "hours", 1.5, "category", "PDU_WAYS_OF_WORKING", "evidenceUrl", "https://webinars.example/123")));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        long id = logged.json().get("id").asLong();
        assertThat(api.post("/api/v1/people/" + junior + "/activities", MENTOR, ApiClient.json(Map.of("kind", "WEBINAR",
                "title", "x", "occurredOn", LocalDate.now().toString(), "hours", 1, "category", "SEU"))).status()).isEqualTo(403);
        var bad = api.post("/api/v1/people/" + junior + "/activities", JUNIOR, ApiClient.json(Map.of("kind", "WEBINAR",
                "title", "", "occurredOn", LocalDate.now().plusDays(1).toString(), "hours", 0, "category", "SEU",
                "evidenceUrl", "javascript:alert(1)")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("title", "occurredOn", "hours", "evidenceUrl");

        assertThat(api.post("/api/v1/activities/" + id + "/verify", JUNIOR, "{\"accepted\":true}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/activities/" + id + "/verify", LEAD2, "{\"accepted\":true}").status()).isEqualTo(404);
        long recordsBefore = jdbc.sql("SELECT COUNT(*) FROM learning_record WHERE person_id = :p AND kind = 'ACTIVITY'")
                .param("p", junior).query(Long.class).single();
        var verified = api.post("/api/v1/activities/" + id + "/verify", MENTOR, "{\"accepted\":true}");
        assertThat(verified.json().get("status").asString()).isEqualTo("VERIFIED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learning_record WHERE person_id = :p AND kind = 'ACTIVITY'")
                .param("p", junior).query(Long.class).single()).isEqualTo(recordsBefore + 1);
        assertThat(api.post("/api/v1/activities/" + id + "/verify", MENTOR, "{\"accepted\":true}").status()).isEqualTo(409);
        var totals = api.get("/api/v1/people/" + junior + "/activity-totals", JUNIOR).json();
        assertThat(totals.get("byYearAndCategory").get(String.valueOf(LocalDate.now().minusDays(2).getYear()))
                .get("PDU_WAYS_OF_WORKING").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("1.5"));
    }

    @Test
    void pathsShowProgressAndALeadAssignsOneToAPerson() {
        long junior = personId(JUNIOR);
        var progress = api.get("/api/v1/people/" + junior + "/learning-paths", JUNIOR).json();
        JsonNode governance = null;
        for (JsonNode p : progress) {
            if (p.get("path").get("code").asString().equals("GOVERNANCE")) {
                governance = p;
            }
        }
        assertThat(governance.get("assigned").asBoolean()).isTrue();
        assertThat(governance.get("requiredTotal").asInt()).isEqualTo(3);
        assertThat(governance.get("requiredDone").asInt()).as("security awareness, GDPR and governance done").isEqualTo(3);
        assertThat(governance.get("percent").asInt()).isEqualTo(100);

        long agile = jdbc.sql("SELECT id FROM learning_path WHERE code = 'AGILE-FOUNDATIONS'").query(Long.class).single();
        long junior2 = personId(JUNIOR2);
        assertThat(api.post("/api/v1/learning-paths/" + agile + "/assignments", LEAD, "{\"personId\":" + junior + "}").status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/learning-paths/" + agile + "/assignments", LEAD2, "{\"personId\":" + junior + "}").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/learning-paths/" + agile + "/assignments", LEAD, "{\"careerLevel\":\"JUNIOR_PM\"}").status())
                .as("a whole level is for an admin").isEqualTo(403);
        assertThat(api.post("/api/v1/learning-paths/" + agile + "/assignments", JUNIOR2, "{\"personId\":" + junior2 + "}").status())
                .isEqualTo(403);
        List<String> assigned = new ArrayList<>();
        api.get("/api/v1/people/" + junior + "/learning-paths", JUNIOR).json().forEach(p -> {
            if (p.get("assigned").asBoolean()) {
                assigned.add(p.get("path").get("code").asString());
            }
        });
        assertThat(assigned).contains("AGILE-FOUNDATIONS", "GOVERNANCE", "PM-TOOLS");
    }
}
