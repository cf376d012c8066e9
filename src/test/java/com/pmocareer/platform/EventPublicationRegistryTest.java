package com.pmocareer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.people.PersonHired;
import com.pmocareer.support.ApiClient;
import com.pmocareer.support.AppInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The backbone later modules rely on: an event is stored with the change that published it, handed to listeners
 * after commit, marked complete when handled, and kept incomplete (for redelivery) when the listener fails.
 */
class EventPublicationRegistryTest {

    static final List<PersonHired> HEARD = new CopyOnWriteArrayList<>();

    @Configuration(proxyBeanMethods = false)
    static class Listeners {

        @Bean
        Object onboardingLikeListener() {
            return new Object() {
                @ApplicationModuleListener
                void on(PersonHired hired) {
                    HEARD.add(hired);
                }
            };
        }

        @Bean
        Object failingListener() {
            return new Object() {
                @ApplicationModuleListener
                void on(PersonHired hired) {
                    throw new IllegalStateException("mail server down");
                }
            };
        }
    }

    @Test
    void aHireIsStoredDeliveredAfterCommitAndKeptWhereDeliveryFailed() throws Exception {
        try (var app = AppInstance.start("pmo_events", Map.of(), Listeners.class)) {
            var api = new ApiClient(app.port());
            JdbcClient jdbc = app.bean(JdbcClient.class);
            long unit = jdbc.sql("SELECT MIN(id) FROM org_unit").query(Long.class).single();
            String email = "hire-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";

            long id = api.post("/api/v1/people", "admin@pmo.example", ApiClient.json(Map.of("email", email,
                    "fullName", "New Hire", "orgUnitId", unit, "careerLevel", "JUNIOR_PM", "startDate", "2026-11-02")))
                    .json().get("id").asLong();

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline && (HEARD.stream().noneMatch(h -> h.personId() == id)
                    || jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NOT NULL "
                            + "AND serialized_event LIKE :id").param("id", "%" + id + "%").query(Long.class).single() == 0)) {
                Thread.sleep(50);
            }
            assertThat(HEARD).anyMatch(h -> h.personId() == id && h.careerLevel().equals("JUNIOR_PM"));
            var publications = jdbc.sql("""
                    SELECT listener_id, completion_date FROM event_publication WHERE serialized_event LIKE :id""")
                    .param("id", "%\"personId\":" + id + "%").query().listOfRows();
            var ours = publications.stream().filter(row -> String.valueOf(row.get("listener_id"))
                    .contains("EventPublicationRegistryTest")).toList();
            assertThat(ours).hasSize(2);
            assertThat(ours).filteredOn(row -> row.get("completion_date") != null).hasSize(1);
            assertThat(ours).filteredOn(row -> row.get("completion_date") == null).hasSize(1);
            // The product's own listener (onboarding starts the new junior's plan) is stored and delivered alike.
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                    SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :id AND completion_date IS NOT NULL
                       AND listener_id LIKE '%NewHireOnboarding%'""").param("id", "%\"personId\":" + id + "%")
                    .query(Long.class).single()).isEqualTo(1));
        }
    }
}
