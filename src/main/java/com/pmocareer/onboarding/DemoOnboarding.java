package com.pmocareer.onboarding;

import com.pmocareer.onboarding.DocumentViews.VersionCommand;
import com.pmocareer.onboarding.PlanViews.ReviewCommand;
import com.pmocareer.people.DemoPmoLoaded;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Three onboarding plans of the demo PMO: Noah on day 3, Yuki on day 40 with overdue tasks, Aisha on day 85 with her
 * 30- and 60-day reviews done. The handbook then gets a second version, so Aisha is asked to acknowledge it again.
 */
@Component
class DemoOnboarding {

    private final OnboardingPlans plans;
    private final OnboardingTemplates templates;
    private final OnboardingPlanStore store;
    private final PmoDocuments documents;
    private final OnboardingScans scans;
    private final JdbcClient jdbc;

    DemoOnboarding(OnboardingPlans plans, OnboardingTemplates templates, OnboardingPlanStore store, PmoDocuments documents,
            OnboardingScans scans, JdbcClient jdbc) {
        this.plans = plans;
        this.templates = templates;
        this.store = store;
        this.documents = documents;
        this.scans = scans;
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(4)
    void on(DemoPmoLoaded demo) {
        LocalDate today = demo.today();
        var template = templates.list().stream().filter(t -> t.versionId() != null).findFirst().orElseThrow();
        long lead = demo.id("lead@pmo.example");
        long lead2 = demo.id("lead2@pmo.example");

        long noah = plans.startForSystem(demo.id("junior12@pmo.example"), template.versionId(), today.minusDays(2));
        closeDueBefore(noah, today, demo.id("junior12@pmo.example"), lead2, java.util.Set.of());

        long yuki = plans.startForSystem(demo.id("junior6@pmo.example"), template.versionId(), today.minusDays(39));
        // Her lead still owes the portfolio overview, and the service desk her Git access: overdue for them too.
        closeDueBefore(yuki, today.minusDays(12), demo.id("junior6@pmo.example"), lead, java.util.Set.of("portfolio-overview", "git-access"));
        review(yuki, "review-30", lead, "Settled in quickly; the tool set-up was smooth and the team is welcoming.",
                "Following the infrastructure jargon in steering committees; not sure yet when to escalate.",
                "A glossary session with Marcus, and a first small deliverable of her own on the shadow project.");

        long aisha = plans.startForSystem(demo.id("junior2@pmo.example"), template.versionId(), today.minusDays(84));
        closeDueBefore(aisha, today, demo.id("junior2@pmo.example"), lead2, java.util.Set.of());
        jdbc.sql("UPDATE onboarding_task SET status = 'NOT_APPLICABLE', note = :why, closed_by = :lead WHERE plan_id = :plan AND task_key = 'vendor-meeting'")
                .param("why", "Her projects have no external supplier this quarter.").param("lead", lead2).param("plan", aisha).update();
        review(aisha, "review-30", lead2, "Strong start on the portal project; the first status report needed one revision only.",
                "Saying no to stakeholders who add scope in hallway conversations.",
                "Shadow Elena in two change-control meetings.");
        review(aisha, "review-60", lead2, "Runs the weekly status and the RAID log of the portal project on her own.",
                "Estimating infrastructure work she has never seen before.",
                "Cloud fundamentals course, and pairing with the infrastructure PM on the next estimate.");
        store.refreshProgress(aisha, OffsetDateTime.now(ZoneOffset.UTC));

        long handbook = documents.idByTitle("PMO Handbook").orElseThrow();
        int number = documents.insertVersion(handbook, new VersionCommand("https://intranet.example.com/pmo/handbook-v2.pdf", null,
                null, null, "Gate 2 now needs a security review for projects handling personal data"), demo.id("admin@pmo.example"));
        documents.askToAcknowledgeAgain(handbook, "PMO Handbook", number);
        scans.scan(today);
    }

    /** Closes the plan's tasks due before the day, by their owner (or the lead), on their due day. */
    private void closeDueBefore(long planId, LocalDate day, long newHire, long lead, java.util.Set<String> leftOpen) {
        for (var task : store.tasks(planId)) {
            if (!task.dueOn().isBefore(day) || task.reviewKind() != null || leftOpen.contains(task.key())) {
                continue;
            }
            long by = task.owner() == TaskOwner.NEW_HIRE ? newHire : lead;
            store.close(task.id(), TaskStatus.DONE, by, null, task.dueOn().atTime(16, 0).atOffset(ZoneOffset.UTC));
            if (task.documentId() != null && task.owner() == TaskOwner.NEW_HIRE) {
                documents.latestVersion(task.documentId()).ifPresent(v -> documents.acknowledgeForSystem(newHire, v.id()));
            }
        }
        store.refreshProgress(planId, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private void review(long planId, String key, long lead, String wentWell, String hard, String support) {
        var task = store.tasks(planId).stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
        var at = task.dueOn().atTime(15, 0).atOffset(ZoneOffset.UTC);
        store.insertReview(task.id(), new ReviewCommand(wentWell, hard, support), lead, at);
        store.close(task.id(), TaskStatus.DONE, lead, null, at);
        store.refreshProgress(planId, OffsetDateTime.now(ZoneOffset.UTC));
    }
}
