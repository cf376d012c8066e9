package com.pmocareer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.AppInstance;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one PostgreSQL: told to run the daily scan at the same moment, it runs once (ShedLock); a task
 * closed on one shows in the other's overview of running plans within a second.
 */
class OnboardingAcrossInstancesTest {

    @Test
    void theDailyScanRunsOnceWhenTwoInstancesStartItTogether() throws Exception {
        try (var first = AppInstance.start("pmo_scan_lock", Map.of()); var second = AppInstance.start("pmo_scan_lock", Map.of())) {
            JdbcClient jdbc = first.bean(JdbcClient.class);
            long runsBefore = runs(jdbc);
            long notificationsBefore = jdbc.sql("SELECT COUNT(*) FROM notification").query(Long.class).single();

            var start = new CountDownLatch(1);
            var pool = Executors.newFixedThreadPool(2);
            for (var instance : new AppInstance[] {first, second}) {
                pool.submit(() -> {
                    start.await();
                    instance.bean(OnboardingScans.class).scanDueAndOverdue();
                    return null;
                });
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            second.bean(OnboardingScans.class).scanDueAndOverdue();

            assertThat(runs(jdbc) - runsBefore).isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT instance) FROM scan_run WHERE scan = :scan")
                    .param("scan", OnboardingScans.SCAN).query(Long.class).single()).isEqualTo(1);
            // The demo already scanned today, so the one run found everything notified: no duplicates either.
            assertThat(jdbc.sql("SELECT COUNT(*) FROM notification").query(Long.class).single()).isEqualTo(notificationsBefore);
        }
    }

    @Test
    void aTaskClosedOnOneInstanceShowsInTheOtherInstancesOverviewWithinASecond() throws Exception {
        try (var first = AppInstance.start("pmo_overview_revision", Map.of());
             var second = AppInstance.start("pmo_overview_revision", Map.of())) {
            var onFirst = new com.pmocareer.support.ApiClient(first.port());
            var onSecond = new com.pmocareer.support.ApiClient(second.port());
            JdbcClient jdbc = first.bean(JdbcClient.class);
            long yuki = jdbc.sql("SELECT id FROM person WHERE email = 'junior6@pmo.example'").query(Long.class).single();
            int before = OnboardingApiContract.overdueOf(onSecond.get("/api/v1/onboarding/plans", "lead@pmo.example").json(), yuki);
            long overdueTask = jdbc.sql("SELECT t.id FROM onboarding_task t JOIN onboarding_plan p ON p.id = t.plan_id"
                    + " WHERE p.person_id = :yuki AND t.task_key = 'portfolio-overview'").param("yuki", yuki).query(Long.class).single();

            assertThat(onFirst.post("/api/v1/onboarding/tasks/" + overdueTask + "/complete", "lead@pmo.example", "{}").status())
                    .isEqualTo(200);

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(3)).untilAsserted(() -> assertThat(
                    OnboardingApiContract.overdueOf(onSecond.get("/api/v1/onboarding/plans", "lead@pmo.example").json(), yuki))
                    .isEqualTo(before - 1));
        }
    }


    private static long runs(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM scan_run WHERE scan = :scan AND finished_at IS NOT NULL")
                .param("scan", OnboardingScans.SCAN).query(Long.class).single();
    }
}
