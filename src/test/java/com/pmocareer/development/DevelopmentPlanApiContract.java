package com.pmocareer.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Development plans through the API: SMART checks, the draft → submit → approve flow, and who may do what. */
abstract class DevelopmentPlanApiContract extends RunningApplication {

    static final String LEAD = "lead@pmo.example";
    static final String MENTOR = "mentor@pmo.example";

    record Junior(long id, String email) {
    }

    Junior pairedJunior() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        var junior = new Junior(personId(email), email);
        api.post("/api/v1/mentorships", LEAD, ApiClient.json(Map.of("mentorId", personId(MENTOR), "menteeId", junior.id())));
        return junior;
    }

    static String goal(String code, int target, LocalDate due) {
        return ApiClient.json(Map.of("title", "Lead the vendor negotiation", "measure", "Mentor observes and rates it",
                "competencyCode", code, "targetLevel", target, "dueOn", due.toString(),
                "actions", java.util.List.of(Map.of("kind", "COURSE", "description", "Negotiation for IT PMs"))));
    }

    static LocalDate withinTheCycle() {
        var today = LocalDate.now();
        var end = Cycle.of(today).end();
        return today.plusDays(7).isAfter(end) ? end : today.plusDays(7);
    }

    JsonNode plan(Junior junior, String as) {
        return api.get("/api/v1/people/" + junior.id() + "/development-plan", as).json();
    }

    @Test
    void aJuniorDraftsSubmitsAndTheirMentorApproves() {
        var junior = pairedJunior();
        var added = api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", junior.email(),
                goal("NEGOTIATION", 3, withinTheCycle()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().get("actions").get(0).get("kind").asString()).isEqualTo("COURSE");

        var draft = plan(junior, junior.email());
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(api.post("/api/v1/people/" + junior.id() + "/development-plan/approve", MENTOR,
                "{\"version\":" + draft.get("version").asLong() + "}").status()).isEqualTo(409);
        assertThat(api.post("/api/v1/people/" + junior.id() + "/development-plan/submit", MENTOR,
                "{\"version\":" + draft.get("version").asLong() + "}").status()).isEqualTo(403);

        var submitted = api.post("/api/v1/people/" + junior.id() + "/development-plan/submit", junior.email(),
                "{\"version\":" + draft.get("version").asLong() + "}").json();
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(api.post("/api/v1/people/" + junior.id() + "/development-plan/approve", junior.email(),
                "{\"version\":" + submitted.get("version").asLong() + "}").status()).isEqualTo(403);
        var approved = api.post("/api/v1/people/" + junior.id() + "/development-plan/approve", MENTOR,
                "{\"version\":" + submitted.get("version").asLong() + "}").json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedBy").asString()).isEqualTo("Sofia Lindqvist");

        api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", junior.email(), goal("RISK", 3, withinTheCycle()));
        assertThat(plan(junior, junior.email()).get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void aGoalThatIsNotSmartIsRefusedFieldByField() {
        var junior = pairedJunior();
        api.post("/api/v1/people/" + junior.id() + "/assessments", MENTOR, "{\"competencyCode\":\"RISK\",\"level\":3}");

        var past = api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", junior.email(),
                goal("RISK", 3, LocalDate.now().minusDays(1)));
        var unknown = api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", junior.email(),
                goal("ASTROLOGY", 3, withinTheCycle()));
        var late = api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", junior.email(),
                goal("NEGOTIATION", 3, Cycle.of(LocalDate.now()).end().plusDays(1)));

        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().findValuesAsString("field")).containsExactlyInAnyOrder("targetLevel", "dueOn");
        assertThat(unknown.json().findValuesAsString("field")).containsExactly("competencyCode");
        assertThat(late.json().findValuesAsString("field")).containsExactly("dueOn");
        assertThat(plan(junior, junior.email()).get("goals").size()).isZero();
    }

    @Test
    void reachingTheTargetLevelCompletesTheGoal() {
        var junior = pairedJunior();
        long goal = api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", junior.email(),
                goal("STAKEHOLDER", 3, withinTheCycle())).json().get("id").asLong();

        api.post("/api/v1/people/" + junior.id() + "/assessments", MENTOR, "{\"competencyCode\":\"STAKEHOLDER\",\"level\":2}");
        api.post("/api/v1/people/" + junior.id() + "/assessments", MENTOR, "{\"competencyCode\":\"STAKEHOLDER\",\"level\":3}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var done = plan(junior, junior.email()).get("goals").get(0);
            assertThat(done.get("id").asLong()).isEqualTo(goal);
            assertThat(done.get("status").asString()).isEqualTo("DONE");
            assertThat(done.get("currentLevel").asInt()).isEqualTo(3);
        });
        assertThat(plan(junior, junior.email()).get("goals").get(0).get("completedAt").isNull()).isFalse();
    }

    @Test
    void ratingsAndPlansAreInThePersonalDataExportAndTheirTextsGoWithAnErasure() {
        var junior = pairedJunior();
        api.post("/api/v1/people/" + junior.id() + "/assessments", MENTOR,
                "{\"competencyCode\":\"RISK\",\"level\":2,\"comment\":\"Misses owners in the register\"}");
        api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", junior.email(), goal("RISK", 3, withinTheCycle()));

        var export = api.get("/api/v1/people/" + junior.id() + "/personal-data", junior.email()).json();
        assertThat(export.get("competency").get("ratingsReceived").toString()).contains("Misses owners in the register");
        assertThat(export.get("development").get("goals").toString()).contains("Lead the vendor negotiation");

        assertThat(api.delete("/api/v1/people/" + junior.id(), "admin@pmo.example").status()).isEqualTo(204);
        assertThat(api.get("/api/v1/mentorships", MENTOR).json().findValues("menteeId")).extracting(JsonNode::asLong)
                .doesNotContain(junior.id());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assessment WHERE person_id = :p AND comment IS NOT NULL")
                .param("p", junior.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT g.title FROM development_goal g JOIN development_plan d ON d.id = g.plan_id WHERE d.person_id = :p""")
                .param("p", junior.id()).query(String.class).list()).containsOnly("[erased]");
    }

    @Test
    void othersCannotSeeOrChangeAJuniorsPlan() {
        var junior = pairedJunior();
        String body = goal("NEGOTIATION", 3, withinTheCycle());

        assertThat(api.get("/api/v1/people/" + junior.id() + "/development-plan", "junior2@pmo.example").status()).isEqualTo(404);
        assertThat(api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", "junior2@pmo.example", body).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", "mentor2@pmo.example", body).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", "admin@pmo.example", body).status())
                .isEqualTo(403);
        long goal = api.post("/api/v1/people/" + junior.id() + "/development-plan/goals", LEAD, body).json().get("id").asLong();
        assertThat(api.post("/api/v1/development-goals/" + goal + "/status", "junior2@pmo.example",
                "{\"status\":\"DONE\",\"version\":0}").status()).isEqualTo(404);
        var done = api.post("/api/v1/development-goals/" + goal + "/status", junior.email(), "{\"status\":\"DONE\",\"version\":0}");
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(api.post("/api/v1/development-goals/" + goal + "/status", junior.email(),
                "{\"status\":\"DROPPED\",\"version\":1}").status()).isEqualTo(409);
    }
}
