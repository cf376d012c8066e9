package com.pmocareer.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Catalog, sessions, enrolment with approval and waitlist, completion and what it sets off — through the API. */
abstract class LearningApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String LEAD = "lead@pmo.example";
    static final String LEAD2 = "lead2@pmo.example";
    static final String MENTOR = "mentor@pmo.example";
    static final String JUNIOR = "junior@pmo.example";
    static final String JUNIOR2 = "junior2@pmo.example";

    long courseId(String code) {
        return jdbc.sql("SELECT id FROM course WHERE code = :code").param("code", code).query(Long.class).single();
    }

    /** A session of the course starting in {@code days} days, scheduled through the API. */
    long session(String code, int days, int capacity) {
        LocalDateTime start = LocalDate.now().plusDays(days).atTime(9, 0);
        var created = api.post("/api/v1/courses/" + courseId(code) + "/sessions", ADMIN, ApiClient.json(Map.of(
                "startsAt", start.toString(), "endsAt", start.plusHours(8).toString(), "timeZone", "Europe/Berlin",
                "location", "Room 1", "trainer", "Test Trainer", "capacity", capacity,
                "enrolmentDeadline", LocalDate.now().plusDays(days - 1).toString())));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    ApiClient.Response enrol(long session, long personId, String as) {
        return api.post("/api/v1/sessions/" + session + "/enrollments", as, "{\"personId\":" + personId + "}");
    }

    long freshJunior() {
        return newPerson("l-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "Learner " + UUID.randomUUID().toString().substring(0, 4));
    }

    int notificationsOf(long personId, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND kind = :k").param("p", personId)
                .param("k", kind).query(Integer.class).single();
    }

    @Test
    void theShippedCatalogCoversEveryProgrammeAreaWithCompetenciesAndUnits() {
        var all = api.get("/api/v1/courses?size=100", JUNIOR).json();
        assertThat(all.get("page").get("totalElements").asInt()).isBetween(30, 40);
        var titles = new ArrayList<String>();
        all.get("content").forEach(c -> titles.add(c.get("title").asString()));
        assertThat(titles).contains("Scrum Fundamentals", "Jira for Project Managers", "MS Project Essentials", "Git basics for PMs",
                "ITIL 4 Foundation preparation", "Cloud fundamentals for PMs", "Network security basics",
                "Change management with ADKAR", "Vendor and contract management in IT", "Negotiation",
                "Writing status reports that get read", "GDPR essentials", "HIPAA for IT projects", "Security awareness 2026",
                "PMP exam preparation (35 contact hours)");
        all.get("content").forEach(c -> assertThat(c.get("competencyCodes").size()).as(c.get("title").asString()).isPositive());
        var pmp = api.get("/api/v1/courses/" + courseId("CRT-101"), JUNIOR).json();
        assertThat(pmp.get("pmEducation").asBoolean()).isTrue();
        assertThat(pmp.get("durationHours").decimalValue()).isEqualByComparingTo("35");
        assertThat(pmp.get("units").get("PDU_WAYS_OF_WORKING").decimalValue()).isEqualByComparingTo("21");
    }

    @Test
    void searchCombinesWordsTopicFormatCompetencyAndProvider() {
        assertThat(titles("/api/v1/courses?q=scrum")).contains("Scrum Fundamentals").doesNotContain("Negotiation");
        assertThat(titles("/api/v1/courses?topic=PM_TOOLS")).contains("Jira for Project Managers", "Git basics for PMs")
                .doesNotContain("Scrum Fundamentals");
        assertThat(titles("/api/v1/courses?format=E_LEARNING&topic=GOVERNANCE")).contains("GDPR essentials")
                .doesNotContain("PMO governance and gate reviews");
        assertThat(titles("/api/v1/courses?competency=NEGOTIATION")).containsExactly("Negotiation");
        long provider = jdbc.sql("SELECT id FROM learning_provider WHERE name = 'Negotiation Lab'").query(Long.class).single();
        assertThat(titles("/api/v1/courses?provider=" + provider)).containsExactly("Negotiation");
        assertThat(titles("/api/v1/courses?q=no-such-course-anywhere")).isEmpty();
    }

    List<String> titles(String path) {
        var titles = new ArrayList<String>();
        api.get(path + "&size=100", JUNIOR).json().get("content").forEach(c -> titles.add(c.get("title").asString()));
        return titles;
    }

    @Test
    void aBadCourseIsRefusedWithEveryReasonAndNothingIsWritten() {
        long before = jdbc.sql("SELECT COUNT(*) FROM course").query(Long.class).single();
        var refused = api.post("/api/v1/courses", ADMIN, ApiClient.json(Map.of("code", "x", "title", "", "summary", "s",
                "topic", "AGILE", "format", "WORKSHOP", "providerId", 999999, "durationHours", -1,
                "competencies", Map.of("NOT_A_COMPETENCY", 2, "SCRUM", 9), "prerequisites", List.of("NOPE-1"))));
        assertThat(refused.status()).isEqualTo(400);
        var fields = new ArrayList<String>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("code", "title", "providerId", "durationHours", "competencies.NOT_A_COMPETENCY",
                "competencies.SCRUM", "prerequisites");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course").query(Long.class).single()).isEqualTo(before);
        assertThat(api.post("/api/v1/courses", JUNIOR, "{}").status()).isEqualTo(403);
    }

    @Test
    void anAdminAddsAndEditsACourseAndAStaleEditIsAConflict() {
        long provider = jdbc.sql("SELECT MIN(id) FROM learning_provider").query(Long.class).single();
        String code = "T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var body = new HashMap<String, Object>(Map.of("code", code, "title", "Backlog refinement clinic", "summary", "Practice.",
                "topic", "AGILE", "format", "WORKSHOP", "providerId", provider, "durationHours", 3,
                "competencies", Map.of("AGILE_CEREMONIES", 3), "units", Map.of("PDU_WAYS_OF_WORKING", 3),
                "prerequisites", List.of("AGL-101")));
        var created = api.post("/api/v1/courses", ADMIN, ApiClient.json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("prerequisites").get(0).get("code").asString()).isEqualTo("AGL-101");

        body.put("title", "Backlog refinement clinic (advanced)");
        body.put("version", created.json().get("version").asLong());
        assertThat(api.put("/api/v1/courses/" + id, ADMIN, ApiClient.json(body)).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/courses/" + id, ADMIN, ApiClient.json(body)).status()).isEqualTo(409);

        // Making Scrum Fundamentals wait for this course would close a cycle: refused, and nothing changes.
        var scrum = api.get("/api/v1/courses/" + courseId("AGL-101"), ADMIN).json();
        var cyclic = new HashMap<String, Object>(Map.of("code", "AGL-101", "title", scrum.get("title").asString(),
                "summary", scrum.get("summary").asString(), "topic", "AGILE", "format", scrum.get("format").asString(),
                "providerId", scrum.get("providerId").asLong(), "durationHours", 14, "prerequisites", List.of(code),
                "version", scrum.get("version").asLong()));
        var refused = api.put("/api/v1/courses/" + courseId("AGL-101"), ADMIN, ApiClient.json(cyclic));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("prerequisite of itself");
        assertThat(api.get("/api/v1/courses/" + courseId("AGL-101"), ADMIN).json().get("prerequisites").size()).isZero();
    }

    @Test
    void aFreeCourseEnrolsAtOnceAndAFullSessionWaitlistsThenACancellationPromotesTheFirst() {
        long session = session("DOC-102", 20, 2);
        long first = freshJunior();
        long second = freshJunior();
        long third = freshJunior();
        long fourth = freshJunior();
        assertThat(enrol(session, first, ADMIN).json().get("status").asString()).isEqualTo("ENROLLED");
        assertThat(enrol(session, second, ADMIN).json().get("status").asString()).isEqualTo("ENROLLED");
        var waiting = enrol(session, third, ADMIN).json();
        assertThat(waiting.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(waiting.get("waitlistPosition").asInt()).isEqualTo(1);
        assertThat(enrol(session, fourth, ADMIN).json().get("waitlistPosition").asInt()).isEqualTo(2);
        assertThat(enrol(session, first, ADMIN).status()).as("a second enrolment").isEqualTo(409);

        long firstEnrollment = jdbc.sql("SELECT id FROM enrollment WHERE session_id = :s AND person_id = :p")
                .param("s", session).param("p", first).query(Long.class).single();
        var cancelled = api.post("/api/v1/enrollments/" + firstEnrollment + "/cancel", ADMIN, "{\"reason\":\"Clash\"}");
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");

        var statuses = statuses(session);
        assertThat(statuses.get(third)).as("the first on the waitlist took the seat").isEqualTo("ENROLLED");
        assertThat(statuses.get(fourth)).isEqualTo("WAITLISTED");
        assertThat(api.get("/api/v1/sessions/" + session, JUNIOR).json().get("seatsTaken").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND title LIKE 'A seat is yours%'")
                .param("p", third).query(Integer.class).single()).isEqualTo(1);
    }

    Map<Long, String> statuses(long session) {
        Map<Long, String> statuses = new HashMap<>();
        jdbc.sql("SELECT person_id, status FROM enrollment WHERE session_id = :s").param("s", session)
                .query(rs -> {
                    statuses.put(rs.getLong(1), rs.getString(2));
                });
        return statuses;
    }

    @Test
    void fiftySimultaneousEnrolmentsIntoTenSeatsEnrolExactlyTenAndWaitlistForty() throws Exception {
        long session = session("TOL-103", 15, 10);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(freshJunior());
        }
        api.tokenFor(ADMIN);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (long person : people) {
                Callable<Integer> call = () -> {
                    start.await();
                    return enrol(session, person, ADMIN).status();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        var statuses = statuses(session);
        assertThat(statuses).hasSize(50);
        assertThat(statuses.values().stream().filter("ENROLLED"::equals).count()).isEqualTo(10);
        assertThat(statuses.values().stream().filter("WAITLISTED"::equals).count()).isEqualTo(40);
        assertThat(api.get("/api/v1/sessions/" + session, ADMIN).json().get("seatsTaken").asInt()).isEqualTo(10);
    }

    @Test
    void aCourseWithACostWaitsForTheLeadWhoApprovesOrDeclinesWithAReason() {
        long session = session("SFT-105", 25, 5);
        long junior = personId(JUNIOR);
        var requested = api.post("/api/v1/sessions/" + session + "/enrollments", JUNIOR, "{}");
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.json().get("status").asString()).isEqualTo("PENDING_APPROVAL");
        long enrollment = requested.json().get("id").asLong();
        assertThat(notificationsOf(personId(LEAD), "ENROLMENT_TO_APPROVE")).isPositive();

        var inbox = api.get("/api/v1/approvals", LEAD).json();
        assertThat(inbox.toString()).contains("\"id\":" + enrollment);
        assertThat(api.get("/api/v1/approvals", LEAD2).json().toString()).doesNotContain("\"id\":" + enrollment);
        assertThat(api.post("/api/v1/enrollments/" + enrollment + "/approve", JUNIOR, "{}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/enrollments/" + enrollment + "/approve", LEAD2, "{}").status()).isEqualTo(404);

        var approved = api.post("/api/v1/enrollments/" + enrollment + "/approve", LEAD, "{\"note\":\"Good timing\"}");
        assertThat(approved.json().get("status").asString()).isEqualTo("ENROLLED");
        assertThat(api.post("/api/v1/enrollments/" + enrollment + "/approve", LEAD, "{}").status()).isEqualTo(409);

        long other = session("SFT-105", 26, 5);
        long second = api.post("/api/v1/sessions/" + other + "/enrollments", JUNIOR, "{}").json().get("id").asLong();
        assertThat(api.post("/api/v1/enrollments/" + second + "/reject", LEAD, "{\"note\":\"\"}").status()).isEqualTo(400);
        var declined = api.post("/api/v1/enrollments/" + second + "/reject", LEAD, "{\"note\":\"Budget is spent this quarter\"}");
        assertThat(declined.json().get("status").asString()).isEqualTo("REJECTED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND body = 'Budget is spent this quarter'")
                .param("p", junior).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void prerequisitesMustBeCompletedFirst() {
        long session = session("TOL-201", 30, 5);
        long person = freshJunior();
        var refused = enrol(session, person, ADMIN);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("MS Project Essentials");
    }

    @Test
    void completingAnEnrolmentRecordsItPublishesItAndTicksOffWhatLinkedTheCourse() {
        long session = session("ITD-105", 3, 10);
        long person = freshJunior();
        long enrollment = enrol(session, person, ADMIN).json().get("id").asLong();
        assertThat(api.post("/api/v1/enrollments/" + enrollment + "/attendance", ADMIN, "{\"attended\":true}")
                .json().get("status").asString()).isEqualTo("ATTENDED");
        // The session is three days ahead, so the completion date must be given and cannot be in the future.
        assertThat(api.post("/api/v1/enrollments/" + enrollment + "/complete", ADMIN, "{\"score\":120}").status()).isEqualTo(400);
        var completed = api.post("/api/v1/enrollments/" + enrollment + "/complete", ADMIN,
                "{\"score\":91.5,\"completedOn\":\"" + LocalDate.now().plusDays(3) + "\"}");
        assertThat(completed.status()).isEqualTo(400);
        jdbc.sql("UPDATE course_session SET starts_at = :start, ends_at = :end WHERE id = :id")
                .param("start", java.time.OffsetDateTime.now().minusDays(1)).param("end", java.time.OffsetDateTime.now().minusHours(20))
                .param("id", session).update();
        completed = api.post("/api/v1/enrollments/" + enrollment + "/complete", ADMIN, "{\"score\":91.5}");
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(api.post("/api/v1/enrollments/" + enrollment + "/complete", ADMIN, "{}").status()).as("again changes nothing").isEqualTo(200);

        var records = api.get("/api/v1/people/" + person + "/learning-records", ADMIN).json().get("content");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("kind").asString()).isEqualTo("COMPLETION");
        assertThat(records.get(0).get("hours").decimalValue()).isEqualByComparingTo("4");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM competency_evidence WHERE person_id = :p AND competency_code = 'IT_SDLC' AND source = 'COURSE_COMPLETION'""")
                .param("p", person).query(Integer.class).single()).isEqualTo(1));
    }

    @Test
    void aCompletedCourseTicksOffTheOnboardingTaskThatAskedForIt() {
        long person = freshJunior();
        assertThat(api.post("/api/v1/people/" + person + "/onboarding", LEAD, "{\"startDate\":\"" + LocalDate.now() + "\"}").status())
                .isEqualTo(201);
        // Security awareness is e-learning: the LMS reports the completion.
        String token = api.post("/api/v1/admin/integration-tokens", ADMIN, "{\"name\":\"onboarding test\"}").json().get("token").asString();
        String email = jdbc.sql("SELECT email FROM person WHERE id = :id").param("id", person).query(String.class).single();
        var sent = api.withTokenAndBody("POST", "/api/v1/xapi/statements", token, statement(UUID.randomUUID().toString(), email,
                "http://adlnet.gov/expapi/verbs/completed", "https://lms.pmo.example/activities/security-awareness-2026"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT t.status FROM onboarding_task t JOIN onboarding_plan p ON p.id = t.plan_id
                 WHERE p.person_id = :p AND t.task_key = 'security-awareness'""").param("p", person).query(String.class).single())
                .isEqualTo("DONE"));
    }

    @Test
    void theGapAnalysisOffersTheCoursesAndPathsThatCloseAGap() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        var report = api.get("/api/v1/people/" + personId(email) + "/gap-analysis?targetLevel=PROJECT_MANAGER", email).json();
        JsonNode negotiation = null;
        for (JsonNode row : report.get("rows")) {
            if (row.get("competencyCode").asString().equals("NEGOTIATION")) {
                negotiation = row;
            }
        }
        assertThat(negotiation).isNotNull();
        var kinds = new ArrayList<String>();
        var titles = new ArrayList<String>();
        negotiation.get("suggestions").forEach(s -> {
            kinds.add(s.get("kind").asString());
            titles.add(s.get("title").asString());
        });
        assertThat(kinds).contains("COURSE");
        assertThat(titles).contains("Negotiation");
    }

    @Test
    void aCompletedCourseTicksOffTheDevelopmentGoalActionThatLinkedIt() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long person = personId(email);
        long course = courseId("SEC-2026");
        var today = LocalDate.now();
        var end = com.pmocareer.development.Cycle.of(today).end();
        var goal = api.post("/api/v1/people/" + person + "/development-plan/goals", email, ApiClient.json(Map.of(
                "title", "Spot and report phishing at once", "measure", "No click in the next simulation",
                "competencyCode", "SEC_AWARENESS", "targetLevel", 2, "dueOn", (today.plusDays(7).isAfter(end) ? end : today.plusDays(7)).toString(),
                "actions", List.of(Map.of("kind", "COURSE", "referenceId", String.valueOf(course), "description", "Course: Security awareness 2026")))));
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        String token = api.post("/api/v1/admin/integration-tokens", ADMIN, "{\"name\":\"plan test\"}").json().get("token").asString();
        assertThat(api.withTokenAndBody("POST", "/api/v1/xapi/statements", token, statement(UUID.randomUUID().toString(), email,
                "http://adlnet.gov/expapi/verbs/passed", "https://lms.pmo.example/activities/security-awareness-2026")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT a.done FROM development_action a JOIN development_goal g ON g.id = a.goal_id
                  JOIN development_plan p ON p.id = g.plan_id WHERE p.person_id = :p AND a.kind = 'COURSE'""")
                .param("p", person).query(Boolean.class).single()).isTrue());
    }

    static String statement(String id, String email, String verb, String activity) {
        return ApiClient.json(Map.of("id", id, "actor", Map.of("mbox", "mailto:" + email, "objectType", "Agent"),
                "verb", Map.of("id", verb, "display", Map.of("en-US", verb.substring(verb.lastIndexOf('/') + 1))),
                "object", Map.of("id", activity, "objectType", "Activity"), "timestamp", "2026-11-20T10:15:00+01:00"));
    }

    @Test
    void sessionsAppearInTheCalendarFeed() throws Exception {
        long session = session("CHG-102", 6, 10);
        String email = newJuniorWithPassword("long-enough-pw-1");
        long person = personId(email);
        assertThat(enrol(session, person, ADMIN).json().get("status").asString()).isEqualTo("ENROLLED");
        var feed = api.post("/api/v1/people/" + person + "/calendar-feed", email, "{}");
        assertThat(feed.status()).as(feed.body()).isIn(200, 201);
        String url = feed.json().get("url").asString();
        var ics = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + url.substring(url.indexOf("/api/")))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ics.body()).contains("Course: Change control and the change advisory board", "course-session-" + session);
    }

    @Test
    void theReminderScanTellsEnrolledPeopleTwoDaysAhead() {
        long session = session("SFT-104", 2, 10);
        long person = freshJunior();
        enrol(session, person, ADMIN);
        var run = api.post("/api/v1/admin/scans/learning-session-reminders/run", ADMIN, "{}");
        assertThat(run.status()).isIn(200, 409);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notificationsOf(person, "SESSION_REMINDER")).isEqualTo(1));
    }
}
