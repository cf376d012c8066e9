package com.pmocareer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Onboarding through the API: templates and their rules, plans and who does which task, reviews, the overview. */
abstract class OnboardingApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String LEAD = "lead@pmo.example";
    static final String LEAD2 = "lead2@pmo.example";
    /** A Monday, so that working-day offsets are easy to check by hand. */
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    record NewHire(long id, String email) {
    }

    NewHire juniorWithPlan(LocalDate start) {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long id = personId(email);
        var started = api.post("/api/v1/people/" + id + "/onboarding", LEAD, "{\"startDate\":\"" + start + "\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return new NewHire(id, email);
    }

    JsonNode plan(NewHire hire, String as) {
        return api.get("/api/v1/people/" + hire.id() + "/onboarding", as).json();
    }

    static JsonNode task(JsonNode plan, String key) {
        for (JsonNode week : plan.get("weeks")) {
            for (JsonNode task : week.get("tasks")) {
                if (task.get("key").asString().equals(key)) {
                    return task;
                }
            }
        }
        throw new AssertionError("No task " + key);
    }

    String complete(JsonNode plan, String key) {
        return "/api/v1/onboarding/tasks/" + task(plan, key).get("id").asLong() + "/complete";
    }

    @Test
    void theShippedTemplateCoversTheFirstNinetyDays() {
        var templates = api.get("/api/v1/onboarding/templates", "junior@pmo.example").json();
        JsonNode shipped = null;
        for (JsonNode t : templates) {
            if (t.get("name").asString().equals("IT PMO — junior PM, first 90 days")) {
                shipped = t;
            }
        }
        assertThat(shipped).isNotNull();
        assertThat(shipped.get("tasks").size()).isBetween(25, 35);
        var keys = new ArrayList<String>();
        shipped.get("tasks").forEach(t -> keys.add(t.get("key").asString()));
        assertThat(keys).contains("welcome-lead", "read-handbook", "jira-access", "confluence-access", "msproject-licence",
                "git-access", "shadow-sprint-planning", "security-awareness", "gdpr-training", "mentor-first-1to1",
                "review-30", "review-60", "review-90");
    }

    @Test
    void aLeadStartsAPlanWithDueDatesCountedFromTheStartDate() {
        var hire = juniorWithPlan(MONDAY);
        var plan = plan(hire, LEAD);

        assertThat(plan.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(plan.get("tasksTotal").asInt()).isEqualTo(32);
        assertThat(plan.get("progressPercent").asInt()).isZero();
        assertThat(task(plan, "welcome-lead").get("dueOn").asString()).isEqualTo("2026-11-02");
        // Five working days after a Monday is the next Monday; thirty calendar days is 2 December.
        assertThat(task(plan, "mentor-first-1to1").get("dueOn").asString()).isEqualTo("2026-11-09");
        assertThat(task(plan, "review-30").get("dueOn").asString()).isEqualTo("2026-12-02");
        assertThat(task(plan, "welcome-lead").get("week").asInt()).isEqualTo(1);
        assertThat(task(plan, "review-90").get("week").asInt()).isEqualTo(13);

        var again = api.post("/api/v1/people/" + hire.id() + "/onboarding", LEAD, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already has an active onboarding plan");
    }

    @Test
    void onlyTheLeadOrAnAdminStartsAPlanAndOthersDoNotSeeIt() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long id = personId(email);
        assertThat(api.post("/api/v1/people/" + id + "/onboarding", email, "{}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/people/" + id + "/onboarding", LEAD2, "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/people/" + id + "/onboarding", email).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/people/" + id + "/onboarding", LEAD, "{\"startDate\":\"2019-01-01\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/people/" + id + "/onboarding", ADMIN, "{\"templateId\":987654}").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/people/" + id + "/onboarding", email).status()).as("nothing was started").isEqualTo(404);
    }

    @Test
    void eachTaskIsDoneByItsOwnerOrTheLeadAndTwiceIsHarmless() {
        var hire = juniorWithPlan(LocalDate.now());
        var plan = plan(hire, hire.email());

        var done = api.post(complete(plan, "org-culture"), hire.email(), "{\"note\":\"Great session\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("tasksClosed").asInt()).isEqualTo(1);
        assertThat(task(done.json(), "org-culture").get("note").asString()).isEqualTo("Great session");
        var twice = api.post(complete(plan, "org-culture"), hire.email(), "{}");
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.json().get("tasksClosed").asInt()).isEqualTo(1);

        assertThat(api.post(complete(plan, "welcome-lead"), hire.email(), "{}").status()).isEqualTo(403);
        assertThat(api.post(complete(plan, "laptop-accounts"), hire.email(), "{}").status()).isEqualTo(403);
        assertThat(api.post(complete(plan, "welcome-lead"), LEAD, "{}").status()).isEqualTo(200);
        assertThat(api.post(complete(plan, "welcome-lead"), "junior2@pmo.example", "{}").status()).isEqualTo(404);
        assertThat(api.post(complete(plan, "laptop-accounts"), ADMIN, "{}").status()).isEqualTo(200);
        assertThat(plan(hire, hire.email()).get("tasksClosed").asInt()).isEqualTo(3);
    }

    @Test
    void aTaskWaitsForTheTasksItDependsOn() {
        var hire = juniorWithPlan(LocalDate.now());
        var plan = plan(hire, hire.email());
        assertThat(task(plan, "tools-check").get("waitingFor")).hasSize(4);

        var refused = api.post(complete(plan, "tools-check"), hire.email(), "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("First: ").contains("Jira access");

        for (String key : List.of("jira-access", "confluence-access", "msproject-licence", "git-access")) {
            assertThat(api.post(complete(plan, key), ADMIN, "{}").status()).isEqualTo(200);
        }
        assertThat(api.post(complete(plan, "tools-check"), hire.email(), "{}").status()).isEqualTo(200);
    }

    @Test
    void readingADocumentTaskAcknowledgesItsCurrentVersion() {
        var hire = juniorWithPlan(LocalDate.now());
        var plan = plan(hire, hire.email());
        api.post(complete(plan, "laptop-accounts"), ADMIN, "{}");

        assertThat(api.post(complete(plan, "read-handbook"), hire.email(), "{}").status()).isEqualTo(200);

        long handbook = task(plan, "read-handbook").get("documentId").asLong();
        var document = api.get("/api/v1/documents/" + handbook, hire.email()).json().get("document");
        assertThat(document.get("acknowledgedNumber").asInt()).isEqualTo(document.get("latest").get("number").asInt());
    }

    @Test
    void theLeadMarksATaskNotApplicableOnlyWithAReason() {
        var hire = juniorWithPlan(LocalDate.now());
        var plan = plan(hire, hire.email());
        long vendor = task(plan, "vendor-meeting").get("id").asLong();
        String path = "/api/v1/onboarding/tasks/" + vendor + "/not-applicable";

        assertThat(api.post(path, hire.email(), "{\"reason\":\"not me\"}").status()).isEqualTo(403);
        var noReason = api.post(path, LEAD, "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        var marked = api.post(path, LEAD, "{\"reason\":\"No supplier on the project\"}");
        assertThat(marked.status()).isEqualTo(200);
        assertThat(task(marked.json(), "vendor-meeting").get("status").asString()).isEqualTo("NOT_APPLICABLE");
        assertThat(marked.json().get("tasksClosed").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/onboarding/tasks/" + vendor + "/complete", hire.email(), "{}").status()).isEqualTo(409);
    }

    @Test
    void theLeadRecordsTheThirtyDayReviewWithEveryAnswer() {
        var hire = juniorWithPlan(LocalDate.now());
        var plan = plan(hire, LEAD);
        long review = task(plan, "review-30").get("id").asLong();
        String path = "/api/v1/onboarding/tasks/" + review + "/review";

        assertThat(api.post(complete(plan, "review-30"), LEAD, "{}").status()).isEqualTo(409);
        assertThat(api.post(path, hire.email(), ApiClient.json(Map.of("wentWell", "a", "hard", "b", "supportNeeded", "c")))
                .status()).isEqualTo(403);
        var blank = api.post(path, LEAD, ApiClient.json(Map.of("wentWell", "Settled in", "hard", "", "supportNeeded", " ")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").toString()).contains("hard").contains("supportNeeded");
        assertThat(task(plan(hire, LEAD), "review-30").get("status").asString()).isEqualTo("OPEN");

        var recorded = api.post(path, LEAD, ApiClient.json(Map.of("wentWell", "Settled in fast",
                "hard", "Infrastructure jargon", "supportNeeded", "A glossary session")));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        var seenByJunior = task(plan(hire, hire.email()), "review-30");
        assertThat(seenByJunior.get("status").asString()).isEqualTo("DONE");
        assertThat(seenByJunior.get("review").get("hard").asString()).isEqualTo("Infrastructure jargon");
        assertThat(api.post(path, LEAD, ApiClient.json(Map.of("wentWell", "x", "hard", "y", "supportNeeded", "z"))).status())
                .isEqualTo(409);
    }

    @Test
    void aTemplateWithANegativeOffsetOrADependencyCycleIsRefusedWithTheReason() {
        int before = api.get("/api/v1/onboarding/templates", ADMIN).json().size();
        var negative = api.post("/api/v1/onboarding/templates", ADMIN, template("Bad offsets " + UUID.randomUUID(),
                List.of(task("a", -3, List.of()))));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body()).contains("tasks[0].dueOffsetDays").contains("must not be negative");

        var cycle = api.post("/api/v1/onboarding/templates", ADMIN, template("Cycle " + UUID.randomUUID(),
                List.of(task("a", 1, List.of("c")), task("b", 2, List.of("a")), task("c", 3, List.of("b")))));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.body()).contains("cycle").contains("a → c → b → a");

        assertThat(api.post("/api/v1/onboarding/templates", LEAD, template("Lead's " + UUID.randomUUID(),
                List.of(task("a", 1, List.of())))).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/onboarding/templates", ADMIN).json().size()).isEqualTo(before);
    }

    @Test
    void aRunningPlanKeepsTheTemplateVersionItStartedWith() {
        var created = api.post("/api/v1/onboarding/templates", ADMIN, template("Short " + UUID.randomUUID(),
                List.of(task("meet", 0, List.of()), task("read", 2, List.of("meet")))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long templateId = created.json().get("id").asLong();
        String email = newJuniorWithPassword("long-enough-pw-1");
        long person = personId(email);
        assertThat(api.post("/api/v1/people/" + person + "/onboarding", LEAD, "{\"templateId\":" + templateId + "}").status())
                .isEqualTo(201);

        var body = ApiClient.json(Map.of("name", created.json().get("name").asString(), "active", false,
                "tasks", List.of(task("meet", 0, List.of()), task("read", 2, List.of()), task("shadow", 5, List.of())),
                "note", "Shadowing added", "version", created.json().get("version").asLong()));
        var replaced = api.put("/api/v1/onboarding/templates/" + templateId, ADMIN, body);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("versionNumber").asInt()).isEqualTo(2);
        assertThat(replaced.json().get("tasks").size()).isEqualTo(3);
        assertThat(api.put("/api/v1/onboarding/templates/" + templateId, ADMIN, body).status()).as("stale version").isEqualTo(409);

        var plan = api.get("/api/v1/people/" + person + "/onboarding", email).json();
        assertThat(plan.get("templateVersion").asInt()).isEqualTo(1);
        assertThat(plan.get("tasksTotal").asInt()).isEqualTo(2);
    }

    @Test
    void aJuniorJoiningNowGetsTheirPlanAndIsToldSo() {
        String email = "hire-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var hired = api.post("/api/v1/people", ADMIN, ApiClient.json(Map.of("email", email, "fullName", "New Hire",
                "orgUnitId", orgUnitId("Infrastructure & Cloud Delivery"), "careerLevel", "JUNIOR_PM",
                "startDate", LocalDate.now().toString())));
        long id = hired.json().get("id").asLong();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.get("/api/v1/people/" + id + "/onboarding", LEAD).status()).isEqualTo(200));
        var plan = api.get("/api/v1/people/" + id + "/onboarding", LEAD).json();
        assertThat(plan.get("templateName").asString()).isEqualTo("IT PMO — junior PM, first 90 days");
        assertThat(plan.get("startDate").asString()).isEqualTo(LocalDate.now().toString());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :id AND kind = 'ONBOARDING_PLAN_STARTED'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPersonsDataExportHoldsTheirOnboardingAndNotifications() {
        var hire = juniorWithPlan(LocalDate.now());
        var plan = plan(hire, hire.email());
        api.post(complete(plan, "org-culture"), hire.email(), "{\"note\":\"Met the CIO\"}");

        var export = api.get("/api/v1/people/" + hire.id() + "/personal-data", hire.email());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("onboarding").get("tasks").toString()).contains("Met the CIO");
        assertThat(export.json().get("notifications").get("notifications").toString()).contains("Welcome!");
    }

    @Test
    void erasingAPersonEndsTheirPlanAndRemovesTheirWordsAndNotifications() {
        var hire = juniorWithPlan(LocalDate.now());
        var plan = plan(hire, hire.email());
        api.post(complete(plan, "org-culture"), hire.email(), "{\"note\":\"Met the CIO\"}");

        assertThat(api.delete("/api/v1/people/" + hire.id(), ADMIN).status()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT status FROM onboarding_plan WHERE person_id = :p").param("p", hire.id())
                .query(String.class).single()).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM onboarding_task t JOIN onboarding_plan p ON p.id = t.plan_id"
                + " WHERE p.person_id = :p AND t.note IS NOT NULL").param("p", hire.id()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p").param("p", hire.id())
                .query(Long.class).single()).isZero();
        assertThat(api.get("/api/v1/onboarding/plans", LEAD).body()).doesNotContain("\"personId\":" + hire.id() + ",");
    }

    @Test
    void someoneWhoJoinedLongAgoGetsNoPlanByThemselves() {
        var hired = api.post("/api/v1/people", ADMIN, ApiClient.json(Map.of("email", "old-" + UUID.randomUUID()
                        .toString().substring(0, 8) + "@example.com", "fullName", "Long Serving",
                "orgUnitId", orgUnitId("Infrastructure & Cloud Delivery"), "careerLevel", "JUNIOR_PM",
                "startDate", LocalDate.now().minusYears(2).toString())));
        long id = hired.json().get("id").asLong();
        aJuniorJoiningNowGetsTheirPlanAndIsToldSo();

        assertThat(api.get("/api/v1/people/" + id + "/onboarding", LEAD).status()).isEqualTo(404);
    }

    @Test
    void theOverviewShowsEachLeadTheirPeopleMostOverdueFirst() {
        var lead = api.get("/api/v1/onboarding/plans", LEAD).json();
        var names = new ArrayList<String>();
        lead.get("plans").get("content").forEach(p -> names.add(p.get("personName").asString()));
        assertThat(names).contains("Noah Kowalski", "Yuki Tanaka", "Aisha Rahman");
        var first = lead.get("plans").get("content").get(0);
        assertThat(first.get("overdue").asInt()).isPositive();
        assertThat(lead.get("totals").get("withOverdue").asInt()).isPositive();

        var digital = new ArrayList<String>();
        api.get("/api/v1/onboarding/plans", LEAD2).json().get("plans").get("content")
                .forEach(p -> digital.add(p.get("personName").asString()));
        assertThat(digital).contains("Noah Kowalski", "Aisha Rahman").doesNotContain("Yuki Tanaka");

        var yuki = api.get("/api/v1/onboarding/plans", "junior6@pmo.example").json().get("plans").get("content");
        assertThat(yuki).hasSize(1);
        assertThat(yuki.get(0).get("personName").asString()).isEqualTo("Yuki Tanaka");
        assertThat(api.get("/api/v1/onboarding/plans?orgUnit=" + orgUnitId("Digital & Applications Delivery"), LEAD)
                .json().get("plans").get("content").toString()).doesNotContain("Yuki Tanaka");
    }

    @org.springframework.beans.factory.annotation.Autowired
    OnboardingOverview overview;

    static int overdueOf(JsonNode overview, long personId) {
        for (JsonNode plan : overview.get("plans").get("content")) {
            if (plan.get("personId").asLong() == personId) {
                return plan.get("overdue").asInt();
            }
        }
        throw new AssertionError("No plan of " + personId + " in the overview");
    }

    @Test
    void theOverviewShowsAClosedTaskAtOnce() {
        var hire = juniorWithPlan(LocalDate.now().minusDays(20));
        String unit = "/api/v1/onboarding/plans?size=200&orgUnit=" + jdbc.sql("SELECT org_unit_id FROM person WHERE id = :id")
                .param("id", hire.id()).query(Long.class).single();
        int before = overdueOf(api.get(unit, LEAD).json(), hire.id());
        assertThat(before).isPositive();

        api.post(complete(plan(hire, hire.email()), "org-culture"), hire.email(), "{}");

        assertThat(overdueOf(api.get(unit, LEAD).json(), hire.id())).isEqualTo(before - 1);
    }

    @Test
    void theOverviewReadsTheSamePlansByIdAsInOnePassOverAll() {
        var people = new java.util.HashSet<>(jdbc.sql("SELECT person_id FROM onboarding_plan").query(Long.class).list());
        people.remove(personId("junior12@pmo.example"));
        var byId = overview.plans(people, true, LocalDate.now(), Integer.MAX_VALUE);
        var onePass = overview.plans(people, true, LocalDate.now(), 0);

        assertThat(byId).isNotEmpty().containsExactlyInAnyOrderElementsOf(onePass);
        assertThat(byId).noneMatch(row -> row.personId() == personId("junior12@pmo.example"));
        assertThat(byId).anyMatch(row -> row.overdue() > 0);
    }

    @Test
    void theDemoPlansStandOnDayThreeFortyAndEightyFive() {
        assertThat(api.get("/api/v1/people/" + personId("junior12@pmo.example") + "/onboarding", LEAD2).json()
                .get("day").asInt()).isEqualTo(3);
        var yuki = api.get("/api/v1/people/" + personId("junior6@pmo.example") + "/onboarding", LEAD).json();
        assertThat(yuki.get("day").asInt()).isEqualTo(40);
        assertThat(yuki.get("overdue").asInt()).isPositive();
        assertThat(api.get("/api/v1/people/" + personId("junior2@pmo.example") + "/onboarding", LEAD2).json()
                .get("day").asInt()).isEqualTo(85);
    }

    static Map<String, Object> task(String key, int offset, List<String> dependsOn) {
        return Map.of("key", key, "title", "Task " + key, "category", "METHODOLOGY", "owner", "NEW_HIRE",
                "dueOffsetDays", offset, "skipWeekends", false, "dependsOn", dependsOn);
    }

    static String template(String name, List<Map<String, Object>> tasks) {
        return ApiClient.json(Map.of("name", name, "active", false, "tasks", tasks));
    }
}
