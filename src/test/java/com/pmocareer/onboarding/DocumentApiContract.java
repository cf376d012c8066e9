package com.pmocareer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The PMO document library through the API: versions, file checks, acknowledgements and the ask to re-acknowledge. */
abstract class DocumentApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";

    long newDocument() {
        var created = api.post("/api/v1/documents", ADMIN, ApiClient.json(Map.of("title", "Guide " + UUID.randomUUID(),
                "kind", "METHODOLOGY_GUIDE", "description", "How we run hybrid projects")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    ApiClient.Response upload(long document, String fileName, byte[] content) {
        String boundary = "----doc" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"changeNote\"\r\n\r\nRewritten\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return api.post("/api/v1/documents/" + document + "/versions", ADMIN, "multipart/form-data; boundary=" + boundary,
                BodyPublishers.ofByteArray(body));
    }

    @Test
    void aNewVersionAsksEveryoneWhoReadAnOlderOneToAcknowledgeAgain() {
        long document = newDocument();
        var first = api.post("/api/v1/documents/" + document + "/versions", ADMIN,
                "{\"linkUrl\":\"https://intranet.example.com/guide-v1.pdf\",\"changeNote\":\"First\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        var acknowledged = api.post("/api/v1/documents/" + document + "/acknowledgements", "junior@pmo.example", "");
        assertThat(acknowledged.json().get("acknowledgedNumber").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/documents/" + document + "/acknowledgements", "junior@pmo.example", "").status())
                .as("twice is harmless").isEqualTo(200);

        byte[] markdown = "# Hybrid delivery\n\nMilestones outside, sprints inside.\n".getBytes(StandardCharsets.UTF_8);
        var second = upload(document, "guide.md", markdown);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().get("number").asInt()).isEqualTo(2);
        assertThat(second.json().get("contentType").asString()).isEqualTo("text/markdown");

        var seen = api.get("/api/v1/documents/" + document, "junior@pmo.example").json().get("document");
        assertThat(seen.get("acknowledgedNumber").asInt()).isEqualTo(1);
        assertThat(seen.get("toAcknowledgeAgain").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND kind = 'DOCUMENT_TO_ACKNOWLEDGE' AND link = :link")
                .param("p", personId("junior@pmo.example")).param("link", "/documents/" + document).query(Long.class).single())
                .isEqualTo(1);
        var download = api.get("/api/v1/documents/" + document + "/versions/2/content", "junior@pmo.example");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(markdown, StandardCharsets.UTF_8));
        var leadView = api.get("/api/v1/documents/" + document, "lead@pmo.example").json();
        assertThat(leadView.get("acknowledgements").toString()).contains("Liam Novak");
        assertThat(api.get("/api/v1/documents/" + document, "junior@pmo.example").json().get("acknowledgements")).isEmpty();
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsPublished() {
        long document = newDocument();
        var fakePdf = upload(document, "handbook.pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
        assertThat(fakePdf.status()).isEqualTo(400);
        assertThat(fakePdf.body()).contains("does not contain what a .pdf file contains");
        assertThat(upload(document, "tool.exe", "MZ".getBytes(StandardCharsets.US_ASCII)).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/documents/" + document + "/versions", ADMIN, "{\"linkUrl\":\"javascript:alert(1)\"}")
                .status()).isEqualTo(400);
        assertThat(api.post("/api/v1/documents/" + document + "/versions", ADMIN, "{}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/documents/" + document, ADMIN).json().get("versions")).isEmpty();
        assertThat(api.post("/api/v1/documents/" + document + "/acknowledgements", "junior@pmo.example", "").status())
                .as("nothing to acknowledge yet").isEqualTo(409);

        var pdf = upload(document, "handbook.pdf", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        assertThat(pdf.json().get("contentType").asString()).isEqualTo("application/pdf");
    }

    @Test
    void onlyAnAdminAddsDocumentsAndVersions() {
        long document = newDocument();
        assertThat(api.post("/api/v1/documents", "lead@pmo.example", "{\"title\":\"Mine\",\"kind\":\"OTHER\"}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/documents/" + document + "/versions", "junior@pmo.example",
                "{\"linkUrl\":\"https://intranet.example.com/x\"}").status()).isEqualTo(403);
        var duplicate = api.get("/api/v1/documents/" + document, ADMIN).json().get("document").get("title").asString();
        assertThat(api.post("/api/v1/documents", ADMIN, ApiClient.json(Map.of("title", duplicate, "kind", "OTHER"))).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/documents", ADMIN, "{\"title\":\"\"}").status()).isEqualTo(400);
    }
}
