package com.pmocareer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.BrowserSession;
import com.pmocareer.support.RunningApplication;
import com.pmocareer.support.BrowserSession.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sign-in, lockout, CSRF, headers, escaping, forms and error pages, as a browser meets them; on H2 and PostgreSQL. */
abstract class SignInAndPagesContract extends RunningApplication {

    BrowserSession browser;

    @BeforeEach
    void openABrowser() {
        browser = new BrowserSession(port);
    }

    @Test
    void pagesNeedSignInAndTheLoginPageIsPublic() {
        assertThat(browser.get("/people").status()).isEqualTo(302);
        assertThat(browser.get("/people").location()).endsWith("/login");
        Page login = browser.get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("Sign in", "name=\"_csrf\"");
    }

    @Test
    void eachRoleSeesANavigationMadeForIt() {
        browser.signIn("admin@pmo.example", "demo");
        String admin = browser.get("/").body();
        assertThat(admin).contains("PMO administration", "Audit log", "Import people", "Morgan Reyes");

        var junior = new BrowserSession(port);
        junior.signIn("junior@pmo.example", "demo");
        String home = junior.get("/").body();
        assertThat(home).contains("Welcome, Liam Novak", "My profile").doesNotContain("Audit log", "data-nav=\"admin\"",
                "href=\"/people\"");

        var mentor = new BrowserSession(port);
        mentor.signIn("mentor@pmo.example", "demo");
        assertThat(mentor.get("/").body()).contains("Your mentees", "Liam Novak", "Tomás García", "Hannah Weber",
                "Plan waits for your approval").doesNotContain("Headcount by career level", "Audit log", "Aisha Rahman");
        var mentorWithoutMentees = new BrowserSession(port);
        mentorWithoutMentees.signIn(newMentorWithPassword("long-enough-pw"), "long-enough-pw");
        assertThat(mentorWithoutMentees.get("/").body()).contains("No junior is assigned to you");

        var lead = new BrowserSession(port);
        lead.signIn("lead@pmo.example", "demo");
        assertThat(lead.get("/").body()).contains("Headcount by career level", "href=\"/people\"")
                .doesNotContain("Audit log");
    }

    @Test
    void signingInIssuesANewSessionId() {
        browser.get("/login");
        String before = browser.sessionCookie();

        String target = browser.signIn("mentor@pmo.example", "demo");

        assertThat(target).endsWith("/");
        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        browser.signIn("admin@pmo.example", "demo");

        Page forged = browser.post("/tokens", null, Map.of("name", "forged"));

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        String email = newJuniorWithPassword("right-password-123");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.signIn(email, "wrong")).endsWith("/login?error");
        }
        assertThat(browser.signIn(email, "wrong")).endsWith("/login?locked");

        assertThat(browser.signIn(email, "right-password-123")).endsWith("/login?locked");
        assertThat(api.mint(email, "right-password-123", "{}").status()).isEqualTo(401);
        assertThat(browser.get("/login?locked").body()).contains("locked for 15 minutes");
        var lockedUntil = jdbc.sql("SELECT locked_until FROM login_attempt WHERE username = :u").param("u", email)
                .query(java.time.OffsetDateTime.class).single();
        assertThat(lockedUntil).isBetween(java.time.OffsetDateTime.now().plusMinutes(14),
                java.time.OffsetDateTime.now().plusMinutes(16));
    }

    @Test
    void anUnknownEmailLocksExactlyLikeAKnownOneSoNothingRevealsWhichExist() {
        String known = newJuniorWithPassword("right-password-456");
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.signIn(unknown, "wrong")).isEqualTo(browser.signIn(known, "wrong"));
        }
        assertThat(browser.signIn(unknown, "wrong")).isEqualTo(browser.signIn(known, "wrong")).endsWith("/login?locked");
    }

    @Test
    void anAdminUnlocksALockedAccount() {
        String email = newJuniorWithPassword("right-password-789");
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(email, "wrong");
        }
        long id = jdbc.sql("SELECT id FROM person WHERE email = :e").param("e", email).query(Long.class).single();
        assertThat(api.get("/api/v1/people/" + id + "/account", "admin@pmo.example").json().get("locked").asBoolean())
                .isTrue();

        assertThat(api.post("/api/v1/people/" + id + "/account/unlock", "admin@pmo.example", "").status()).isEqualTo(204);

        assertThat(browser.signIn(email, "right-password-789")).endsWith("/");
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void whatAUserTypesIsNeverRenderedAsMarkup() {
        String email = "xss-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long id = api.post("/api/v1/people", "admin@pmo.example", ApiClient.json(Map.of("email", email,
                "fullName", "<script>alert('x')</script>", "jobTitle", "<img src=x onerror=alert(1)>",
                "orgUnitId", jdbc.sql("SELECT MIN(id) FROM org_unit").query(Long.class).single(),
                "careerLevel", "JUNIOR_PM", "startDate", "2026-01-10"))).json().get("id").asLong();
        browser.signIn("admin@pmo.example", "demo");

        String profile = browser.get("/people/" + id).body();
        String search = browser.get("/people?q=script").body();

        assertThat(profile).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x")
                .doesNotContain("<script>alert", "<img src=x");
        assertThat(search).doesNotContain("<script>alert");
    }

    @Test
    void errorsShowFriendlyPagesInTheLayout() {
        browser.signIn("junior@pmo.example", "demo");

        Page missing = browser.get("/people/99999999");
        Page forbidden = browser.get("/admin/audit");
        Page notMine = browser.get("/people/" + jdbc.sql("SELECT id FROM person WHERE email = 'junior2@pmo.example'")
                .query(Long.class).single());
        Page nowhere = browser.get("/no/such/page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found", "PMO-Career", "Go to your home page");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("You may not open this page");
        assertThat(notMine.status()).isEqualTo(404);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(nowhere.body()).contains("Page not found");
    }

    @Test
    void actuatorHealthIsPublicAndTheRestIsForAdmins() {
        assertThat(browser.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        browser.signIn("junior@pmo.example", "demo");
        assertThat(browser.get("/actuator/metrics").status()).isEqualTo(403);
        var admin = new BrowserSession(port);
        admin.signIn("admin@pmo.example", "demo");
        assertThat(admin.get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void theFormShowsEachValidationMessageBesideItsFieldAndCreatesNothing() {
        browser.signIn("admin@pmo.example", "demo");
        long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();

        Page page = browser.submit("/people/new", "/people", Map.of("email", "not-an-email", "fullName", "",
                "careerLevel", "JUNIOR_PM", "startDate", "2999-01-01", "lineManagerEmail", "nobody@nowhere.example"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Enter a valid e-mail address", "Enter the full name", "Choose an org unit",
                "The start date cannot be in the future", "No person has this e-mail address");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aStaleEditFormAnswers409SaysWhyAndKeepsTheNewerChange() {
        String email = "stale-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long unit = jdbc.sql("SELECT MIN(id) FROM org_unit").query(Long.class).single();
        long id = api.post("/api/v1/people", "admin@pmo.example", ApiClient.json(Map.of("email", email,
                "fullName", "Stale Form", "orgUnitId", unit, "careerLevel", "JUNIOR_PM", "startDate", "2026-01-10")))
                .json().get("id").asLong();
        browser.signIn("admin@pmo.example", "demo");
        String editPage = "/people/" + id + "/edit";
        String csrf = BrowserSession.csrfOf(browser.get(editPage).body());
        api.put("/api/v1/people/" + id, "admin@pmo.example", ApiClient.json(Map.of("email", email,
                "fullName", "Newer Name", "orgUnitId", unit, "careerLevel", "JUNIOR_PM", "startDate", "2026-01-10",
                "version", 0)));

        Page stale = browser.post("/people/" + id, csrf, Map.of("email", email, "fullName", "Older Edit",
                "orgUnitId", String.valueOf(unit), "careerLevel", "JUNIOR_PM", "startDate", "2026-01-10", "version", "0"));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("changed by someone else");
        assertThat(api.get("/api/v1/people/" + id, "admin@pmo.example").json().get("fullName").asString())
                .isEqualTo("Newer Name");
    }

    @Test
    void aServerErrorShowsTheFriendlyPage() {
        Page error = browser.get("/error");

        assertThat(error.status()).isEqualTo(500);
        assertThat(error.body()).contains("Something went wrong on our side", "PMO-Career").doesNotContain("Exception");
    }

    @Test
    void thePasswordPageSaysWhatIsWrongAndChangesNothing() {
        browser.signIn("junior6@pmo.example", "demo");

        Page mismatch = browser.submit("/account/password", "/account/password", Map.of("currentPassword", "demo",
                "newPassword", "a-new-password-1", "confirmPassword", "another-password-2"));
        Page wrongCurrent = browser.submit("/account/password", "/account/password", Map.of("currentPassword", "nope",
                "newPassword", "a-new-password-1", "confirmPassword", "a-new-password-1"));

        assertThat(mismatch.body()).contains("The two new passwords differ");
        assertThat(wrongCurrent.body()).contains("This is not your current password");
        assertThat(api.mint("junior6@pmo.example", "demo", "{}").status()).isEqualTo(201);
    }

    @Test
    void theOrgUnitPageRefusesABlankOrDuplicateNameAndChangesNothing() {
        browser.signIn("admin@pmo.example", "demo");
        long before = jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();

        Page blank = browser.submit("/admin/org-units", "/admin/org-units", Map.of("name", "  ", "parentId", ""));
        Page duplicate = browser.submit("/admin/org-units", "/admin/org-units", Map.of("name", "it pmo", "parentId", ""));

        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("The name is required.");
        assertThat(duplicate.body()).contains("An org unit named it pmo already exists.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single()).isEqualTo(before);
    }
}
