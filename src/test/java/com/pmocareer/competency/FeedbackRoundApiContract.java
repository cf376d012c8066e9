package com.pmocareer.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 360 rounds through the API: who may open, answer, close and read, and when peers stay anonymous. */
abstract class FeedbackRoundApiContract extends RunningApplication {

    static final String LEAD = "lead@pmo.example";

    record Invitee(long id, String email) {
    }

    Invitee invitee() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        return new Invitee(personId(email), email);
    }

    long open(Invitee person, List<Invitee> peers) {
        var raters = new ArrayList<Map<String, Object>>();
        raters.add(Map.of("personId", personId(LEAD), "relation", "LEAD"));
        peers.forEach(peer -> raters.add(Map.of("personId", peer.id(), "relation", "PEER")));
        var opened = api.post("/api/v1/people/" + person.id() + "/assessment-rounds", LEAD, ApiClient.json(Map.of(
                "title", "Soft skills 360", "dueOn", LocalDate.now().plusDays(10).toString(),
                "competencyCodes", List.of("COMMUNICATION", "CONFLICT"), "raters", raters)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asLong();
    }

    ApiClient.Response answer(long round, String as, int communication, String comment) {
        var first = new java.util.HashMap<String, Object>(Map.of("competencyCode", "COMMUNICATION", "level", communication));
        first.put("comment", comment);
        return api.post("/api/v1/assessment-rounds/" + round + "/answers", as, ApiClient.json(List.of(first,
                Map.of("competencyCode", "CONFLICT"))));
    }

    JsonNode close(long round) {
        long version = api.get("/api/v1/assessment-rounds/" + round, LEAD).json().get("version").asLong();
        var closed = api.post("/api/v1/assessment-rounds/" + round + "/close", LEAD, "{\"version\":" + version + "}");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        return closed.json();
    }

    @Test
    void withThreePeersThePersonSeesTheirAverageWithoutNamesOnceClosed() {
        var person = invitee();
        var peers = List.of(invitee(), invitee(), invitee());
        long round = open(person, peers);

        assertThat(answer(round, peers.get(0).email(), 2, "Stand-ups overrun").status()).isEqualTo(200);
        answer(round, peers.get(1).email(), 3, "Clear writer");
        answer(round, peers.get(2).email(), 4, "Good");
        answer(round, person.email(), 5, "I think I am great");
        answer(round, LEAD, 2, "Decisions get lost");
        assertThat(api.get("/api/v1/assessment-rounds/" + round + "/result", person.email()).status()).isEqualTo(409);

        close(round);
        var result = api.get("/api/v1/assessment-rounds/" + round + "/result", person.email()).json();

        assertThat(result.get("peersShown").asBoolean()).isTrue();
        var communication = result.get("lines").get(0);
        assertThat(communication.get("peerAverage").asDouble()).isEqualTo(3.0);
        assertThat(communication.get("self").asInt()).isEqualTo(5);
        assertThat(communication.get("lead").get(0).asInt()).isEqualTo(2);
        assertThat(communication.get("comments")).anySatisfy(c -> {
            assertThat(c.get("text").asString()).isEqualTo("Stand-ups overrun");
            assertThat(c.get("author").isNull()).isTrue();
        });
        assertThat(result.get("lines").get(1).get("peerAverage").isNull()).isTrue();
    }

    @Test
    void belowThreePeersTheirAnswersAreWithheldAndTheLevelStillFollowsTheLead() {
        var person = invitee();
        var peers = List.of(invitee(), invitee());
        long round = open(person, peers);
        answer(round, peers.get(0).email(), 1, "Hard to follow");
        answer(round, peers.get(1).email(), 1, null);
        answer(round, LEAD, 3, null);

        var profileBefore = api.get("/api/v1/people/" + person.id() + "/competency-profile", LEAD).body();
        close(round);
        var result = api.get("/api/v1/assessment-rounds/" + round + "/result", LEAD).json();

        assertThat(result.get("peersShown").asBoolean()).isFalse();
        assertThat(result.get("lines").get(0).get("peerAverage").isNull()).isTrue();
        assertThat(result.toString()).doesNotContain("Hard to follow");
        assertThat(profileBefore).doesNotContain("\"level\":3");
        var history = api.get("/api/v1/people/" + person.id() + "/assessments?competency=COMMUNICATION", person.email()).json();
        assertThat(history.findValuesAsString("raterRole")).containsExactly("LEAD");
    }

    @Test
    void onlyInvitedRatersAnswerOnceAndOnlyThePersonAndTheLeadReadTheResult() {
        var person = invitee();
        var peer = invitee();
        var outsider = invitee();
        long round = open(person, List.of(peer));

        assertThat(answer(round, outsider.email(), 3, null).status()).isEqualTo(404);
        var outOfScale = answer(round, peer.email(), 9, null);
        assertThat(outOfScale.status()).isEqualTo(400);
        assertThat(outOfScale.json().findValuesAsString("field")).isNotEmpty();
        assertThat(answer(round, peer.email(), 3, null).status()).isEqualTo(200);
        assertThat(answer(round, peer.email(), 4, null).status()).isEqualTo(409);
        assertThat(api.get("/api/v1/assessment-rounds/invitations", person.email()).json().findValues("id"))
                .extracting(JsonNode::asLong).contains(round);
        assertThat(api.post("/api/v1/assessment-rounds/" + round + "/close", person.email(), "{\"version\":0}").status())
                .isEqualTo(403);

        close(round);

        assertThat(api.get("/api/v1/assessment-rounds/" + round + "/result", peer.email()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/assessment-rounds/" + round + "/result", outsider.email()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/assessment-rounds/" + round + "/result", person.email()).status()).isEqualTo(200);
        assertThat(answer(round, person.email(), 3, null).status()).isEqualTo(409);
    }

    @Test
    void aRoundWithBadInputIsRefusedAndNotOpened() {
        var person = invitee();
        var refused = api.post("/api/v1/people/" + person.id() + "/assessment-rounds", LEAD, ApiClient.json(Map.of(
                "title", "Bad", "dueOn", LocalDate.now().minusDays(1).toString(), "competencyCodes", List.of("ASTROLOGY"),
                "raters", List.of(Map.of("personId", personId("mentor2@pmo.example"), "relation", "MENTOR")))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsString("field")).containsExactlyInAnyOrder("dueOn", "competencyCodes[0]",
                "raters[0].relation");
        assertThat(api.get("/api/v1/people/" + person.id() + "/assessment-rounds", LEAD).json().size()).isZero();
    }
}
