package com.pmocareer.experience;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Projects, assignments, months leading projects and the experience log, through the API. */
abstract class ExperienceApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String LEAD = "lead@pmo.example";
    static final String MENTOR = "mentor@pmo.example";
    static final String JUNIOR = "junior@pmo.example";
    static final String JUNIOR2 = "junior2@pmo.example";

    static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> project(String code) {
        var body = new HashMap<String, Object>();
        body.put("code", code);
        body.put("name", "Network refresh " + code);
        body.put("type", "INFRASTRUCTURE");
        body.put("methodology", "PREDICTIVE");
        body.put("budgetBand", "UNDER_100K");
        body.put("startsOn", "2020-01-01");
        body.put("status", "ACTIVE");
        body.put("tags", List.of("gdpr"));
        return body;
    }

    long newProject() {
        var created = api.post("/api/v1/projects", LEAD, ApiClient.json(project(code())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    ApiClient.Response assign(long projectId, long personId, String role, String from, String to) {
        var body = new HashMap<String, Object>();
        body.put("personId", personId);
        body.put("role", role);
        body.put("allocation", 50);
        body.put("startsOn", from);
        body.put("endsOn", to);
        return api.post("/api/v1/projects/" + projectId + "/assignments", LEAD, ApiClient.json(body));
    }

    static Map<String, Object> entry(Long projectId, String processGroup, String ceremony, String role) {
        var body = new HashMap<String, Object>();
        body.put("projectId", projectId);
        body.put("occurredOn", LocalDate.now().minusDays(3).toString());
        body.put("hours", 2.5);
        body.put("processGroup", processGroup);
        body.put("activity", "Ran the risk workshop");
        body.put("ceremony", ceremony);
        body.put("ceremonyRole", role);
        return body;
    }

    int projects() {
        return jdbc.sql("SELECT COUNT(*) FROM project").query(Integer.class).single();
    }

    @Test
    void theDemoJuniorLedNineMonthsOverTwoOverlappingProjectsAndNeverClosedOne() {
        JsonNode months = api.get("/api/v1/people/" + personId(JUNIOR) + "/months-leading-projects", JUNIOR).json();
        assertThat(months.get("months").asInt()).isEqualTo(9);
        assertThat(months.get("stretches")).hasSize(1);
        JsonNode summary = api.get("/api/v1/people/" + personId(JUNIOR) + "/experience", JUNIOR).json().get("summary");
        assertThat(summary.get("monthsLeading").asInt()).isEqualTo(9);
        List<String> notPractised = new ArrayList<>();
        summary.get("groupsNotPractised").forEach(g -> notPractised.add(g.asString()));
        assertThat(notPractised).containsExactly("CLOSING");
        assertThat(summary.get("ceremoniesNotPractised")).hasSize(5);
        JsonNode ravi = api.get("/api/v1/people/" + personId("junior8@pmo.example") + "/experience", ADMIN).json().get("summary");
        assertThat(ravi.get("ceremonies").size()).isEqualTo(4);
        assertThat(ravi.get("ceremoniesNotPractised").get(0).asString()).isEqualTo("DAILY_STANDUP");
    }

    @Test
    void theCareerLadderCountsMonthsLeadingProjects() {
        JsonNode criteria = api.get("/api/v1/people/" + personId(JUNIOR) + "/readiness", LEAD).json().get("criteria");
        JsonNode leading = null;
        for (JsonNode c : criteria) {
            if (c.get("label").asString().contains("leading projects")) {
                leading = c;
            }
        }
        assertThat(leading).isNotNull();
        assertThat(leading.get("status").asString()).isEqualTo("MET");
        assertThat(leading.get("reason").asString()).startsWith("9 of 6 months leading projects");
    }

    @Test
    void overlappingAssignmentsCountOnceAndOnlyLeadingRolesCount() {
        long person = newPerson("lead-" + UUID.randomUUID() + "@example.com", "Alex Lead");
        long first = newProject();
        long second = newProject();
        assertThat(assign(first, person, "CO_PM", "2024-01-01", "2024-12-31").status()).isEqualTo(201);
        assertThat(assign(second, person, "PM", "2024-07-01", "2025-06-30").status()).isEqualTo(201);
        long third = newProject();
        assertThat(assign(third, person, "SHADOW", "2022-01-01", "2023-12-31").status()).isEqualTo(201);
        JsonNode months = api.get("/api/v1/people/" + person + "/months-leading-projects", ADMIN).json();
        assertThat(months.get("months").asInt()).isEqualTo(18);
    }

    @Test
    void onlyLeadsAndAdminsKeepTheRegistryAndARefusedProjectWritesNothing() {
        assertThat(api.post("/api/v1/projects", JUNIOR, ApiClient.json(project(code()))).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/projects", MENTOR, ApiClient.json(project(code()))).status()).isEqualTo(403);
        int before = projects();
        var bad = project("x");
        bad.put("name", " ");
        bad.put("endsOn", "2019-01-01");
        bad.put("tags", List.of("not a tag!"));
        var refused = api.post("/api/v1/projects", LEAD, ApiClient.json(bad));
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(p -> fields.add(p.get("field").asString()));
        assertThat(fields).contains("code", "name", "endsOn", "tags");
        assertThat(projects()).isEqualTo(before);
        String taken = code();
        assertThat(api.post("/api/v1/projects", ADMIN, ApiClient.json(project(taken))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects", ADMIN, ApiClient.json(project(taken))).json().get("errors").get(0)
                .get("message").asString()).isEqualTo("is taken by another project");
    }

    @Test
    void aStaleEditIsRefusedAndTagsAreNormalised() {
        long id = newProject();
        JsonNode project = api.get("/api/v1/projects/" + id, LEAD).json().get("project");
        assertThat(project.get("tags").get(0).asString()).isEqualTo("GDPR");
        var edit = project(project.get("code").asString());
        edit.put("name", "Renamed");
        edit.put("version", project.get("version").asLong());
        assertThat(api.put("/api/v1/projects/" + id, LEAD, ApiClient.json(edit)).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + id, LEAD, ApiClient.json(edit)).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/projects/" + id, JUNIOR).json().get("project").get("name").asString()).isEqualTo("Renamed");
    }

    @Test
    void aPersonHasOneAssignmentPerProjectAtATime() {
        long person = newPerson("one-" + UUID.randomUUID() + "@example.com", "Una Once");
        long id = newProject();
        var first = assign(id, person, "SHADOW", "2025-01-01", "2025-06-30");
        assertThat(first.status()).isEqualTo(201);
        assertThat(assign(id, person, "CO_PM", "2025-06-01", null).status()).isEqualTo(409);
        assertThat(assign(id, person, "CO_PM", "2025-07-01", null).status()).isEqualTo(201);
        var bad = assign(id, person, null, "2025-07-01", "2025-01-01");
        assertThat(bad.status()).isEqualTo(400);
        var change = new HashMap<String, Object>(Map.of("role", "OBSERVER", "allocation", 20, "startsOn", "2025-01-01",
                "endsOn", "2025-05-31", "version", first.json().get("version").asLong()));
        var changed = api.put("/api/v1/assignments/" + first.json().get("id").asLong(), LEAD, ApiClient.json(change));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("role").asString()).isEqualTo("OBSERVER");
        assertThat(api.put("/api/v1/assignments/" + first.json().get("id").asLong(), JUNIOR, ApiClient.json(change)).status())
                .isIn(403, 404);
    }

    @Test
    void aJuniorSeesOnlyThemselvesOnTheTeamAndHowManyOthersThereAre() {
        long portal = jdbc.sql("SELECT id FROM project WHERE code = 'APP-PRT-3'").query(Long.class).single();
        JsonNode page = api.get("/api/v1/projects/" + portal, JUNIOR2).json();
        assertThat(page.get("team")).hasSize(1);
        assertThat(page.get("team").get(0).get("personId").asLong()).isEqualTo(personId(JUNIOR2));
        assertThat(page.get("othersOnTeam").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/projects/" + portal, LEAD).json().get("team")).hasSize(3);
        assertThat(api.get("/api/v1/people/" + personId("junior8@pmo.example") + "/assignments", JUNIOR2).status()).isEqualTo(404);
    }

    @Test
    void peopleOnAHipaaProjectMustTakeTheHipaaTraining() {
        long hipaa = jdbc.sql("SELECT id FROM compliance_requirement WHERE code = 'HIPAA'").query(Long.class).single();
        List<Long> required = new ArrayList<>();
        for (String email : List.of("junior3@pmo.example", "junior11@pmo.example", JUNIOR)) {
            for (JsonNode cell : api.get("/api/v1/people/" + personId(email) + "/compliance", ADMIN).json()) {
                if (cell.get("requirementId").asLong() == hipaa) {
                    required.add(personId(email));
                }
            }
        }
        assertThat(required).containsExactlyInAnyOrder(personId("junior3@pmo.example"), personId("junior11@pmo.example"));
    }

    @Test
    void aJuniorLogsExperienceAndTheMentorConfirmsItIntoEvidence() {
        String junior = newJuniorWithPassword("Experience-2026!");
        long juniorId = personId(junior);
        String mentor = newMentorWithPassword("Mentoring-2026!");
        assertThat(api.post("/api/v1/mentorships", LEAD, ApiClient.json(Map.of("mentorId", personId(mentor),
                "menteeId", juniorId))).status()).isEqualTo(201);
        long id = newProject();
        var refused = api.post("/api/v1/people/" + juniorId + "/experience", junior,
                ApiClient.json(entry(id, "PLANNING", null, null)));
        assertThat(refused.status()).as("not on that project").isEqualTo(400);
        assign(id, juniorId, "SHADOW", "2026-01-01", null);
        var logged = api.post("/api/v1/people/" + juniorId + "/experience", junior,
                ApiClient.json(entry(id, "EXECUTING", "RETROSPECTIVE", "FACILITATED")));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        long entryId = logged.json().get("id").asLong();
        assertThat(api.post("/api/v1/people/" + personId(JUNIOR) + "/experience", junior,
                ApiClient.json(entry(null, "PLANNING", null, null))).status()).isIn(403, 404);
        assertThat(api.post("/api/v1/experience/" + entryId + "/confirmation", junior, "{\"accepted\":true}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/experience/" + entryId + "/confirmation", MENTOR, "{\"accepted\":true}").status())
                .as("not their mentee").isIn(403, 404);
        var confirmed = api.post("/api/v1/experience/" + entryId + "/confirmation", mentor, "{\"accepted\":true}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(api.post("/api/v1/experience/" + entryId + "/confirmation", mentor, "{\"accepted\":true}").status())
                .isEqualTo(409);
        assertThat(api.delete("/api/v1/experience/" + entryId, junior).status()).as("evidence stays").isEqualTo(409);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT competency_code FROM competency_evidence WHERE person_id = :p AND source = 'EXPERIENCE'""")
                .param("p", juniorId).query(String.class).list())
                .containsExactlyInAnyOrder("LEADERSHIP", "COMMUNICATION", "COLLABORATION", "AGILE_CEREMONIES", "SCRUM"));
        JsonNode summary = api.get("/api/v1/people/" + juniorId + "/experience", mentor).json().get("summary");
        assertThat(summary.get("hoursByGroup").get("EXECUTING").asDouble()).isEqualTo(2.5);
        assertThat(summary.get("confirmedHours").asDouble()).isEqualTo(2.5);
        assertThat(summary.get("ceremonies").get(0).get("facilitated").asInt()).isEqualTo(1);
    }

    @Test
    void badEntriesAreRefusedWithEveryReasonAndWriteNothing() {
        String junior = newJuniorWithPassword("Experience-2026!");
        long juniorId = personId(junior);
        var bad = new HashMap<String, Object>();
        bad.put("occurredOn", LocalDate.now().plusDays(1).toString());
        bad.put("hours", 0);
        bad.put("activity", "");
        bad.put("ceremony", "RETROSPECTIVE");
        var refused = api.post("/api/v1/people/" + juniorId + "/experience", junior, ApiClient.json(bad));
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(p -> fields.add(p.get("field").asString()));
        assertThat(fields).contains("occurredOn", "hours", "processGroup", "activity", "ceremonyRole");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM experience_entry WHERE person_id = :p").param("p", juniorId)
                .query(Integer.class).single()).isZero();
        var unconfirmed = api.post("/api/v1/people/" + juniorId + "/experience", junior,
                ApiClient.json(entry(null, "CLOSING", null, null)));
        assertThat(api.delete("/api/v1/experience/" + unconfirmed.json().get("id").asLong(), junior).status()).isEqualTo(204);
    }

    @Test
    void theLogIsPagedNewestFirstAndFiltersByStatus() {
        long liam = personId(JUNIOR);
        JsonNode page = api.get("/api/v1/people/" + liam + "/experience?size=10", MENTOR).json().get("entries");
        assertThat(page.get("content")).hasSize(10);
        assertThat(page.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(50);
        JsonNode waiting = api.get("/api/v1/people/" + liam + "/experience?status=LOGGED", MENTOR).json().get("entries");
        waiting.get("content").forEach(e -> assertThat(e.get("status").asString()).isEqualTo("LOGGED"));
        assertThat(api.get("/api/v1/people/" + liam + "/experience", JUNIOR2).status()).isEqualTo(404);
    }
}
