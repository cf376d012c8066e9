package com.pmocareer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.pmocareer.support.OnH2;
import com.pmocareer.support.RunningApplication;
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

/**
 * A real Chromium signs in as each demo role, walks the main pages, checks them with axe-core (no serious or
 * critical WCAG 2.1 AA violation, no console error such as a CSP refusal) and keeps screenshots under
 * target/screenshots. Skips, saying why, where no Chromium is installed.
 */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest extends RunningApplication {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

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
        return signedIn(context, email, "demo", consoleErrors);
    }

    private Page signedIn(BrowserContext context, String email, String password, List<String> consoleErrors) {
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
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url("/"));
        return page;
    }

    private void checkAndShoot(Page page, String name) {
        page.waitForLoadState();
        // A button left under the mouse is mid-way through its hover transition; axe would measure that colour.
        page.mouse().move(0, 0);
        page.waitForTimeout(250);
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
            page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search")).fill("Novak");
            page.waitForCondition(() -> page.locator("#results tbody tr").count() == 1);
            PlaywrightAssertions.assertThat(page.locator("#results")).containsText("Liam Novak");
            checkAndShoot(page, "admin-people-search");

            page.getByText("Liam Novak").first().click();
            page.waitForURL("**/people/*");
            checkAndShoot(page, "admin-profile");

            page.navigate(url("/people/new"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            PlaywrightAssertions.assertThat(page.locator("#email-error")).containsText("Enter the e-mail address");
            checkAndShoot(page, "admin-person-form-errors");

            page.navigate(url("/admin/people/import"));
            page.setInputFiles("#file", new com.microsoft.playwright.options.FilePayload("people.csv", "text/csv",
                    "email,fullName,orgUnit,careerLevel,startDate\n,Nobody,Moon Base,JUNIOR_PM,yesterday\n".getBytes()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check and import")).click();
            PlaywrightAssertions.assertThat(page.locator("#import-errors")).containsText("nothing was imported");
            PlaywrightAssertions.assertThat(page.locator("#import-errors")).containsText("Moon Base");
            checkAndShoot(page, "admin-import-errors");

            page.navigate(url("/admin/org-units"));
            page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name").setExact(true))
                    .fill("Service Transition");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add unit")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Service Transition was added");
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
                assertThat(page.locator("nav [data-nav=admin]").count()).isZero();
            }
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aJuniorReadsTheGapAnalysisAndDraftsAndSubmitsADevelopmentGoal() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "junior2@pmo.example", consoleErrors);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My plan").setExact(true)).first().click();
            page.waitForURL("**/development-plan");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gap analysis").setExact(true)).first().click();
            page.waitForURL("**/gap-analysis");
            page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-radar]'))");
            PlaywrightAssertions.assertThat(page.locator("#gap-summary")).containsText("below what Project Manager requires");
            assertThat(page.locator("#gap-table tbody tr").count()).isGreaterThan(30);
            checkAndShoot(page, "junior-gap-analysis");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Development plan").setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal")).click();
            PlaywrightAssertions.assertThat(page.locator("#title-error")).containsText("Say what you will do");
            PlaywrightAssertions.assertThat(page.locator("#competencyCode-error")).containsText("Choose a competency");
            checkAndShoot(page, "junior-plan-goal-errors");

            page.getByLabel("What will you do? (specific)").fill("Run the sprint review of the payments team");
            page.getByLabel("How will you know it is reached? (measurable)").fill("The product owner confirms the review ran on time-box");
            page.getByLabel("Competency (relevant)").selectOption("SCRUM");
            page.getByLabel("Target level (achievable)").selectOption("2");
            page.getByLabel("Due (time-bound)").fill(java.time.LocalDate.now().plusDays(3).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]").first()).containsText("Added the goal");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for approval")).click();
            PlaywrightAssertions.assertThat(page.locator("#plan-status")).containsText("Waiting for approval");
            PlaywrightAssertions.assertThat(page.locator("article.goal")).hasCount(2);
            checkAndShoot(page, "junior-development-plan");
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void anAdminSchedulesASessionAJuniorEnrolsAndTheLeadCompletesTheCourse() {
        List<String> consoleErrors = new ArrayList<>();
        var day = java.time.LocalDate.now().plusDays(10);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "admin@pmo.example", consoleErrors);
            page.navigate(url("/admin/courses?q=ADKAR"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change management with ADKAR")).click();
            page.waitForURL("**/admin/courses/*");
            page.getByLabel("Starts").fill(day + "T09:00");
            page.getByLabel("Ends").fill(day + "T17:00");
            page.getByLabel("Enrolment deadline").fill(day.minusDays(1).toString());
            page.getByLabel("Room").fill("Meeting room Turing");
            page.getByLabel("Seats").fill("8");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Scheduled a session");
            checkAndShoot(page, "admin-course-editor");
            page.navigate(url("/admin/xapi"));
            PlaywrightAssertions.assertThat(page.locator("#review-queue")).containsText("contractor@vendor.example");
            checkAndShoot(page, "admin-xapi");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "junior4@pmo.example", consoleErrors);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Learning").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Course catalog")).click();
            page.waitForURL("**/courses");
            page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search")).fill("no such course at all");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            PlaywrightAssertions.assertThat(page.locator("#no-courses")).isVisible();
            page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Search")).fill("ADKAR");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
            PlaywrightAssertions.assertThat(page.locator("#result-count")).containsText("1 course");
            checkAndShoot(page, "junior-catalog");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change management with ADKAR")).click();
            page.locator("[data-session]", new Page.LocatorOptions().setHasText("Meeting room Turing"))
                    .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Enrol")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("You are enrolled");
            checkAndShoot(page, "junior-course");
        }
        long session = jdbc.sql("SELECT id FROM course_session WHERE location = 'Meeting room Turing'").query(Long.class).single();
        // The day of the session has come and gone.
        jdbc.sql("UPDATE course_session SET starts_at = :start, ends_at = :end WHERE id = :id")
                .param("start", java.time.OffsetDateTime.now().minusHours(9)).param("end", java.time.OffsetDateTime.now().minusHours(1))
                .param("id", session).update();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "lead@pmo.example", consoleErrors);
            page.navigate(url("/sessions/" + session + "/roster"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attended: Hannah Weber")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Hannah Weber: attended");
            page.getByLabel("Score for Hannah Weber").fill("88");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark completed: Hannah Weber")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Hannah Weber completed Change management with ADKAR");
            checkAndShoot(page, "lead-roster");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Learning").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals")).click();
            PlaywrightAssertions.assertThat(page.locator("[data-request='Liam Novak']")).containsText("Negotiation");
            checkAndShoot(page, "lead-approvals");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Learning").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compliance matrix")).click();
            checkAndShoot(page, "lead-compliance-matrix");
            page.getByLabel("Team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Infrastructure & Cloud Delivery"));
            page.getByLabel("Showing people").selectOption("OVERDUE");
            page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("Person")).fill("Tanaka");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
            page.waitForURL("**/compliance?*");
            PlaywrightAssertions.assertThat(page.locator("[data-person='Yuki Tanaka']")).containsText("Overdue");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "junior4@pmo.example", consoleErrors);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Learning").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My learning")).click();
            PlaywrightAssertions.assertThat(page.locator("#records")).containsText("Change management with ADKAR");
            page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-stacked]'))");
            PlaywrightAssertions.assertThat(page.locator("[data-requirement='ISO27001']")).containsText("Overdue");
            checkAndShoot(page, "junior-my-learning");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log an activity")).click();
            page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).selectOption("PODCAST");
            page.getByLabel("What", new Page.GetByLabelOptions().setExact(true)).fill("Stakeholder podcast, two episodes");
            page.getByLabel("When", new Page.GetByLabelOptions().setExact(true)).fill(java.time.LocalDate.now().minusDays(1).toString());
            page.getByLabel("Hours", new Page.GetByLabelOptions().setExact(true)).fill("1.5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log the activity")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Logged 1.5 h");
            checkAndShoot(page, "junior-activities");
            page.navigate(url("/learning/paths"));
            checkAndShoot(page, "junior-learning-paths");
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aMentorApprovesAPlanAndRatesAMentee() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "mentor@pmo.example", consoleErrors);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plan waits for your approval")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the plan")).click();
            PlaywrightAssertions.assertThat(page.locator("#plan-status")).containsText("Approved");
            PlaywrightAssertions.assertThat(page.locator("#plan-status")).containsText("Sofia Lindqvist");
            checkAndShoot(page, "mentor-approved-plan");

            page.navigate(url("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tomás García")).click();
            page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('canvas[data-radar]'))");
            PlaywrightAssertions.assertThat(page.locator("#competency-table")).containsText("Conflict resolution");
            checkAndShoot(page, "mentor-mentee-competencies");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Conflict resolution")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save rating")).click();
            PlaywrightAssertions.assertThat(page.locator("#rating-error")).containsText("choose a level");
            page.getByLabel("2 · Practising with help").check();
            page.getByLabel("Comment").fill("Held the vendor call with me listening in; calm and clear.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save rating")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]").first()).containsText("at level 2 as MENTOR");
            PlaywrightAssertions.assertThat(page.locator("#rating-history li").first()).containsText("Held the vendor call");
            checkAndShoot(page, "mentor-rated-competency");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("360 feedback").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("360° feedback — soft skills")).click();
            checkAndShoot(page, "mentor-360-round");
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aLeadRanksReadinessAndAnAdminBrowsesAndEditsTheFramework() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "lead@pmo.example", consoleErrors);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Readiness").setExact(true)).click();
            page.waitForURL(url("/readiness"));
            page.waitForLoadState();
            PlaywrightAssertions.assertThat(page.locator("#readiness-table")).containsText("Liam Novak");
            PlaywrightAssertions.assertThat(page.locator("#readiness-table")).containsText("Tomás García");
            checkAndShoot(page, "lead-readiness-list");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tomás García")).click();
            page.waitForURL("**/people/*/readiness");
            page.waitForSelector("#criteria-list");
            PlaywrightAssertions.assertThat(page.locator("#competency-checklist")).containsText("Communication: level");
            PlaywrightAssertions.assertThat(page.locator("#criteria-list")).containsText("months leading projects as co-PM or PM");
            checkAndShoot(page, "lead-person-readiness");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("360 feedback").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("360° feedback — soft skills")).click();
            PlaywrightAssertions.assertThat(page.locator("#round-result")).containsText("Communication");
            checkAndShoot(page, "lead-360-result");
            page.navigate(url("/career-ladder"));
            checkAndShoot(page, "career-ladder");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "admin@pmo.example", consoleErrors);
            page.navigate(url("/competencies?q=negotiation"));
            PlaywrightAssertions.assertThat(page.locator("details.competency")).hasCount(1);
            checkAndShoot(page, "framework-browser");
            page.navigate(url("/admin/competencies/draft"));
            checkAndShoot(page, "framework-editor-start");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a draft")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit Jira")).click();
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Jira and Jira Service Management");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save in draft")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]").first()).containsText("Saved Jira and Jira Service Management");
            checkAndShoot(page, "framework-editor-draft");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Discard draft")).click();
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aNewJuniorReadsTheHandbookOnTheOnboardingChecklistAndChecksTheBell() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "junior12@pmo.example", consoleErrors);
            PlaywrightAssertions.assertThat(page.locator("#home-onboarding")).containsText("day 3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onboarding").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My onboarding")).click();
            page.waitForURL("**/onboarding");
            String before = page.locator("#plan-progress").textContent();
            assertThat(page.locator("section h2").first().textContent()).startsWith("Week 1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("I have read it: Read the PMO Handbook and acknowledge it")).click();
            page.waitForSelector("[role=status]:has-text('Done. The plan is')");
            assertThat(page.locator("#plan-progress").textContent()).isNotEqualTo(before);
            assertThat(page.locator("[data-task=read-handbook]").getAttribute("data-status")).isEqualTo("DONE");
            checkAndShoot(page, "junior-onboarding-plan");

            page.waitForSelector("#bell[hx-trigger='every 60s']");
            page.locator("#bell").click();
            page.waitForURL("**/notifications");
            assertThat(page.locator("[data-notification]").count()).isPositive();
            checkAndShoot(page, "junior-notifications");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("E-mail and calendar")).click();
            page.waitForURL("**/notifications/preferences");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make my calendar address")).click();
            page.waitForSelector("#feed-url");
            assertThat(page.locator("#feed-url").inputValue()).contains("/calendar.ics?token=");
            checkAndShoot(page, "junior-notification-preferences");
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aLeadFollowsRunningOnboardingPlansAndAnAdminEditsTheTemplate() {
        List<String> consoleErrors = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "lead@pmo.example", consoleErrors);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onboarding").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Running plans").setExact(true)).click();
            page.waitForURL("**/onboarding");
            PlaywrightAssertions.assertThat(page.locator("[data-plan='Yuki Tanaka']")).containsText("overdue");
            var overdue = page.locator("#plans tbody tr td:last-child").allTextContents().stream()
                    .map(text -> text.matches("(?s).*?(\\d+) overdue.*") ? Integer.parseInt(text.replaceAll("(?s).*?(\\d+) overdue.*", "$1")) : 0)
                    .toList();
            assertThat(overdue).as("most overdue first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
            checkAndShoot(page, "lead-onboarding-overview");

            page.getByLabel("Team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Digital & Applications Delivery"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
            page.waitForURL("**/onboarding?orgUnit=*");
            PlaywrightAssertions.assertThat(page.locator("[data-plan='Yuki Tanaka']")).hasCount(0);
            PlaywrightAssertions.assertThat(page.locator("[data-plan='Aisha Rahman']")).hasCount(1);

            page.navigate(url("/onboarding"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Yuki Tanaka")).click();
            page.waitForURL("**/onboarding");
            PlaywrightAssertions.assertThat(page.locator("#overdue-summary")).containsText("overdue");
            checkAndShoot(page, "lead-onboarding-plan");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "admin@pmo.example", consoleErrors);
            page.navigate(url("/admin/onboarding/templates"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("IT PMO — junior PM, first 90 days")).click();
            page.waitForURL("**/admin/onboarding/templates/*");
            checkAndShoot(page, "admin-onboarding-template");
            page.navigate(url("/documents"));
            assertThat(page.locator("[data-document]").count()).isGreaterThanOrEqualTo(3);
            checkAndShoot(page, "admin-documents");
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

    @Test
    void aJuniorSubmitsAWorkProductTheMentorApprovesItAndALeadPublishesAMatching() {
        List<String> consoleErrors = new ArrayList<>();
        String title = "Weekly status report " + System.nanoTime() % 10000;
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "junior@pmo.example", consoleErrors);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Experience").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My experience")).click();
            page.waitForURL("**/people/*/experience");
            PlaywrightAssertions.assertThat(page.locator("#months-leading")).hasText("9");
            PlaywrightAssertions.assertThat(page.locator("#not-practised")).containsText("Closing");
            checkAndShoot(page, "junior-experience");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Experience").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Work products and reviews")).click();
            page.waitForURL("**/artifacts");
            page.getByLabel("Type").selectOption("STATUS_REPORT");
            page.getByLabel("Title").fill(title);
            page.getByLabel("File: PDF, Word, Excel or Markdown, at most 10 MB").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                    "status.md", "text/markdown", "# Status: green\n\nAll milestones on track.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Submitted " + title);
            PlaywrightAssertions.assertThat(page.locator("#my-artifacts")).containsText(title);
            checkAndShoot(page, "junior-artifacts");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "mentor@pmo.example", consoleErrors);
            page.navigate(url("/artifacts"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review " + title)).click();
            page.waitForURL("**/artifacts/*");
            for (String criterion : List.of("Clarity", "Completeness", "Accuracy", "Audience fit", "Actionability")) {
                page.getByLabel("Score for " + criterion).selectOption("4");
            }
            page.getByLabel("Comment on Clarity").fill("Crisp and to the point.");
            checkAndShoot(page, "mentor-artifact-review");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Approved " + title);
            PlaywrightAssertions.assertThat(page.locator("#artifact-status")).containsText("Approved");
            PlaywrightAssertions.assertThat(page.locator("[data-review]")).containsText("4.0 of 4");
            checkAndShoot(page, "mentor-artifact-approved");
            page.navigate(url("/mentorships"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mentorship of Liam Novak with Sofia Lindqvist")).click();
            PlaywrightAssertions.assertThat(page.locator("#agreement")).containsText("Meet every 14 days");
            checkAndShoot(page, "mentor-mentorship-journal");
        }
        String suffix = String.valueOf(System.nanoTime() % 100000);
        String mentee = newAccount("JUNIOR_PM", "browser-mentee-1", "Browser Mentee " + suffix);
        String mentor = newAccount("MENTOR", "browser-mentor-1", "Browser Mentor " + suffix);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "lead@pmo.example", consoleErrors);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mentoring").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Matching").setExact(true)).click();
            page.waitForURL("**/mentoring/matching");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Propose")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Proposed mentors for");
            PlaywrightAssertions.assertThat(page.locator("#pairs")).containsText("Aisha Rahman");
            checkAndShoot(page, "lead-matching-board");
            long proposal = jdbc.sql("SELECT MAX(id) FROM matching_proposal WHERE status = 'DRAFT'").query(Long.class).single();
            // Other tests' juniors and the demo's stay unmatched: only the browser's own junior is published.
            jdbc.sql("UPDATE matching_pair SET mentor_id = NULL, score = NULL WHERE proposal_id = :p AND mentee_id <> :m")
                    .param("p", proposal).param("m", personId(mentee)).update();
            page.reload();
            var row = page.locator("[data-pair='Browser Mentee " + suffix + "']");
            row.getByRole(AriaRole.COMBOBOX).selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Browser Mentor " + suffix + " (2 free)"));
            row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Set the mentor of Browser Mentee " + suffix)).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Changed the mentor");
            page.onceDialog(dialog -> dialog.accept());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the proposal")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Published: 1 mentorships start today");
            PlaywrightAssertions.assertThat(page.locator("#proposal-status")).hasText("Published");
            checkAndShoot(page, "lead-matching-published");
        }
        assertThat(jdbc.sql("SELECT mentor_id FROM mentorship WHERE mentee_id = :m AND ended_on IS NULL")
                .param("m", personId(mentee)).query(Long.class).single()).isEqualTo(personId(mentor));
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "lead@pmo.example", consoleErrors);
            page.navigate(url("/projects/" + jdbc.sql("SELECT id FROM project WHERE code = 'INF-DC-25'").query(Long.class).single()));
            PlaywrightAssertions.assertThat(page.locator("#timeline")).containsText("Liam Novak");
            checkAndShoot(page, "lead-project-timeline");
            page.navigate(url("/imports/ms-project"));
            checkAndShoot(page, "lead-ms-project-import");
        }
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aJuniorRecordsACredentialClaimsUnitsAndWatchesTheLedgerWhileTheLeadSeesTheTeam() {
        List<String> consoleErrors = new ArrayList<>();
        String email = newAccount("JUNIOR_PM", "browser-ledger-1", "Browser Holder " + System.nanoTime() % 100000);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "junior@pmo.example", consoleErrors);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Certifications").setExact(true)).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My certifications")).click();
            page.waitForURL("**/people/*/certifications");
            checkAndShoot(page, "junior-certifications");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Certified Associate in Project Management")).click();
            page.waitForURL("**/people/*/certifications/*");
            PlaywrightAssertions.assertThat(page.locator("#forecast")).containsText("At your pace");
            PlaywrightAssertions.assertThat(page.locator("[data-rule='Business Acumen']")).containsText("1");
            checkAndShoot(page, "junior-capm-ledger");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, email, "browser-ledger-1", consoleErrors);
            page.navigate(url("/certifications"));
            page.getByLabel("Certification", new Page.GetByLabelOptions().setExact(true)).first().selectOption("CSM");
            page.getByLabel("Earned on").fill(java.time.LocalDate.now().minusMonths(20).toString());
            page.getByLabel("Credential number").fill("000222333");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("Recorded Certified ScrumMaster");
            page.navigate(url("/people/" + personId(email) + "/pdus"));
            page.getByLabel("What").fill("Scrum meet-up talk");
            page.getByLabel("On", new Page.GetByLabelOptions().setExact(true)).fill(java.time.LocalDate.now().minusDays(3).toString());
            page.getByLabel("Hours", new Page.GetByLabelOptions().setExact(true)).fill("8");
            page.getByLabel("Scrum Education Units").fill("8");
            page.getByLabel("Evidence link").fill("https://meetup.example/talk");
            checkAndShoot(page, "junior-claim-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
            PlaywrightAssertions.assertThat(page.locator("[role=status]")).containsText("It counts for CSM");
            page.navigate(url("/people/" + personId(email) + "/certifications"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Certified ScrumMaster")).click();
            PlaywrightAssertions.assertThat(page.locator("[data-rule='Total SEUs']")).containsText("8");
            PlaywrightAssertions.assertThat(page.locator("#counted-entries")).containsText("Scrum meet-up talk");
            checkAndShoot(page, "junior-csm-ledger");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "lead@pmo.example", consoleErrors);
            page.navigate(url("/certifications/team"));
            PlaywrightAssertions.assertThat(page.locator("#expiring")).containsText("Tomás García");
            PlaywrightAssertions.assertThat(page.locator("#team-eligibility")).containsText("Ravi Patel");
            checkAndShoot(page, "lead-team-certifications");
            page.navigate(url("/people/" + personId("junior8@pmo.example") + "/eligibility?type=PMP"));
            PlaywrightAssertions.assertThat(page.locator("#eligibility-summary")).containsText("Earliest at the current pace");
            checkAndShoot(page, "lead-eligibility");
            page.navigate(url("/certifications/catalog"));
            checkAndShoot(page, "certification-catalog");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, "admin@pmo.example", consoleErrors);
            page.navigate(url("/admin/certifications/PMP"));
            checkAndShoot(page, "admin-certification-rules");
        }
        assertThat(consoleErrors).isEmpty();
    }
}
