package com.pmocareer.experience;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Work products in versions and their rubric reviews, through the API, with real DOCX and XLSX files. */
abstract class ArtifactApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String LEAD = "lead@pmo.example";

    static byte[] docx(String text) throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String cell) throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("RAID").createRow(0).createCell(0).setCellValue(cell);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** A multipart/form-data body: text fields, then the file. */
    ApiClient.Response upload(String path, String as, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----pmo" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (fileName != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.post(path, as, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    static String scores(int each, String decision, String summary, String... leaveOut) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String criterion : List.of("CLARITY", "COMPLETENESS", "ACCURACY", "AUDIENCE_FIT", "ACTIONABILITY")) {
            if (!List.of(leaveOut).contains(criterion)) {
                scores.add(Map.of("criterion", criterion, "score", each, "comment", "ok"));
            }
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("decision", decision);
        body.put("summary", summary);
        body.put("scores", scores);
        return ApiClient.json(body);
    }

    record Pair(String junior, String mentor) {
    }

    Pair mentored() {
        String mentor = newMentorWithPassword("Reviewing-2026!");
        String junior = newJuniorWithPassword("Authoring-2026!");
        assertThat(api.post("/api/v1/mentorships", LEAD, ApiClient.json(Map.of("mentorId", personId(mentor),
                "menteeId", personId(junior)))).status()).isEqualTo(201);
        return new Pair(junior, mentor);
    }

    @Test
    void aWorkProductGoesThroughARevisionToApprovalAndEveryVersionAndReviewIsKept() throws IOException {
        Pair pair = mentored();
        long juniorId = personId(pair.junior());
        byte[] first = docx("Status report week 12: green");
        var submitted = upload("/api/v1/people/" + juniorId + "/artifacts", pair.junior(),
                Map.of("type", "STATUS_REPORT", "title", "Weekly status report", "note", "First one"), "status.docx", first);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        long id = submitted.json().get("id").asLong();
        assertThat(submitted.json().get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'ARTIFACT_TO_REVIEW' AND person_id = :p")
                .param("p", personId(pair.mentor())).query(Long.class).single()).isEqualTo(1);

        String reviewPath = "/api/v1/artifacts/" + id + "/reviews";
        assertThat(api.post(reviewPath, pair.junior(), scores(4, "APPROVED", null)).status()).as("not one's own").isEqualTo(403);
        assertThat(api.post(reviewPath, "mentor@pmo.example", scores(4, "APPROVED", null)).status()).isIn(403, 404);
        var missing = api.post(reviewPath, pair.mentor(), scores(3, "APPROVED", null, "ACTIONABILITY"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("score Actionability");
        assertThat(api.post(reviewPath, pair.mentor(), scores(5, "APPROVED", null)).status()).isEqualTo(400);
        assertThat(api.post(reviewPath, pair.mentor(), scores(2, "REVISION_REQUESTED", " ")).status())
                .as("a revision needs a summary").isEqualTo(400);
        assertThat(api.get("/api/v1/artifacts/" + id, pair.junior()).json().get("reviews")).as("refusals write nothing").isEmpty();

        var revision = api.post(reviewPath, pair.mentor(), scores(2, "REVISION_REQUESTED", "Add the risks and next steps"));
        assertThat(revision.status()).as(revision.body()).isEqualTo(201);
        assertThat(revision.json().get("status").asString()).isEqualTo("REVISION_REQUESTED");
        assertThat(api.post(reviewPath, pair.mentor(), scores(4, "APPROVED", null)).status()).isEqualTo(409);

        var second = upload("/api/v1/artifacts/" + id + "/versions", pair.junior(), Map.of("note", "Risks added"),
                "status-v2.xlsx", xlsx("R1: vendor delay"));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("latestVersion").asInt()).isEqualTo(2);
        assertThat(upload("/api/v1/artifacts/" + id + "/versions", pair.junior(), Map.of(), "again.md",
                "# Again".getBytes(StandardCharsets.UTF_8)).status()).as("still in review").isEqualTo(409);

        var approved = api.post(reviewPath, pair.mentor(), scores(4, "APPROVED", "Clear and complete"));
        assertThat(approved.status()).isEqualTo(201);
        JsonNode history = api.get("/api/v1/artifacts/" + id, LEAD).json();
        assertThat(history.get("status").asString()).isEqualTo("APPROVED");
        assertThat(history.get("versions")).hasSize(2);
        assertThat(history.get("reviews")).hasSize(2);
        assertThat(history.get("reviews").get(0).get("averageScore").asDouble()).isEqualTo(4.0);
        assertThat(history.get("reviews").get(1).get("scores").get(0).get("name").asString()).isEqualTo("Clarity");
        var download = api.get("/api/v1/artifacts/" + id + "/versions/1/file", pair.junior());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("status.docx");
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT competency_code FROM competency_evidence WHERE person_id = :p AND source = 'ARTIFACT'""")
                .param("p", juniorId).query(String.class).list()).containsExactlyInAnyOrder("DOC_REPORTING", "COMMUNICATION"));
        assertThat(api.get("/api/v1/artifacts/" + id, "junior2@pmo.example").status()).isEqualTo(404);
    }

    @Test
    void onlyRealPdfWordExcelOrMarkdownFilesAreAcceptedAndARefusalWritesNothing() throws IOException {
        Pair pair = mentored();
        long juniorId = personId(pair.junior());
        String path = "/api/v1/people/" + juniorId + "/artifacts";
        Map<String, String> fields = Map.of("type", "RISK_REGISTER", "title", "Risks");
        assertThat(upload(path, pair.junior(), fields, "risks.pdf", "not a pdf at all".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(400);
        assertThat(upload(path, pair.junior(), fields, "risks.docx", xlsx("a spreadsheet named docx")).status()).isEqualTo(400);
        assertThat(upload(path, pair.junior(), fields, "tool.exe", new byte[] {0x4d, 0x5a, 0, 0}).status()).isEqualTo(400);
        assertThat(upload(path, pair.junior(), fields, "big.md", new byte[10 * 1024 * 1024 + 1]).status()).isIn(400, 413);
        var noFile = upload(path, pair.junior(), Map.of("title", ""), null, null);
        assertThat(noFile.status()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        noFile.json().get("errors").forEach(e -> problems.add(e.get("field").asString()));
        assertThat(problems).contains("artifactType", "title", "file");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM artifact WHERE person_id = :p").param("p", juniorId).query(Long.class).single())
                .isZero();
        assertThat(upload(path, pair.junior(), fields, "risks.pdf", "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII))
                .status()).isEqualTo(201);
        assertThat(upload(path, pair.junior(), fields, "risks.md", "# Risks\n- vendor".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(201);
        assertThat(upload("/api/v1/people/" + personId("junior@pmo.example") + "/artifacts", pair.junior(), fields, "x.md",
                "# x".getBytes(StandardCharsets.UTF_8)).status()).isIn(403, 404);
    }

    @Test
    void anAdminEditsARubricAndPastReviewsKeepTheirCriteria() {
        String path = "/api/v1/rubrics/TECHNICAL_DOCUMENTATION";
        var criteria = List.of(Map.of("code", "structure", "name", "Structure", "guidance", "Sections in a sensible order"),
                Map.of("code", "CORRECTNESS", "name", "Correctness", "guidance", "Matches the system"));
        assertThat(api.put(path, LEAD, ApiClient.json(criteria)).status()).isEqualTo(403);
        assertThat(api.put(path, ADMIN, "[]").status()).isEqualTo(400);
        assertThat(api.put(path, ADMIN, ApiClient.json(List.of(criteria.get(0), criteria.get(0)))).status()).isEqualTo(400);
        var saved = api.put(path, ADMIN, ApiClient.json(criteria));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("criteria").get(0).get("code").asString()).isEqualTo("STRUCTURE");
        JsonNode all = api.get("/api/v1/rubrics", "junior@pmo.example").json();
        assertThat(all).hasSize(8);
        var defaults = List.of(Map.of("code", "CLARITY", "name", "Clarity", "guidance", "Easy to read and to follow; one message per section."),
                Map.of("code", "COMPLETENESS", "name", "Completeness", "guidance", "Covers everything the audience needs; nothing essential missing."),
                Map.of("code", "ACCURACY", "name", "Accuracy", "guidance", "Facts, figures and dates are right and consistent."),
                Map.of("code", "AUDIENCE_FIT", "name", "Audience fit", "guidance", "Level of detail and tone suit who reads it."),
                Map.of("code", "ACTIONABILITY", "name", "Actionability", "guidance", "Decisions, owners and next steps are clear."));
        assertThat(api.put(path, ADMIN, ApiClient.json(defaults)).status()).isEqualTo(200);
    }

    @Test
    void theDemoHasWorkProductsInReviewAndApproved() {
        JsonNode liams = api.get("/api/v1/people/" + personId("junior@pmo.example") + "/artifacts", "mentor@pmo.example").json();
        List<String> statuses = new ArrayList<>();
        liams.forEach(a -> statuses.add(a.get("status").asString()));
        assertThat(statuses).contains("IN_REVIEW", "APPROVED");
        assertThat(api.get("/api/v1/artifacts/to-review", "mentor@pmo.example").json().size()).isGreaterThanOrEqualTo(1);
    }
}
