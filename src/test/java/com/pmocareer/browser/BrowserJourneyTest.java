package com.pmocareer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.pmocareer.support.OnH2;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium signs in as each demo role, walks the main pages, checks them with axe-core (no serious or
 * critical WCAG 2.1 AA violation, no console error such as a CSP refusal) and keeps screenshots under
 * target/screenshots. Skips, saying why, where no Chromium is installed.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;
    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser tests skipped: no Chromium at " + CHROMIUM + " (apt-get install -y chromium)");
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-dev-shm-usage")));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page signedIn(BrowserContext context, String email, List<String> consoleErrors) {
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                consoleErrors.add(message.text());
            }
        });
        // Error pages are expected where a test asks for them; a missing asset never is.
        page.onResponse(response -> {
            if (response.status() >= 400 && !response.request().isNavigationRequest()) {
                consoleErrors.add(response.status() + " " + response.url());
            }
        });
        page.navigate(url("/login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/"));
        return page;
    }

    private void checkAndShoot(Page page, String name) {
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<String> serious = new ArrayList<>();
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                serious.add(violation.getId() + ": " + violation.getHelp() + " " + violation.getNodes().get(0).getHtml());
            }
        }
        assertThat(serious).as("accessibility violations on " + name).isEmpty();
    }

    @Test
    void anAdminWalksThePeopleAdministrationPages() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "admin@pmo.example", consoleErrors);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("PMO administration")).isVisible()).isTrue();
            checkAndShoot(page, "admin-home");

            page.navigate(url("/people"));
            checkAndShoot(page, "admin-people");
            page.getByLabel("Search").fill("Novak");
            page.waitForCondition(() -> page.locator("#results tbody tr").count() == 1);
            assertThat(page.locator("#results").textContent()).contains("Liam Novak");
            checkAndShoot(page, "admin-people-search");

            page.getByText("Liam Novak").first().click();
            page.waitForURL("**/people/*");
            checkAndShoot(page, "admin-profile");

            page.navigate(url("/people/new"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator("#email-error").textContent()).contains("Enter the e-mail address");
            checkAndShoot(page, "admin-person-form-errors");

            page.navigate(url("/admin/people/import"));
            page.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload("people.csv", "text/csv",
                    "email,fullName,orgUnit,careerLevel,startDate\n,Nobody,Moon Base,JUNIOR_PM,yesterday\n".getBytes()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and import")).click();
            assertThat(page.locator("#import-errors").textContent()).contains("nothing was imported", "Moon Base");
            checkAndShoot(page, "admin-import-errors");

            page.navigate(url("/admin/org-units"));
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name").setExact(true))
                    .fill("Service Transition");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit")).click();
            assertThat(page.locator("[role=status]").textContent()).contains("Service Transition was added");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit")).click();
            checkAndShoot(page, "admin-org-units");

            page.navigate(url("/admin/accounts"));
            checkAndShoot(page, "admin-accounts");
            page.navigate(url("/admin/audit"));
            checkAndShoot(page, "admin-audit");
            page.navigate(url("/tokens"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
            assertThat(page.locator("#minted-token code").textContent()).startsWith("pmo_");
            checkAndShoot(page, "admin-tokens");

            page.navigate(url("/swagger-ui/index.html"));
            page.waitForSelector("text=PMO-Career API");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("api-documentation.png")));
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aLeadAMentorAndAJuniorEachSeeTheirOwnHome() {
        List<String> consoleErrors = new ArrayList<>();
        for (String role : List.of("lead", "mentor", "junior")) {
            try (BrowserContext context = browser.newContext()) {
                Page page = signedIn(context, role + "@pmo.example", consoleErrors);
                checkAndShoot(page, role + "-home");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My profile").setExact(true)).first().click();
                checkAndShoot(page, role + "-profile");
                page.navigate(url("/account/password"));
                checkAndShoot(page, role + "-password");
                assertThat(page.locator("nav").textContent()).doesNotContain("Administration");
            }
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void thePhoneLayoutCollapsesTheNavigation() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = signedIn(context, "lead@pmo.example", consoleErrors);
            assertThat(page.getByLabel("Show navigation").isVisible()).isTrue();
            page.getByLabel("Show navigation").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People").setExact(true)).click();
            page.waitForURL(url("/people"));
            checkAndShoot(page, "phone-lead-people");
        }
        assertThat(consoleErrors).isEmpty();
    }
}
