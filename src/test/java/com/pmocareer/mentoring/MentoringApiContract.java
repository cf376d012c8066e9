package com.pmocareer.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Mentor profiles, optimal matching proposals, and the mentorship journal, through the API. */
abstract class MentoringApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String LEAD = "lead@pmo.example";
    static final String LEAD2 = "lead2@pmo.example";
    static final String MENTOR = "mentor@pmo.example";
    static final String JUNIOR = "junior@pmo.example";
    static final String JUNIOR2 = "junior2@pmo.example";

    JsonNode propose(String as) {
        var made = api.post("/api/v1/mentoring/matching", as, "");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json();
    }

    static Map<String, Object> profile(int capacity, List<String> languages, String zone) {
        var body = new HashMap<String, Object>();
        body.put("capacity", capacity);
        body.put("languages", languages);
        body.put("timeZone", zone);
        body.put("crossTeamWelcome", true);
        return body;
    }

    long startMentorship(String mentor, String junior) {
        var started = api.post("/api/v1/mentorships", LEAD, ApiClient.json(Map.of("mentorId", personId(mentor),
                "menteeId", personId(junior))));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().get("id").asLong();
    }

    @Test
    void aMentorsStrengthsComeFromTheirAssessedLevelsUntilEdited() {
        JsonNode sofia = api.get("/api/v1/mentors/" + personId(MENTOR) + "/profile", JUNIOR).json();
        assertThat(sofia.get("capacity").asInt()).isEqualTo(4);
        assertThat(sofia.get("strengthsFromProfile").asBoolean()).isTrue();
        sofia.get("strengths").forEach(s -> assertThat(s.get("level").asInt()).isGreaterThanOrEqualTo(4));
        assertThat(api.get("/api/v1/mentors/" + personId(JUNIOR) + "/profile", LEAD).status()).as("not a mentor").isEqualTo(404);

        String mentor = newMentorWithPassword("Mentoring-2026!");
        long id = personId(mentor);
        var body = profile(3, List.of("en", "DE"), "Europe/Vienna");
        body.put("strengths", List.of("negotiation", "STAKEHOLDER"));
        assertThat(api.put("/api/v1/mentors/" + id + "/profile", JUNIOR, ApiClient.json(body)).status()).isEqualTo(403);
        var saved = api.put("/api/v1/mentors/" + id + "/profile", mentor, ApiClient.json(body));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("languages").toString()).isEqualTo("[\"en\",\"de\"]");
        assertThat(saved.json().get("strengthsFromProfile").asBoolean()).isFalse();
        assertThat(saved.json().get("strengths").get(0).get("code").asString()).isEqualTo("NEGOTIATION");

        var bad = profile(11, List.of("english!"), "Mars/Base");
        bad.put("strengths", List.of("UNDERWATER_BASKETS"));
        var refused = api.put("/api/v1/mentors/" + id + "/profile", mentor, ApiClient.json(bad));
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("capacity", "languages", "timeZone", "strengths");
        assertThat(api.get("/api/v1/mentors/" + id + "/profile", mentor).json().get("capacity").asInt()).isEqualTo(3);
    }

    @Test
    void theProposalMatchesTheUnmatchedJuniorsWithinCapacityAndNeverWithTheirLineManager() {
        assertThat(api.post("/api/v1/mentoring/matching", JUNIOR, "").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/mentoring/matching", MENTOR, "").status()).isEqualTo(403);
        JsonNode proposal = propose(LEAD);
        assertThat(proposal.get("status").asString()).isEqualTo("DRAFT");
        Map<Long, Long> proposedPerMentor = new HashMap<>();
        Set<Long> mentees = new HashSet<>();
        for (JsonNode pair : proposal.get("pairs")) {
            long mentee = pair.get("menteeId").asLong();
            mentees.add(mentee);
            if (!pair.get("mentorId").isNull()) {
                long mentor = pair.get("mentorId").asLong();
                proposedPerMentor.merge(mentor, 1L, Long::sum);
                Long lineManager = jdbc.sql("SELECT line_manager_id FROM person WHERE id = :id").param("id", mentee)
                        .query(Long.class).optional().orElse(null);
                assertThat(mentor).isNotEqualTo(lineManager);
                assertThat(pair.get("reasons").get(0).asString()).startsWith("cover");
                assertThat(pair.get("score").asInt()).isBetween(0, 100);
            }
        }
        assertThat(mentees).contains(personId(JUNIOR2), personId("junior12@pmo.example"))
                .doesNotContain(personId(JUNIOR));
        for (JsonNode room : proposal.get("mentors")) {
            long proposed = proposedPerMentor.getOrDefault(room.get("mentorId").asLong(), 0L);
            assertThat(room.get("proposed").asLong()).isEqualTo(proposed);
            assertThat(room.get("currentMentees").asInt() + proposed)
                    .as("capacity of " + room.get("name").asString()).isLessThanOrEqualTo(Math.max(room.get("capacity").asInt(),
                            room.get("currentMentees").asInt()));
        }
        assertThat(proposal.get("totalScore").asLong()).isGreaterThanOrEqualTo(proposal.get("greedyScore").asLong());
        long totalRoom = 0;
        for (JsonNode room : proposal.get("mentors")) {
            totalRoom += Math.max(0, room.get("capacity").asInt() - room.get("currentMentees").asInt());
        }
        assertThat(proposal.get("matched").asLong()).isEqualTo(Math.min(mentees.size(), totalRoom));
    }

    @Test
    void aLeadMatchesOnlyTheJuniorsOfTheirPartOfThePmo() {
        JsonNode proposal = propose(LEAD2);
        Set<Long> digital = new HashSet<>(jdbc.sql("SELECT id FROM person WHERE org_unit_id = :u")
                .param("u", orgUnitId("Digital & Applications Delivery")).query(Long.class).list());
        proposal.get("pairs").forEach(pair -> assertThat(digital).contains(pair.get("menteeId").asLong()));
        assertThat(api.get("/api/v1/mentoring/proposals/" + proposal.get("id").asLong(), JUNIOR2).status()).isEqualTo(403);
    }

    @Test
    void theLeadChangesSwapsAndPublishesAndBothSidesAreTold() {
        String mentor = newMentorWithPassword("Mentoring-2026!");
        long mentorId = personId(mentor);
        api.put("/api/v1/mentors/" + mentorId + "/profile", mentor, ApiClient.json(profile(1, List.of("en"), "Europe/Berlin")));
        String first = newJuniorWithPassword("Mentee-one-2026!");
        String second = newJuniorWithPassword("Mentee-two-2026!");
        JsonNode proposal = propose(ADMIN);
        long id = proposal.get("id").asLong();
        for (JsonNode pair : proposal.get("pairs")) {
            var cleared = api.put("/api/v1/mentoring/proposals/" + id + "/pairs/" + pair.get("menteeId").asLong(), ADMIN,
                    "{\"mentorId\":null}");
            assertThat(cleared.status()).isEqualTo(200);
        }
        var assigned = api.put("/api/v1/mentoring/proposals/" + id + "/pairs/" + personId(first), ADMIN,
                ApiClient.json(Map.of("mentorId", mentorId)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        var overCapacity = api.put("/api/v1/mentoring/proposals/" + id + "/pairs/" + personId(second), ADMIN,
                ApiClient.json(Map.of("mentorId", mentorId)));
        assertThat(overCapacity.status()).as("capacity 1").isEqualTo(409);
        var notAMentor = api.put("/api/v1/mentoring/proposals/" + id + "/pairs/" + personId(second), ADMIN,
                ApiClient.json(Map.of("mentorId", personId(JUNIOR))));
        assertThat(notAMentor.status()).isEqualTo(400);
        var swapped = api.post("/api/v1/mentoring/proposals/" + id + "/swap", ADMIN,
                ApiClient.json(Map.of("menteeId", personId(first), "otherMenteeId", personId(second))));
        assertThat(swapped.status()).as(swapped.body()).isEqualTo(200);
        JsonNode pairOfSecond = null;
        for (JsonNode pair : swapped.json().get("pairs")) {
            if (pair.get("menteeId").asLong() == personId(second)) {
                pairOfSecond = pair;
            }
        }
        assertThat(pairOfSecond.get("mentorId").asLong()).isEqualTo(mentorId);
        var published = api.post("/api/v1/mentoring/proposals/" + id + "/publish", ADMIN, "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(api.post("/api/v1/mentoring/proposals/" + id + "/publish", ADMIN, "").status()).isEqualTo(409);
        JsonNode mentorships = api.get("/api/v1/mentorships", second).json();
        assertThat(mentorships).hasSize(1);
        assertThat(mentorships.get(0).get("mentorId").asLong()).isEqualTo(mentorId);
        assertThat(api.get("/api/v1/mentorships", first).json()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'MENTOR_MATCHED' AND person_id IN (:p)")
                .param("p", List.of(mentorId, personId(second))).query(Long.class).single()).isEqualTo(2);
        assertThat(api.get("/api/v1/mentorships", JUNIOR2).json()).as("the demo's Aisha stays unmatched").isEmpty();
    }

    @Test
    void thePairKeepsAJournalWhoseNotesOnlyThePairReads() throws Exception {
        String mentor = newMentorWithPassword("Mentoring-2026!");
        String junior = newJuniorWithPassword("Journal-2026!");
        long id = startMentorship(mentor, junior);
        var agreement = api.put("/api/v1/mentorships/" + id + "/agreement", junior, ApiClient.json(Map.of(
                "goals", "Run a steering committee", "cadenceDays", 14, "developmentGoalIds", List.of())));
        assertThat(agreement.status()).as(agreement.body()).isEqualTo(200);
        assertThat(api.put("/api/v1/mentorships/" + id + "/agreement", junior, ApiClient.json(Map.of(
                "goals", "x", "cadenceDays", 3, "developmentGoalIds", List.of(999_999)))).status()).isEqualTo(400);
        OffsetDateTime next = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
        var session = new HashMap<String, Object>();
        session.put("startsAt", next.toString());
        session.put("durationMinutes", 45);
        session.put("topics", "Stakeholder map");
        session.put("notes", "Private: talk about the difficult sponsor");
        session.put("actions", List.of(Map.of("description", "Draft the stakeholder map", "ownerId", personId(junior),
                "dueOn", LocalDate.now().plusDays(10).toString())));
        var logged = api.post("/api/v1/mentorships/" + id + "/sessions", mentor, ApiClient.json(session));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        long sessionId = logged.json().get("id").asLong();
        assertThat(api.post("/api/v1/mentorships/" + id + "/sessions", LEAD, ApiClient.json(session)).status()).isEqualTo(403);

        assertThat(api.get("/api/v1/mentorships/" + id + "/journal", junior).json().get("sessions").get(0).get("notes")
                .asString()).contains("difficult sponsor");
        JsonNode asLead = api.get("/api/v1/mentorships/" + id + "/journal", LEAD).json();
        assertThat(asLead.get("sessions").get(0).get("notes").isNull()).isTrue();
        assertThat(asLead.get("sessions").get(0).get("topics").asString()).isEqualTo("Stakeholder map");
        assertThat(asLead.get("nextSessionDue").asString()).isEqualTo(next.toLocalDate().plusDays(14).toString());
        assertThat(api.get("/api/v1/mentorships/" + id + "/journal", JUNIOR).status()).isEqualTo(404);

        var feedback = api.post("/api/v1/mentorships/" + id + "/feedback", junior,
                ApiClient.json(Map.of("sessionId", sessionId, "rating", 5, "comment", "Great")));
        assertThat(feedback.status()).as(feedback.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/mentorships/" + id + "/feedback", junior,
                ApiClient.json(Map.of("sessionId", sessionId, "rating", 4))).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/mentorships/" + id + "/feedback", mentor,
                ApiClient.json(Map.of("sessionId", sessionId, "rating", 6))).status()).isEqualTo(400);
        assertThat(api.post("/api/v1/mentorships/" + id + "/feedback", mentor,
                ApiClient.json(Map.of("monthOf", LocalDate.now().toString(), "rating", 4))).status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'MENTORING_SESSION' AND person_id = :p")
                .param("p", personId(junior)).query(Long.class).single()).isEqualTo(1);

        for (String who : List.of(mentor, junior)) {
            var feed = api.post("/api/v1/people/" + personId(who) + "/calendar-feed", who, "");
            String url = feed.json().get("url").asString().replaceFirst("^https?://[^/]+", "http://localhost:" + port);
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var calendar = new CalendarBuilder().build(new StringReader(body));
            assertThat(calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getSummary().getValue()).toList())
                    .anyMatch(title -> title.startsWith("Mentoring with "));
        }
    }

    @Test
    void aMentorSeesAndRatesTheMenteeOnlyWhileTheMentorshipLasts() {
        String mentor = newMentorWithPassword("Mentoring-2026!");
        String junior = newJuniorWithPassword("Access-2026!");
        long juniorId = personId(junior);
        long id = startMentorship(mentor, junior);
        assertThat(api.get("/api/v1/people/" + juniorId + "/development-plan", mentor).status()).isEqualTo(200);
        var rating = ApiClient.json(Map.of("competencyCode", "COMMUNICATION", "level", 2, "raterRole", "MENTOR"));
        assertThat(api.post("/api/v1/people/" + juniorId + "/assessments", mentor, rating).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/mentorships/" + id + "/close-out", mentor, "{\"summary\":\"\"}").status()).isEqualTo(400);
        var closed = api.post("/api/v1/mentorships/" + id + "/close-out", mentor,
                ApiClient.json(Map.of("summary", "Goals met.")));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("closeOut").asString()).isEqualTo("Goals met.");
        assertThat(api.get("/api/v1/people/" + juniorId + "/development-plan", mentor).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/people/" + juniorId + "/assessments", mentor, rating).status()).isIn(403, 404);
        assertThat(api.post("/api/v1/mentorships/" + id + "/sessions", mentor, ApiClient.json(Map.of(
                "startsAt", OffsetDateTime.now().toString(), "durationMinutes", 30, "topics", "After the end"))).status())
                .isIn(404, 409);
        assertThat(api.get("/api/v1/mentorships/" + id + "/journal", junior).json().get("closeOut").asString()).isEqualTo("Goals met.");
    }

    @Test
    void theDemoHasAnAgreedMentorshipWithSessionsAndAClosedOne() {
        JsonNode liam = api.get("/api/v1/mentorships", JUNIOR).json().get(0);
        JsonNode journal = api.get("/api/v1/mentorships/" + liam.get("id").asLong() + "/journal", MENTOR).json();
        assertThat(journal.get("cadenceDays").asInt()).isEqualTo(14);
        assertThat(journal.get("sessions")).hasSize(5);
        assertThat(journal.get("feedback").size()).isEqualTo(6);
        boolean overdue = false;
        for (JsonNode s : journal.get("sessions")) {
            for (JsonNode a : s.get("actions")) {
                overdue |= a.get("overdue").asBoolean();
            }
        }
        assertThat(overdue).isTrue();
        JsonNode tomas = api.get("/api/v1/mentorships?all=true", "junior3@pmo.example").json();
        assertThat(tomas).hasSize(2);
    }

    @Test
    void theDailyScanRemindsOfActionsAndTheCadence() {
        var run = api.post("/api/v1/admin/scans/mentoring-actions-and-cadence/run", ADMIN, "{}");
        assertThat(run.status()).isIn(200, 409);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'MENTORING_ACTION_DUE' AND person_id = :p")
                        .param("p", personId(JUNIOR)).query(Long.class).single()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void personalDataCarryTheJournalAndErasureRemovesNotesAndEndsTheMentorship() {
        JsonNode liam = api.get("/api/v1/people/" + personId(JUNIOR) + "/personal-data", JUNIOR).json();
        assertThat(liam.get("mentoring").get("sessions")).hasSize(5);
        assertThat(liam.get("experience").get("experienceLog").size()).isGreaterThanOrEqualTo(50);
        assertThat(liam.get("experience").get("workProducts").size()).isGreaterThanOrEqualTo(3);

        String mentor = newMentorWithPassword("Mentoring-2026!");
        String junior = newJuniorWithPassword("Erasure-2026!");
        long id = startMentorship(mentor, junior);
        var session = new HashMap<String, Object>(Map.of("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0).toString(),
                "durationMinutes", 30, "topics", "Erasure", "notes", "Something personal"));
        assertThat(api.post("/api/v1/mentorships/" + id + "/sessions", junior, ApiClient.json(session)).status()).isEqualTo(201);
        assertThat(api.delete("/api/v1/people/" + personId(junior), ADMIN).status()).isEqualTo(204);
        assertThat(jdbc.sql("SELECT notes FROM mentoring_session WHERE mentorship_id = :m").param("m", id).query(String.class)
                .optional().orElse(null)).isNull();
        assertThat(jdbc.sql("SELECT ended_on FROM mentorship WHERE id = :m").param("m", id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.now());
    }
}
