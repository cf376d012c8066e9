package com.pmocareer.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.BrowserSession;
import com.pmocareer.support.OnH2;
import com.pmocareer.support.RunningApplication;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The forms of the competency pages, posted the way a browser posts them. */
@OnH2
class CompetencyPagesTest extends RunningApplication {

    static final String PASSWORD = "long-enough-pw-1";

    @Test
    void aPeerAnswersA360RoundThroughItsFormOnce() {
        long person = personId(newJuniorWithPassword(PASSWORD));
        String peerEmail = newJuniorWithPassword(PASSWORD);
        long round = api.post("/api/v1/people/" + person + "/assessment-rounds", "lead@pmo.example", ApiClient.json(Map.of(
                "title", "Form round", "dueOn", LocalDate.now().plusDays(5).toString(),
                "competencyCodes", List.of("COMMUNICATION", "CONFLICT"),
                "raters", List.of(Map.of("personId", personId(peerEmail), "relation", "PEER"))))).json().get("id").asLong();
        var peer = new BrowserSession(port);
        peer.signIn(peerEmail, PASSWORD);
        String page = "/assessment-rounds/" + round;
        assertThat(peer.get(page).body()).contains("Your answers", "name=\"level_COMMUNICATION\"", "Cannot judge");

        var forged = peer.submit(page, page + "/answers", Map.of("level_COMMUNICATION", "lots", "level_CONFLICT", ""));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(api.get(page.replace("/assessment-rounds", "/api/v1/assessment-rounds"), "lead@pmo.example").json()
                .get("answered").asInt()).isZero();

        var sent = peer.submit(page, page + "/answers", Map.of("level_COMMUNICATION", "3",
                "comment_COMMUNICATION", "Clear in stand-ups", "level_CONFLICT", ""));

        assertThat(sent.status()).isEqualTo(302);
        assertThat(api.get(page.replace("/assessment-rounds", "/api/v1/assessment-rounds"), "lead@pmo.example").json()
                .get("answered").asInt()).isEqualTo(1);
        assertThat(peer.get(page).body()).contains("You have answered").doesNotContain("name=\"level_COMMUNICATION\"");
    }

    @Test
    void aLeadOpensA360RoundOnThePersonsPageAndAnIncompleteFormIsExplained() {
        long person = personId(newJuniorWithPassword(PASSWORD));
        long peer = personId(newJuniorWithPassword(PASSWORD));
        var lead = new BrowserSession(port);
        lead.signIn("lead@pmo.example", "demo");
        String page = "/people/" + person + "/assessment-rounds";

        var incomplete = lead.submit(page, page, Map.of("title", "Soft skills", "dueOn", LocalDate.now().plusDays(9).toString(),
                "includeMe", "true"));
        var opened = lead.submit(page, page, Map.of("title", "Soft skills", "dueOn", LocalDate.now().plusDays(9).toString(),
                "includeMe", "true", "peers", String.valueOf(peer), "competencies", "NEGOTIATION"));

        assertThat(incomplete.status()).isEqualTo(200);
        assertThat(incomplete.body()).contains("at least one competency");
        assertThat(opened.status()).isEqualTo(302);
        assertThat(lead.get(opened.location().replaceFirst("^https?://[^/]+", "")).body())
                .contains("Soft skills", "Priya Natarajan · LEAD", "· PEER", "Close the round");
    }

    @Test
    void aLeadPairsAMentorOnTheMentoringPageAndIsToldWhenTheJuniorAlreadyHasOne() {
        long junior = personId(newJuniorWithPassword(PASSWORD));
        var lead = new BrowserSession(port);
        lead.signIn("lead@pmo.example", "demo");
        var fields = Map.of("menteeId", String.valueOf(junior), "mentorId", String.valueOf(personId("mentor2@pmo.example")));

        assertThat(lead.submit("/mentorships", "/mentorships", fields).status()).isEqualTo(302);
        var again = lead.submit("/mentorships", "/mentorships", fields);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("already has a current mentor");
        assertThat(api.get("/api/v1/mentorships", "lead@pmo.example").json().findValues("menteeId"))
                .extracting(JsonNode::asLong).containsOnlyOnce(junior);
    }

    @Test
    void theLadderEditorExplainsABadLevelAndChangesNothing() {
        var admin = new BrowserSession(port);
        admin.signIn("admin@pmo.example", "demo");
        String before = api.get("/api/v1/career-levels", "admin@pmo.example").body();
        String page = "/admin/career-ladder/PROJECT_MANAGER";
        assertThat(admin.get(page).body()).contains("Project Manager</span> asks for", "name=\"req_NEGOTIATION\"");

        var refused = admin.submit(page, page, Map.of("summary", "Runs projects", "req_NEGOTIATION", "9",
                "applies_MONTHS_IN_ROLE", "true", "months_MONTHS_IN_ROLE", "twelve", "description_MONTHS_IN_ROLE", "A year"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Nothing was changed", "required.NEGOTIATION", "criteria[0].months");
        assertThat(api.get("/api/v1/career-levels", "admin@pmo.example").body()).isEqualTo(before);
    }

    @Test
    void aBrokenFrameworkFileIsRefusedOnTheEditorPageWithItsLinesAndLeavesNoDraft() {
        api.delete("/api/v1/competency-framework/draft", "admin@pmo.example");
        var admin = new BrowserSession(port);
        admin.signIn("admin@pmo.example", "demo");
        String csv = String.join(",", FrameworkFiles.CSV_COLUMNS) + "\n"
                + "SOFT,Soft skills,LISTENING,Listening,Power Skills,Hears people,a,b,c,d,e\n"
                + "SOFT,Soft skills,LISTENING,Listening again,Power Skills,Hears people,a,b,c,d,e\n";

        var refused = admin.postMultipart("/admin/competencies/draft", "/admin/competencies/import", "mine.csv", csv);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("nothing was changed", "Line 3", "repeats the competency LISTENING");
        assertThat(api.get("/api/v1/competency-framework/draft", "admin@pmo.example").status()).isEqualTo(404);
    }
}
