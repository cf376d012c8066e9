package com.pmocareer.experience;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.BrowserSession;
import com.pmocareer.support.OnH2;
import com.pmocareer.support.RunningApplication;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The experience and mentoring pages, and their forms posted the way a browser posts them. */
@OnH2
class ExperiencePagesTest extends RunningApplication {

    static final String PASSWORD = "long-enough-pw-1";

    BrowserSession signedIn(String email, String password) {
        var session = new BrowserSession(port);
        session.signIn(email, password);
        return session;
    }

    long project(String code) {
        return jdbc.sql("SELECT id FROM project WHERE code = :code").param("code", code).query(Long.class).single();
    }

    @Test
    void theRegistryFiltersAndAProjectShowsItsTeamOnATimeline() {
        var lead = signedIn("lead@pmo.example", "demo");
        assertThat(lead.get("/projects?tag=hipaa").body()).contains("Clinical data warehouse").doesNotContain("Customer portal");
        assertThat(lead.get("/projects?q=zzzz").body()).contains("No project matches");
        String page = lead.get("/projects/" + project("INF-DC-25")).body();
        assertThat(page).contains("Data centre consolidation", "Liam Novak", "timeline-bar", "Assign someone");
        var junior = signedIn("junior2@pmo.example", "demo");
        String asJunior = junior.get("/projects/" + project("APP-PRT-3")).body();
        assertThat(asJunior).contains("Aisha Rahman", "2 other people work on this project").doesNotContain("Ravi Patel")
                .doesNotContain("Assign someone");
        assertThat(junior.get("/projects/new").status()).isEqualTo(403);
    }

    @Test
    void aLeadAddsAProjectAndARefusedFormKeepsWhatWasTyped() {
        var lead = signedIn("lead@pmo.example", "demo");
        var fields = new HashMap<String, String>(Map.of("code", "bad code!", "name", "Keep me typed", "type", "DATA",
                "methodology", "AGILE", "budgetBand", "UNDER_100K", "startsOn", "2026-01-01", "status", "ACTIVE"));
        var refused = lead.submit("/projects/new", "/projects", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("The code must be 2 to 40 letters", "Keep me typed");
        fields.put("code", "PG-" + System.nanoTime() % 100000);
        var created = lead.submit("/projects/new", "/projects", fields);
        assertThat(created.status()).isEqualTo(302);
        assertThat(lead.get(created.location()).body()).contains("Added", "Keep me typed");
    }

    @Test
    void aJuniorLogsExperienceOnTheirPageAndTheMentorConfirmsIt() {
        var liam = signedIn("junior@pmo.example", "demo");
        long id = personId("junior@pmo.example");
        String page = liam.get("/experience").location();
        assertThat(page).endsWith("/people/" + id + "/experience");
        String mine = liam.get("/people/" + id + "/experience").body();
        assertThat(mine).contains("months leading projects", "Not practised yet", "Closing", "Waiting for confirmation");
        var posted = liam.submit("/people/" + id + "/experience", "/people/" + id + "/experience", Map.of(
                "activity", "Closed the SOC project with a lessons-learned workshop", "processGroup", "CLOSING",
                "occurredOn", LocalDate.now().minusDays(1).toString(), "hours", "3",
                "projectId", String.valueOf(project("SEC-SOC-25"))));
        assertThat(posted.status()).isEqualTo(302);
        assertThat(liam.get("/people/" + id + "/experience").body()).contains("Logged 3 h");
        long entry = jdbc.sql("SELECT MAX(id) FROM experience_entry WHERE person_id = :p").param("p", id).query(Long.class).single();
        var sofia = signedIn("mentor@pmo.example", "demo");
        sofia.submit("/people/" + id + "/experience", "/experience/" + entry + "/confirmation", Map.of("accepted", "true"));
        assertThat(jdbc.sql("SELECT status FROM experience_entry WHERE id = :id").param("id", entry).query(String.class).single())
                .isEqualTo("CONFIRMED");
        var refused = liam.submit("/people/" + id + "/experience", "/people/" + id + "/experience", Map.of(
                "activity", "", "processGroup", "CLOSING", "occurredOn", "2099-01-01", "hours", "x"));
        assertThat(liam.get(refused.location()).body()).contains("Not saved: The hours must be a number");
    }

    @Test
    void theMentoringPagesShowTheJournalTheDirectoryAndTheMatchingBoard() {
        var liam = signedIn("junior@pmo.example", "demo");
        long mentorship = jdbc.sql("SELECT id FROM mentorship WHERE mentee_id = :p AND ended_on IS NULL")
                .param("p", personId("junior@pmo.example")).query(Long.class).single();
        String journal = liam.get("/mentorships/" + mentorship).body();
        assertThat(journal).contains("Preparing the steering committee", "Meet every 14 days", "Talked it through", "(overdue)");
        var lead = signedIn("lead@pmo.example", "demo");
        String asLead = lead.get("/mentorships/" + mentorship).body();
        assertThat(asLead).contains("Preparing the steering committee").doesNotContain("Talked it through");
        assertThat(liam.get("/mentors").body()).contains("Sofia Lindqvist", "1 free");
        assertThat(liam.get("/mentoring/matching").status()).isEqualTo(403);
        assertThat(lead.get("/mentoring/matching").body()).contains("Match juniors with mentors");
        var proposed = lead.submit("/mentoring/matching", "/mentoring/matching", Map.of());
        assertThat(proposed.status()).isEqualTo(302);
        String board = lead.get(proposed.location()).body();
        assertThat(board).contains("Aisha Rahman", "covers", "Publish the proposal");
        var sofia = signedIn("mentor@pmo.example", "demo");
        assertThat(sofia.get("/mentors/me").location()).endsWith("/mentors/" + personId("mentor@pmo.example"));
        assertThat(sofia.get("/mentors/" + personId("mentor@pmo.example")).body()).contains("Edit the profile");
        assertThat(signedIn("junior2@pmo.example", "demo").get("/mentoring/preferences").body()).contains("Stakeholder management");
    }

    @Test
    void theImportWizardPreviewsAPlanAndConfirmsItIntoAProject() throws Exception {
        var lead = signedIn("lead@pmo.example", "demo");
        assertThat(lead.get("/imports/ms-project").body()).contains("Upload the plan", "Read the plan");
        String xml = new String(ImportApiContract.mspdi(ImportApiContract.plan("Wizard plan", "junior4@pmo.example")),
                java.nio.charset.StandardCharsets.UTF_8);
        var preview = lead.postMultipart("/imports/ms-project", "/imports/ms-project", "wizard.xml", xml);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Wizard plan", "Design", "Hannah Weber", "External Consultant", "Confirm the import");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project WHERE name = 'Wizard plan'").query(Integer.class).single()).isZero();
        String token = preview.body().replaceAll("(?s).*action=\"/imports/ms-project/([0-9a-f-]{36})\".*", "$1");
        String resourceId = preview.body().replaceAll("(?s).*data-resource=\"Known Person\".*?name=\"person_([0-9]+)\".*", "$1");
        var tampered = lead.submit("/imports/ms-project/" + token, "/imports/ms-project/" + token, Map.of(
                "code", "WIZ-X", "type", "DATA", "methodology", "HYBRID", "budgetBand", "UNDER_100K",
                "person_" + resourceId, "not-a-number"));
        assertThat(tampered.status()).isEqualTo(302);
        assertThat(lead.get(tampered.location()).body()).contains("is mapped to something that is not a person and role");
        var confirmed = lead.submit("/imports/ms-project/" + token, "/imports/ms-project/" + token, Map.of(
                "code", "WIZ-" + System.nanoTime() % 100000, "name", "Wizard plan", "type", "DATA", "methodology", "HYBRID",
                "budgetBand", "UNDER_100K", "person_" + resourceId, String.valueOf(personId("junior4@pmo.example")),
                "role_" + resourceId, "OBSERVER"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
        assertThat(lead.get(confirmed.location()).body()).contains("Wizard plan", "Hannah Weber", "Created");
        var corrupt = lead.postMultipart("/imports/ms-project", "/imports/ms-project", "broken.xml", "<Project>");
        assertThat(corrupt.body()).contains("could not be read as an MS Project plan");
        assertThat(signedIn("junior@pmo.example", "demo").get("/imports/ms-project").status()).isEqualTo(403);
    }

    @Test
    void workProductsAndTheJiraPageAreReachable() {
        var liam = signedIn("junior@pmo.example", "demo");
        String mine = liam.get("/artifacts").body();
        assertThat(mine).contains("Steering committee status report", "Approved", "In review", "Submit for review");
        var sofia = signedIn("mentor@pmo.example", "demo");
        String queue = sofia.get("/artifacts").body();
        assertThat(queue).contains("Waiting for my review", "Data centre consolidation risk register");
        long register = jdbc.sql("SELECT id FROM artifact WHERE title = 'Data centre consolidation risk register'")
                .query(Long.class).single();
        assertThat(sofia.get("/artifacts/" + register).body()).contains("Review version 1", "Clarity", "Ask for a revision");
        assertThat(liam.get("/artifacts/" + register).body()).doesNotContain("Review version 1");
        var badScore = sofia.submit("/artifacts/" + register, "/artifacts/" + register + "/reviews",
                Map.of("decision", "APPROVED", "score_CLARITY", "x"));
        assertThat(sofia.get(badScore.location()).body()).contains("Not saved: The rubric must be a number");
        assertThat(jdbc.sql("SELECT status FROM artifact WHERE id = :id").param("id", register).query(String.class).single())
                .isEqualTo("IN_REVIEW");
        assertThat(liam.get("/imports/jira").body()).contains("Import a CSV export of sprints").doesNotContain("Add a Jira Cloud connection");
        assertThat(signedIn("lead@pmo.example", "demo").get("/imports/jira").body()).contains("Add a Jira Cloud connection");
        assertThat(signedIn("admin@pmo.example", "demo").get("/admin/rubrics").body()).contains("CLARITY | Clarity");
        assertThat(liam.get("/admin/rubrics").status()).isEqualTo(403);
    }
}
