package com.pmocareer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.BrowserSession;
import com.pmocareer.support.OnH2;
import com.pmocareer.support.RunningApplication;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The onboarding, document and notification pages' forms, posted the way a browser posts them. */
@OnH2
class OnboardingPagesTest extends RunningApplication {

    static final String PASSWORD = "long-enough-pw-1";

    BrowserSession signedIn(String email, String password) {
        var session = new BrowserSession(port);
        session.signIn(email, password);
        return session;
    }

    long taskId(long person, String key) {
        return jdbc.sql("""
                SELECT t.id FROM onboarding_task t JOIN onboarding_plan p ON p.id = t.plan_id
                 WHERE p.person_id = :person AND t.task_key = :key AND p.status = 'ACTIVE'""")
                .param("person", person).param("key", key).query(Long.class).single();
    }

    @Test
    void aLeadStartsAPlanAndTheJuniorTicksATaskOffOnTheChecklist() {
        String email = newJuniorWithPassword(PASSWORD);
        long person = personId(email);
        var lead = signedIn("lead@pmo.example", "demo");
        String page = "/people/" + person + "/onboarding";
        assertThat(lead.get(page).body()).contains("Start an onboarding plan", "IT PMO — junior PM, first 90 days");

        var started = lead.submit(page, page, Map.of("templateId", String.valueOf(jdbc.sql("SELECT MIN(id) FROM onboarding_template")
                .query(Long.class).single()), "startDate", LocalDate.now().toString()));
        assertThat(started.status()).isEqualTo(302);
        assertThat(lead.get(page).body()).contains("started with 32 tasks", "Week 1", "Week 13");

        var junior = signedIn(email, PASSWORD);
        assertThat(junior.get(page).body()).contains("0 %").doesNotContain("Start an onboarding plan");
        long task = taskId(person, "org-culture");
        var done = junior.submit(page, "/onboarding/tasks/" + task + "/complete", Map.of("personId", String.valueOf(person),
                "note", "Loved the <b>values</b> session"));
        assertThat(done.location()).endsWith(page + "#task-" + task);
        String after = junior.get(page).body();
        assertThat(after).contains("Done. The plan is 3 % complete.", "Loved the &lt;b&gt;values&lt;/b&gt; session");

        var refused = junior.submit(page, "/onboarding/tasks/" + taskId(person, "tools-check") + "/complete",
                Map.of("personId", String.valueOf(person)));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(junior.get(page).body()).contains("First: Jira access");
    }

    @Test
    void theReviewFormSaysWhichAnswersAreMissing() {
        long aisha = personId("junior2@pmo.example");
        long review = taskId(aisha, "review-90");
        var lead = signedIn("lead2@pmo.example", "demo");
        String form = "/onboarding/tasks/" + review + "/review?personId=" + aisha;
        assertThat(lead.get(form).body()).contains("90-day review with Aisha Rahman", "What went well?");

        var incomplete = lead.submit(form, form, Map.of("wentWell", "Independent on the portal", "hard", "", "supportNeeded", ""));
        assertThat(incomplete.status()).isEqualTo(200);
        assertThat(incomplete.body()).contains("Every question needs an answer", "What is hard must be answered",
                "Independent on the portal");
        assertThat(jdbc.sql("SELECT status FROM onboarding_task WHERE id = :id").param("id", review).query(String.class).single())
                .isEqualTo("OPEN");
    }

    @Test
    void anAdminEditsATemplateDraftAndABadTaskIsExplainedAndNotSaved() {
        var admin = signedIn("admin@pmo.example", "demo");
        long created = Long.parseLong(admin.submit("/admin/onboarding/templates", "/admin/onboarding/templates",
                Map.of("name", "Cloud team onboarding " + System.nanoTime(), "copyOf",
                        String.valueOf(jdbc.sql("SELECT MIN(id) FROM onboarding_template").query(Long.class).single())))
                .location().replaceAll(".*/", ""));
        String editor = "/admin/onboarding/templates/" + created;
        admin.submit(editor, editor + "/draft", Map.of());
        assertThat(admin.get(editor).body()).contains("You are editing a draft", "Publish version");

        var negative = admin.submit(editor, editor + "/draft/tasks", Map.of("key", "cloud-console", "title", "Cloud console access",
                "category", "TOOLS_AND_ACCESS", "owner", "IT_SERVICE_DESK", "dueOffsetDays", "-2"));
        assertThat(negative.status()).isEqualTo(200);
        assertThat(negative.body()).contains("dueOffsetDays: must not be negative");
        var cycle = admin.submit(editor, editor + "/draft/tasks", Map.of("originalKey", "review-30", "key", "review-30",
                "title", "30-day review", "category", "PMO_ROLE_AND_PROCESS", "owner", "LEAD", "dueOffsetDays", "30",
                "reviewKind", "DAY_30", "dependsOn", "review-90"));
        assertThat(cycle.status()).isEqualTo(200);
        assertThat(cycle.body()).contains("the dependencies form a cycle: review-30 → review-90 → review-60 → review-30");

        admin.submit(editor, editor + "/draft/tasks", Map.of("key", "cloud-console", "title", "Cloud console access",
                "category", "TOOLS_AND_ACCESS", "owner", "IT_SERVICE_DESK", "dueOffsetDays", "3", "skipWeekends", "true"));
        admin.submit(editor, editor + "/draft/tasks/cloud-console/move", Map.of("by", "-1"));
        long version = jdbc.sql("SELECT version FROM onboarding_template WHERE id = :id").param("id", created).query(Long.class).single();
        admin.submit(editor, editor + "/draft/publish", Map.of("note", "Cloud console added", "version", String.valueOf(version)));

        var published = api.get("/api/v1/onboarding/templates/" + created, "admin@pmo.example").json();
        assertThat(published.get("versionNumber").asInt()).isEqualTo(2);
        assertThat(published.get("tasks").size()).isEqualTo(33);
        assertThat(published.get("tasks").get(31).get("key").asString()).as("moved up one place").isEqualTo("cloud-console");
        for (var task : published.get("tasks")) {
            if (task.get("key").asString().equals("review-30")) {
                assertThat(task.get("dependsOn")).as("the refused cycle was not saved").isEmpty();
            }
        }
    }

    @Test
    void anAdminUploadsANewDocumentVersionAndARenamedFileIsRefused() {
        var admin = signedIn("admin@pmo.example", "demo");
        long methodology = jdbc.sql("SELECT id FROM pmo_document WHERE title = 'Project Delivery Methodology Guide'")
                .query(Long.class).single();
        String page = "/documents/" + methodology;
        int before = jdbc.sql("SELECT COUNT(*) FROM pmo_document_version WHERE document_id = :d").param("d", methodology)
                .query(Integer.class).single();

        admin.postMultipart(page, page + "/versions", "guide.pdf", "not a pdf at all");
        assertThat(admin.get(page).body()).contains("does not contain what a .pdf file contains");
        admin.postMultipart(page, page + "/versions", "guide.md", "# Methodology\n\nNow with SAFe.\n");
        assertThat(admin.get(page).body()).contains("Version " + (before + 1) + " is published");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pmo_document_version WHERE document_id = :d").param("d", methodology)
                .query(Integer.class).single()).isEqualTo(before + 1);

        var junior = signedIn(newJuniorWithPassword(PASSWORD), PASSWORD);
        junior.submit(page, page + "/acknowledge", Map.of());
        assertThat(junior.get(page).body()).contains("You acknowledged this version");
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.pmocareer.notification.Notifications notifications;

    @Test
    void aLongNotificationListIsPagedKeepingItsFilter() {
        String email = newJuniorWithPassword(PASSWORD);
        long person = personId(email);
        var many = new java.util.ArrayList<com.pmocareer.notification.NewNotification>();
        for (int i = 1; i <= 30; i++) {
            many.add(new com.pmocareer.notification.NewNotification(person,
                    com.pmocareer.notification.NotificationKind.ONBOARDING_TASK_DUE, "Reminder number " + i, null, null, null));
        }
        notifications.sendAll(many);
        var junior = signedIn(email, PASSWORD);

        String first = junior.get("/notifications?unread=true").body();
        assertThat(first).contains("Page 1 of 2", "href=\"/notifications?unread=true&amp;page=1\"");
        String second = junior.get("/notifications?unread=true&page=1").body();
        assertThat(second).contains("Page 2 of 2", "Reminder number 1<").doesNotContain("Reminder number 30<");
    }

    @Test
    void theBellCountsUnreadNotificationsAndTheCentreMarksThemRead() {
        var yuki = signedIn("junior6@pmo.example", "demo");
        String bell = yuki.get("/notifications/bell").body();
        assertThat(bell).contains("data-unread", "unread");
        assertThat(yuki.get("/notifications").body()).contains("onboarding task");

        yuki.submit("/notifications", "/notifications/read-all", Map.of());
        assertThat(yuki.get("/notifications/bell").body()).doesNotContain("data-unread").contains("none unread");
        assertThat(yuki.get("/notifications?unread=true").body()).contains("Nothing unread");

        var preferences = yuki.submit("/notifications/preferences", "/notifications/preferences",
                Map.of("ONBOARDING_TASK_OVERDUE", "OFF"));
        assertThat(preferences.status()).isEqualTo(302);
        assertThat(api.get("/api/v1/notifications/preferences", "junior6@pmo.example").json().get("ONBOARDING_TASK_OVERDUE")
                .asString()).isEqualTo("OFF");
        var feed = yuki.submit("/notifications/preferences", "/notifications/calendar-feed", Map.of());
        assertThat(yuki.get(feed.location().replaceFirst("^https?://[^/]+", "").replace("#calendar", "")).body())
                .contains("/calendar.ics?token=");
    }
}
