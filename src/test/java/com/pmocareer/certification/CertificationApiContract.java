package com.pmocareer.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Types, credentials, the ledger from real completions, claims, renewal, eligibility, goals and budgets — through the API. */
abstract class CertificationApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String LEAD = "lead@pmo.example";
    static final String JUNIOR2 = "junior2@pmo.example";
    static final LocalDate TODAY = LocalDate.now();

    ApiClient.Response record(String email, String type, LocalDate earnedOn) {
        return api.post("/api/v1/people/" + personId(email) + "/certifications", email,
                ApiClient.json(Map.of("typeCode", type, "earnedOn", earnedOn.toString(), "credentialNumber", "N-1")));
    }

    ApiClient.Response claim(String email, LocalDate on, String hours, Map<String, String> units) {
        var body = new HashMap<String, Object>();
        body.put("title", "Claimed " + UUID.randomUUID());
        body.put("earnedOn", on.toString());
        body.put("hours", hours);
        body.put("units", units);
        body.put("evidenceUrl", "https://evidence.example/" + UUID.randomUUID());
        return api.post("/api/v1/people/" + personId(email) + "/pdus", email, ApiClient.json(body));
    }

    JsonNode ledger(String email, long credentialId) {
        var response = api.get("/api/v1/people/" + personId(email) + "/certifications/" + credentialId + "/pdu-ledger", email);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode rule(JsonNode ledger, String label) {
        for (JsonNode rule : ledger.get("cycle").get("rules")) {
            if (rule.get("label").asString().equals(label)) {
                return rule;
            }
        }
        throw new AssertionError("No rule " + label + " in " + ledger);
    }

    @Test
    void theCatalogShipsTheReferenceRulesWithTheirSources() {
        JsonNode pmp = api.get("/api/v1/certification-types/PMP", JUNIOR2).json();
        assertThat(pmp.get("policy").get("unitsRequired").decimalValue()).isEqualByComparingTo("60");
        assertThat(pmp.get("policy").get("carryOverMax").decimalValue()).isEqualByComparingTo("20");
        assertThat(pmp.get("routes")).hasSize(3);
        JsonNode rules = pmp.get("policy").get("rules");
        assertThat(rules.get(0).get("within").isNull()).as("Education sits within nothing").isTrue();
        assertThat(rules.get(5).get("label").asString()).isEqualTo("Working as a Professional");
        assertThat(rules.get(5).get("within").asInt()).as("inside Giving Back, the fifth rule").isEqualTo(5);
        assertThat(pmp.get("routes").get(0).get("monthsExperience").asInt()).isEqualTo(36);
        assertThat(pmp.get("routes").get(0).get("windowMonths").asInt()).isEqualTo(96);
        assertThat(pmp.get("source").asString()).contains("pmimassbay.org");
        assertThat(api.get("/api/v1/certification-types", JUNIOR2).json()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(api.get("/api/v1/certification-types/PSM_I", JUNIOR2).json().get("policy").get("validityMonths").isNull()).isTrue();
    }

    @Test
    void aCompletedCourseBringsItsPdusAndTheShortfallShrinks() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        var capm = record(email, "CAPM", TODAY.minusMonths(1));
        assertThat(capm.status()).as(capm.body()).isEqualTo(201);
        assertThat(capm.json().get("cycleEnd").asString()).isEqualTo(TODAY.minusMonths(1).plusMonths(36).minusDays(1).toString());
        long credential = capm.json().get("id").asLong();
        assertThat(rule(ledger(email, credential), "Total PDUs").get("missing").decimalValue()).isEqualByComparingTo("15");
        assertThat(capm.json().get("manualRenewals").toString()).isEqualTo("[\"EXAM\"]");
        var byFee = api.post("/api/v1/people/" + personId(email) + "/certifications/" + credential + "/renewals", email,
                "{\"route\":\"FEE\"}");
        assertThat(byFee.status()).isEqualTo(400);
        assertThat(byFee.body()).contains("is not renewed that way");

        String token = api.post("/api/v1/admin/integration-tokens", ADMIN, "{\"name\":\"ledger test\"}").json().get("token").asString();
        String statement = ApiClient.json(Map.of("id", UUID.randomUUID().toString(),
                "actor", Map.of("mbox", "mailto:" + email, "objectType", "Agent"),
                "verb", Map.of("id", "http://adlnet.gov/expapi/verbs/completed", "display", Map.of("en-US", "completed")),
                "object", Map.of("id", "https://lms.pmo.example/activities/security-awareness-2026", "objectType", "Activity"),
                "timestamp", OffsetDateTime.now().minusDays(1).toString()));
        assertThat(api.withTokenAndBody("POST", "/api/v1/xapi/statements", token, statement).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("/api/v1/people/" + personId(email) + "/pdus", email).json().get("content")).hasSize(1));
        JsonNode entry = api.get("/api/v1/people/" + personId(email) + "/pdus", email).json().get("content").get(0);
        assertThat(entry.get("source").asString()).isEqualTo("COURSE");
        assertThat(entry.get("units").get("PDU_BUSINESS_ACUMEN").decimalValue()).isEqualByComparingTo("1");
        assertThat(entry.get("countsFor").get("CAPM").decimalValue()).isEqualByComparingTo("1");
        JsonNode after = ledger(email, credential);
        assertThat(rule(after, "Total PDUs").get("missing").decimalValue()).isEqualByComparingTo("14");
        assertThat(after.get("countedEntries")).hasSize(1);
        assertThat(after.get("forecast").get("summary").asString()).contains("PDUs a month");
    }

    @Test
    void oneWorkshopCountsForEveryCredentialThatAcceptsItsCategories() throws Exception {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long pmp = record(email, "PMP", TODAY.minusMonths(6)).json().get("id").asLong();
        long csm = record(email, "CSM", TODAY.minusMonths(6)).json().get("id").asLong();
        var claimed = claim(email, TODAY.minusDays(3), "7", Map.of("PDU_WAYS_OF_WORKING", "7", "SEU", "7"));
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        assertThat(claimed.json().get("countsFor").get("PMP").decimalValue()).isEqualByComparingTo("7");
        assertThat(claimed.json().get("countsFor").get("CSM").decimalValue()).isEqualByComparingTo("7");
        assertThat(rule(ledger(email, pmp), "Ways of Working").get("counted").decimalValue()).isEqualByComparingTo("7");
        assertThat(rule(ledger(email, csm), "Total SEUs").get("counted").decimalValue()).isEqualByComparingTo("7");

        var csv = api.get("/api/v1/people/" + personId(email) + "/certifications/" + pmp + "/claims.csv", email);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.body())).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("Category")).isEqualTo("Ways of Working");
        assertThat(rows.get(0).get("Units counted")).isEqualTo("7");
    }

    @Test
    void confirmedProjectWorkCountsAsWorkingAsAProfessionalAndAsPeopleCertExperience() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long person = personId(email);
        long pmp = record(email, "PMP", TODAY.minusMonths(6)).json().get("id").asLong();
        var body = new HashMap<String, Object>(Map.of("occurredOn", TODAY.minusDays(2).toString(), "hours", 12,
                "processGroup", "PLANNING", "activity", "Wrote the schedule baseline"));
        var logged = api.post("/api/v1/people/" + person + "/experience", email, ApiClient.json(body));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        long entry = logged.json().get("id").asLong();
        assertThat(api.get("/api/v1/people/" + person + "/pdus", email).json().get("content")).as("not before it is confirmed").isEmpty();
        assertThat(api.post("/api/v1/experience/" + entry + "/confirmation", LEAD, "{\"accepted\":true}").status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("/api/v1/people/" + person + "/pdus", email).json().get("content")).hasSize(1));
        JsonNode units = api.get("/api/v1/people/" + person + "/pdus", email).json().get("content").get(0).get("units");
        assertThat(units.get("WORKING_AS_PROFESSIONAL").decimalValue()).isEqualByComparingTo("12");
        assertThat(units.get("CPD_PROFESSIONAL_EXPERIENCE").decimalValue()).isEqualByComparingTo("12");
        JsonNode professional = rule(ledger(email, pmp), "Working as a Professional");
        assertThat(professional.get("raw").decimalValue()).isEqualByComparingTo("12");
        assertThat(professional.get("counted").decimalValue()).as("capped at 8 a cycle").isEqualByComparingTo("8");
    }

    @Test
    void badClaimsAreRefusedAndChangeNothing() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long person = personId(email);
        var body = new HashMap<String, Object>(Map.of("title", "Conference", "earnedOn", TODAY.toString(), "hours", "4",
                "units", Map.of("PDU_POWER_SKILLS", "4")));
        var noEvidence = api.post("/api/v1/people/" + person + "/pdus", email, ApiClient.json(body));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.body()).contains("evidence");
        var tooMany = claim(email, TODAY, "2", Map.of("PDU_POWER_SKILLS", "3"));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(claim(email, TODAY.plusDays(1), "2", Map.of("PDU_POWER_SKILLS", "2")).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/people/" + personId("junior@pmo.example") + "/pdus", email, ApiClient.json(body)).status())
                .as("nobody claims for someone else, nor sees them").isEqualTo(404);
        assertThat(api.get("/api/v1/people/" + person + "/pdus", email).json().get("content")).isEmpty();
        assertThat(record(email, "PMP", TODAY.plusDays(2)).status()).isEqualTo(400);
        assertThat(record(email, "NOT_A_TYPE", TODAY).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/people/" + person + "/certifications", email).json().get("credentials")).isEmpty();
    }

    @Test
    void meetingEveryRuleRenewsTheCredentialAndCarriesTheLateSurplusOver() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        LocalDate earned = TODAY.minusMonths(35);
        long pmp = record(email, "PMP", earned).json().get("id").asLong();
        claim(email, earned.plusMonths(2), "59", Map.of("PDU_WAYS_OF_WORKING", "19", "PDU_POWER_SKILLS", "10", "PDU_BUSINESS_ACUMEN", "10",
                "PDU_GIVING_BACK", "20"));
        var before = ledger(email, pmp);
        assertThat(before.get("credential").get("cycleNumber").asInt()).isEqualTo(1);
        assertThat(rule(before, "Total PDUs").get("missing").decimalValue()).isEqualByComparingTo("1");
        assertThat(rule(before, "Education").get("missing").decimalValue()).isEqualByComparingTo("0");
        // The claim that meets every rule renews at once; what it brings above 60 in the cycle's last year carries over.
        claim(email, TODAY.minusDays(10), "16", Map.of("PDU_POWER_SKILLS", "16"));
        var after = ledger(email, pmp);
        assertThat(after.get("credential").get("cycleNumber").asInt()).isEqualTo(2);
        assertThat(after.get("credential").get("cycleStart").asString()).isEqualTo(earned.plusMonths(36).toString());
        assertThat(after.get("pastCycles").get(0).get("route").asString()).isEqualTo("UNITS");
        assertThat(after.get("cycle").get("carriedIn").decimalValue()).isEqualByComparingTo("15");
        assertThat(rule(after, "Total PDUs").get("counted").decimalValue()).isEqualByComparingTo("15");
    }

    @Test
    void eligibilityNamesEachRequirementWithItsSourceAndTheEarliestDate() {
        var ravi = api.get("/api/v1/people/" + personId("junior8@pmo.example") + "/eligibility/PMP", LEAD);
        assertThat(ravi.status()).isEqualTo(200);
        assertThat(ravi.json().get("eligible").asBoolean()).isFalse();
        assertThat(ravi.json().get("earliest").asString()).isEqualTo(TODAY.plusMonths(1).toString());
        JsonNode months = ravi.json().get("routes").get(0).get("requirements").get(1);
        assertThat(months.get("have").asString()).isEqualTo("35 months");
        assertThat(months.get("source").asString()).contains("overlaps counted once");
        assertThat(api.get("/api/v1/people/" + personId("junior8@pmo.example") + "/eligibility/PMP", JUNIOR2).status()).isEqualTo(404);

        String email = newJuniorWithPassword("long-enough-pw-1");
        jdbc.sql("UPDATE person SET education_level = 'SECONDARY' WHERE email = :e").param("e", email).update();
        assertThat(api.get("/api/v1/people/" + personId(email) + "/eligibility/CAPM", email).json().get("eligible").asBoolean()).isFalse();
        var body = new HashMap<String, Object>(Map.of("title", "CAPM exam prep", "earnedOn", TODAY.minusDays(5).toString(), "hours", "23",
                "units", Map.of(), "pmEducation", true, "evidenceUrl", "https://evidence.example/capm"));
        assertThat(api.post("/api/v1/people/" + personId(email) + "/pdus", email, ApiClient.json(body)).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/people/" + personId(email) + "/eligibility/CAPM", email).json().get("eligible").asBoolean()).isTrue();
    }

    @Test
    void goalCostsNeedTheLeadsApprovalWithinTheTeamBudgetAndAPassRecordsTheCredential() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long person = personId(email);
        var goal = api.post("/api/v1/people/" + person + "/certification-goals", email, ApiClient.json(Map.of("typeCode", "PSM_I",
                "plannedExamOn", TODAY.plusDays(20).toString(), "examCost", "180", "courseCost", "0")));
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        assertThat(goal.json().get("budgetStatus").asString()).isEqualTo("REQUESTED");
        long goalId = goal.json().get("id").asLong();
        String decide = "/api/v1/people/" + person + "/certification-goals/" + goalId + "/budget-decision";
        assertThat(api.post(decide, email, "{\"approved\":true}").status()).as("not one's own").isEqualTo(403);
        long unit = jdbc.sql("SELECT org_unit_id FROM person WHERE id = :id").param("id", person).query(Long.class).single();
        int year = TODAY.plusDays(20).getYear();
        assertThat(api.put("/api/v1/certification-budgets/" + unit + "/" + year, LEAD, "{\"amount\":0}").status()).isEqualTo(200);
        var overBudget = api.post(decide, LEAD, "{\"approved\":true}");
        assertThat(overBudget.status()).isEqualTo(409);
        assertThat(overBudget.body()).contains("left");
        long version = -1;
        for (JsonNode budget : api.get("/api/v1/certification-budgets?year=" + year, LEAD).json()) {
            if (budget.get("orgUnitId").asLong() == unit) {
                version = budget.get("version").asLong();
            }
        }
        assertThat(api.put("/api/v1/certification-budgets/" + unit + "/" + year, LEAD, "{\"amount\":100000,\"version\":" + (version + 7) + "}")
                .status()).as("a stale budget edit").isEqualTo(409);
        var raised = api.put("/api/v1/certification-budgets/" + unit + "/" + year, LEAD, "{\"amount\":100000,\"version\":" + version + "}");
        assertThat(raised.status()).as(raised.body()).isEqualTo(200);
        assertThat(api.post(decide, LEAD, "{\"approved\":true}").json().get("budgetStatus").asString()).isEqualTo("APPROVED");

        String progress = "/api/v1/people/" + person + "/certification-goals/" + goalId + "/progress";
        assertThat(api.post(progress, email, "{\"status\":\"PASSED\"}").status()).as("not from PLANNED").isEqualTo(400);
        assertThat(api.post(progress, email, "{\"status\":\"BOOKED\"}").status()).isEqualTo(200);
        var passed = api.post(progress, email, "{\"status\":\"PASSED\",\"on\":\"" + TODAY + "\"}");
        assertThat(passed.json().get("attempts").asInt()).isEqualTo(1);
        JsonNode held = api.get("/api/v1/people/" + person + "/certifications", email).json().get("credentials");
        assertThat(held).hasSize(1);
        assertThat(held.get(0).get("typeCode").asString()).isEqualTo("PSM_I");
        assertThat(held.get(0).get("status").asString()).isEqualTo("LIFETIME");
    }

    @Test
    void theDailyScanWarnsOfExpiryAndOfShortfallsAtTheCurrentPace() {
        var run = api.post("/api/v1/admin/scans/" + CertificationReminderScan.SCAN + "/run", ADMIN, "{}");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        long tomas = personId("junior3@pmo.example");
        List<String> titles = jdbc.sql("SELECT title FROM notification WHERE person_id = :p AND kind IN ('CREDENTIAL_EXPIRING', 'PDU_SHORTFALL')")
                .param("p", tomas).query(String.class).list();
        assertThat(titles).anyMatch(t -> t.startsWith("Certified ScrumMaster expires in 20 days"));
        assertThat(titles).anyMatch(t -> t.startsWith("Certified ScrumMaster: short of SEUs"));
        int sent = titles.size();
        api.post("/api/v1/admin/scans/" + CertificationReminderScan.SCAN + "/run", ADMIN, "{}");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND kind IN ('CREDENTIAL_EXPIRING', 'PDU_SHORTFALL')")
                .param("p", tomas).query(Integer.class).single()).as("a second run the same day repeats nothing").isEqualTo(sent);
    }

    @Test
    void adminsKeepTheRulesAndBadRulesAreRefused() {
        String code = "T_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var type = new HashMap<String, Object>(Map.of("code", code, "issuer", "Test body", "name", "Test credential", "level", "FOUNDATION",
                "validityMonths", 36, "unitName", "PDUs", "unitsRequired", 30, "ruleStatus", "TO_BE_CONFIRMED", "source", "test"));
        type.put("accepted", List.of("PDU_GIVING_BACK", "WORKING_AS_PROFESSIONAL"));
        type.put("checkedOn", TODAY.toString());
        type.put("rules", List.of(Map.of("kind", "CAP", "label", "Outer", "categories", List.of("PDU_GIVING_BACK"), "amount", 10),
                Map.of("kind", "CAP", "label", "Inner", "categories", List.of("WORKING_AS_PROFESSIONAL"), "amount", 5, "within", 1)));
        assertThat(api.put("/api/v1/certification-types/" + code, LEAD, ApiClient.json(type)).status()).isEqualTo(403);
        var refused = api.put("/api/v1/certification-types/" + code, ADMIN, ApiClient.json(type));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("rules[1].categories");
        assertThat(api.get("/api/v1/certification-types/" + code, ADMIN).status()).isEqualTo(404);
        type.put("rules", List.of(Map.of("kind", "CAP", "label", "Outer", "categories", List.of("PDU_GIVING_BACK", "WORKING_AS_PROFESSIONAL"), "amount", 10),
                Map.of("kind", "CAP", "label", "Inner", "categories", List.of("WORKING_AS_PROFESSIONAL"), "amount", 5, "within", 1)));
        var created = api.put("/api/v1/certification-types/" + code, ADMIN, ApiClient.json(type));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        type.put("version", 99);
        assertThat(api.put("/api/v1/certification-types/" + code, ADMIN, ApiClient.json(type)).status()).isEqualTo(409);
    }
}
