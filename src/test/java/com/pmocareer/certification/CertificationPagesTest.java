package com.pmocareer.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.BrowserSession;
import com.pmocareer.support.OnH2;
import com.pmocareer.support.RunningApplication;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The certification pages, and their forms posted the way a browser posts them. */
@OnH2
class CertificationPagesTest extends RunningApplication {

    static final String PASSWORD = "long-enough-pw-1";

    BrowserSession signedIn(String email, String password) {
        var session = new BrowserSession(port);
        session.signIn(email, password);
        return session;
    }

    long credential(String email, String code) {
        return jdbc.sql("SELECT c.id FROM credential c JOIN certification_type t ON t.id = c.type_id WHERE c.person_id = :p AND t.code = :code")
                .param("p", personId(email)).param("code", code).query(Long.class).single();
    }

    @Test
    void liamSeesHisCapmCycleRuleByRuleWithTheForecast() {
        var liam = signedIn("junior@pmo.example", "demo");
        long id = personId("junior@pmo.example");
        String mine = liam.get("/people/" + id + "/certifications").body();
        assertThat(mine).contains("Certified Associate in Project Management", "data-status=\"ACTIVE\"", "Project Management Professional");
        String ledger = liam.get("/people/" + id + "/certifications/" + credential("junior@pmo.example", "CAPM")).body();
        assertThat(ledger).contains("This cycle, rule by rule", "data-rule=\"Business Acumen\"", "data-met=\"false\"", "At your pace",
                "Export claim list (CSV)", "Stakeholder communication webinar series", "<option value=\"EXAM\">Re-exam</option>")
                .as("CAPM renews by units or re-exam, not by a fee alone").doesNotContain("value=\"FEE\"");
        assertThat(liam.get("/people/" + personId("junior2@pmo.example") + "/certifications").status()).isEqualTo(404);
    }

    @Test
    void aClaimOnThePageCountsAndARefusedOneSaysWhy() {
        String email = newJuniorWithPassword(PASSWORD);
        long id = personId(email);
        var junior = signedIn(email, PASSWORD);
        var recorded = junior.submit("/people/" + id + "/certifications", "/people/" + id + "/certifications",
                Map.of("typeCode", "CSM", "earnedOn", LocalDate.now().minusMonths(3).toString(), "credentialNumber", "000111"));
        assertThat(junior.get(recorded.location()).body()).contains("Recorded Certified ScrumMaster, valid until");
        var fields = new HashMap<String, String>(Map.of("title", "Scrum gathering", "earnedOn", LocalDate.now().minusDays(2).toString(),
                "hours", "6", "unit_SEU", "6"));
        var refused = junior.submit("/people/" + id + "/pdus", "/people/" + id + "/pdus", fields);
        assertThat(junior.get(refused.location()).body()).contains("Not saved: The evidence attach a certificate or give a link to it");
        fields.put("evidenceUrl", "https://evidence.example/gathering");
        var claimed = junior.submit("/people/" + id + "/pdus", "/people/" + id + "/pdus", fields);
        String page = junior.get(claimed.location()).body();
        assertThat(page).contains("Claimed: Scrum gathering. It counts for CSM.", "CSM 6");
        String ledger = junior.get("/people/" + id + "/certifications/" + credential(email, "CSM")).body();
        assertThat(ledger).contains("Scrum gathering", "data-rule=\"Total SEUs\"");
    }

    @Test
    void aRefusedRuleEditKeepsWhatTheAdminTyped() {
        var admin = signedIn("admin@pmo.example", "demo");
        String pmp = admin.get("/admin/certifications/PMP").body();
        assertThat(pmp).contains("name=\"rules[0].within\" value=\"\"", "name=\"rules[5].within\" value=\"5\"",
                "name=\"checkedOn\" value=\"2026-11-26\"");
        String code = "T" + (System.nanoTime() % 100000);
        var fields = new HashMap<String, String>(Map.of("code", code, "name", "Keep me typed", "issuer", "Test body",
                "level", "FOUNDATION", "validityMonths", "24", "unitsRequired", "20", "accepted", "SEU", "source", "a test",
                "checkedOn", LocalDate.now().toString(), "ruleStatus", "TO_BE_CONFIRMED"));
        fields.put("rules[0].kind", "MINIMUM");
        fields.put("rules[0].label", "Power Skills");
        fields.put("rules[0].categories", "PDU_POWER_SKILLS");
        fields.put("rules[0].amount", "5");
        var refused = admin.submit("/admin/certifications/new", "/admin/certifications/new", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("may only name categories that count for the credential", "Keep me typed");
        fields.put("rules[0].categories", "SEU");
        var saved = admin.submit("/admin/certifications/new", "/admin/certifications/new", fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/certifications/catalog").body()).contains("Keep me typed", "Power Skills: at least 5");
    }

    @Test
    void theLeadSeesWhatExpiresWhoIsEligibleAndTheBudget() {
        var lead = signedIn("lead@pmo.example", "demo");
        String team = lead.get("/certifications/team").body();
        assertThat(team).contains("Tomás García", "Certified ScrumMaster", "Digital &amp; Applications Delivery",
                "data-person=\"Ravi Patel\"", "from " + LocalDate.now().plusMonths(1));
        String eligibility = lead.get("/people/" + personId("junior8@pmo.example") + "/eligibility?type=PMP").body();
        assertThat(eligibility).contains("35 months", "Earliest at the current pace: " + LocalDate.now().plusMonths(1));
        assertThat(signedIn("junior2@pmo.example", "demo").get("/certifications/team").status()).isEqualTo(403);
    }
}
