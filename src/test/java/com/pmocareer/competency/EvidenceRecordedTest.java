package com.pmocareer.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pmocareer.support.OnH2;
import com.pmocareer.support.RunningApplication;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The listener contract other modules publish to: evidence is kept once per source and flagged until re-rated. */
@OnH2
class EvidenceRecordedTest extends RunningApplication {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    void publish(EvidenceRecorded evidence) {
        transactions.executeWithoutResult(status -> events.publishEvent(evidence));
    }

    JsonNode riskRow(long person) {
        var profile = api.get("/api/v1/people/" + person + "/competency-profile", "lead@pmo.example").json();
        return StreamSupport.stream(profile.get("rows").spliterator(), false)
                .filter(row -> row.get("competency").get("code").asString().equals("RISK")).findFirst().orElseThrow();
    }

    @Test
    void evidenceIsKeptOncePerSourceAndFlaggedUntilTheNextRating() {
        long person = newPerson("evidence-" + System.nanoTime() + "@example.com", "Evidence Person");

        publish(new EvidenceRecorded(person, "RISK", 3, "ARTIFACT_REVIEW", "review-17"));
        publish(new EvidenceRecorded(person, "RISK", 3, "ARTIFACT_REVIEW", "review-17"));
        publish(new EvidenceRecorded(person, "ASTROLOGY", null, "COURSE_COMPLETION", "course-1"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(riskRow(person).get("evidence").asLong()).isEqualTo(1);
            assertThat(riskRow(person).get("evidenceSinceLastRating").asBoolean()).isTrue();
        });
        assertThat(riskRow(person).get("proficiency").get("level").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM competency_evidence WHERE person_id = :p").param("p", person)
                .query(Long.class).single()).isEqualTo(1);

        api.post("/api/v1/people/" + person + "/assessments", "lead@pmo.example", "{\"competencyCode\":\"RISK\",\"level\":3}");

        assertThat(riskRow(person).get("evidenceSinceLastRating").asBoolean()).isFalse();
    }
}
