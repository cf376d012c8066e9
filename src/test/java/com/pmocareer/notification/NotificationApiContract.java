package com.pmocareer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.RunningApplication;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The notification backbone through the API: what the daily scan wrote for the demo PMO, reading and marking,
 * e-mail preferences, and the private calendar feed parsed back with ical4j.
 */
abstract class NotificationApiContract extends RunningApplication {

    static final String YUKI = "junior6@pmo.example";

    HttpResponse<String> anonymously(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theDailyScanToldYukiAboutHerOverdueTasksOnceAndHerLeadAboutTheirs() {
        var yuki = api.get("/api/v1/notifications", YUKI).json().get("content");
        JsonNode overdue = null;
        for (JsonNode n : yuki) {
            if (n.get("kind").asString().equals("ONBOARDING_TASK_OVERDUE")) {
                assertThat(overdue).as("one overdue notification, listing the tasks").isNull();
                overdue = n;
            }
        }
        assertThat(overdue).isNotNull();
        assertThat(overdue.get("title").asString()).matches("\\d+ onboarding tasks? (is|are) overdue");
        assertThat(overdue.get("link").asString()).isEqualTo("/people/" + personId(YUKI) + "/onboarding");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :lead AND kind = 'ONBOARDING_TASK_OVERDUE'")
                .param("lead", personId("lead@pmo.example")).query(Long.class).single())
                .as("the portfolio overview Yuki's lead owes her is overdue").isEqualTo(1);
        assertThat(jdbc.sql("SELECT body FROM notification WHERE person_id = :admin AND kind = 'ONBOARDING_TASK_OVERDUE'")
                .param("admin", personId("admin@pmo.example")).query(String.class).single())
                .contains("Git read access to the delivery repositories — for Yuki Tanaka");
    }

    @Test
    void anAdminSeesTheScansAndRunsOneNowButNotTwiceInARow() {
        var scans = api.get("/api/v1/admin/scans", "admin@pmo.example").json();
        assertThat(scans.toString()).contains("onboarding-due-and-overdue");
        assertThat(api.get("/api/v1/admin/scans", "lead@pmo.example").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/scans/onboarding-due-and-overdue/run", "lead@pmo.example", "").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/admin/scans/no-such-scan/run", "admin@pmo.example", "").status()).isEqualTo(404);

        var run = api.post("/api/v1/admin/scans/onboarding-due-and-overdue/run", "admin@pmo.example", "");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("notifications").asInt()).isNotNegative();
        assertThat(run.json().get("instance").asString()).isNotBlank();
        assertThat(run.json().get("durationMillis").asLong()).isNotNegative();
        assertThat(api.post("/api/v1/admin/scans/onboarding-due-and-overdue/run", "admin@pmo.example", "").status())
                .isEqualTo(409);
    }

    @Test
    void notificationsAreReadOneByOneOrAllAtOnceAndOnlyByTheirPerson() {
        String aisha = "junior2@pmo.example";
        long unread = api.get("/api/v1/notifications/unread-count", aisha).json().get("unread").asLong();
        assertThat(unread).isPositive();
        long id = api.get("/api/v1/notifications?unread=true", aisha).json().get("content").get(0).get("id").asLong();

        assertThat(api.post("/api/v1/notifications/" + id + "/read", YUKI, "").status()).isEqualTo(404);
        var read = api.post("/api/v1/notifications/" + id + "/read", aisha, "");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("unread").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/notifications/unread-count", aisha).json().get("unread").asLong()).isEqualTo(unread - 1);

        api.post("/api/v1/notifications/read-all", aisha, "");
        assertThat(api.get("/api/v1/notifications/unread-count", aisha).json().get("unread").asLong()).isZero();
        assertThat(api.get("/api/v1/notifications", aisha).json().get("content").size()).isPositive();
    }

    @Test
    void eachPersonChoosesHowEmailReachesThemPerKind() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        var defaults = api.get("/api/v1/notifications/preferences", email).json();
        assertThat(defaults.get("ONBOARDING_TASK_OVERDUE").asString()).isEqualTo("DAILY");
        assertThat(defaults.get("ONBOARDING_PLAN_STARTED").asString()).isEqualTo("IMMEDIATE");

        var chosen = api.put("/api/v1/notifications/preferences", email,
                "{\"ONBOARDING_TASK_OVERDUE\":\"IMMEDIATE\",\"DOCUMENT_TO_ACKNOWLEDGE\":\"OFF\"}").json();
        assertThat(chosen.get("ONBOARDING_TASK_OVERDUE").asString()).isEqualTo("IMMEDIATE");
        assertThat(chosen.get("DOCUMENT_TO_ACKNOWLEDGE").asString()).isEqualTo("OFF");
        assertThat(chosen.get("ONBOARDING_TASK_DUE").asString()).isEqualTo("DAILY");

        var bad = api.put("/api/v1/notifications/preferences", email, "{\"ASTROLOGY\":\"DAILY\",\"ONBOARDING_TASK_DUE\":\"HOURLY\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("ASTROLOGY").contains("ONBOARDING_TASK_DUE");
        assertThat(api.get("/api/v1/notifications/preferences", email).json().get("ONBOARDING_TASK_DUE").asString())
                .as("nothing of a refused change is kept").isEqualTo("DAILY");
    }

    @Test
    void theCalendarFeedListsTheOpenTasksAndParsesBackAsICalendar() throws Exception {
        long yuki = personId(YUKI);
        var made = api.post("/api/v1/people/" + yuki + "/calendar-feed", YUKI, "");
        assertThat(made.status()).isEqualTo(201);
        String url = made.json().get("url").asString().replaceFirst("^https?://[^/]+", "http://localhost:" + port);

        var feed = anonymously(url);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        var calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        var titles = events.stream().map(e -> e.getSummary().getValue()).toList();
        assertThat(titles).anyMatch(t -> t.startsWith("Onboarding: ")).doesNotHaveDuplicates();
        assertThat(titles).contains("Onboarding: Facilitate a sprint retrospective");
        assertThat(events.stream().map(e -> e.getUid().orElseThrow().getValue()).distinct().count()).isEqualTo(events.size());
        assertThat(calendar.validate().hasErrors()).isFalse();

        var mentorFeed = api.post("/api/v1/people/" + personId("mentor2@pmo.example") + "/calendar-feed", "mentor2@pmo.example", "");
        var mentorCalendar = new CalendarBuilder().build(new StringReader(anonymously(mentorFeed.json().get("url").asString()
                .replaceFirst("^https?://[^/]+", "http://localhost:" + port)).body()));
        assertThat(mentorCalendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getSummary().getValue()).toList())
                .as("a mentor sees the mentor tasks of their mentees")
                .contains("Onboarding: Mentor's feedback for the 90-day review (Yuki Tanaka)");
    }

    @Test
    void aCalendarAddressIsPrivateAndEndsWhenRevokedOrReplaced() throws Exception {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long id = personId(email);
        assertThat(api.post("/api/v1/people/" + id + "/calendar-feed", "lead@pmo.example", "").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/people/" + personId(YUKI) + "/calendar-feed", email, "").status()).isEqualTo(404);

        String first = api.post("/api/v1/people/" + id + "/calendar-feed", email, "").json().get("url").asString()
                .replaceFirst("^https?://[^/]+", "http://localhost:" + port);
        assertThat(anonymously(first).statusCode()).isEqualTo(200);
        assertThat(anonymously(first.replaceAll("token=.*", "token=guess")).statusCode()).isEqualTo(404);
        assertThat(anonymously(first.replaceAll("token=.*", "")).statusCode()).isEqualTo(404);

        String second = api.post("/api/v1/people/" + id + "/calendar-feed", email, "").json().get("url").asString()
                .replaceFirst("^https?://[^/]+", "http://localhost:" + port);
        assertThat(anonymously(first).statusCode()).as("replaced").isEqualTo(404);
        assertThat(anonymously(second).statusCode()).isEqualTo(200);

        assertThat(api.delete("/api/v1/people/" + id + "/calendar-feed", email).status()).isEqualTo(204);
        assertThat(anonymously(second).statusCode()).as("revoked").isEqualTo(404);
        assertThat(api.get("/api/v1/people/" + id + "/calendar-feed", email).json().get("active").asBoolean()).isFalse();
    }
}
