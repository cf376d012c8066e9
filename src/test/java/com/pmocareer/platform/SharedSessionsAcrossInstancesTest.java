package com.pmocareer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.BrowserSession;
import com.pmocareer.support.AppInstance;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: a session opened on one is honoured by the
 * other, and signing out on one ends it on both.
 */
class SharedSessionsAcrossInstancesTest {

    private static AppInstance start() {
        return AppInstance.start("pmo_two_instances", Map.of());
    }

    @Test
    void aSessionFromOneInstanceWorksOnTheOther() throws Exception {
        try (var first = start(); var second = start()) {
            var onFirst = new BrowserSession(first.port());
            assertThat(onFirst.signIn("lead@pmo.example", "demo")).endsWith("/");
            String session = onFirst.sessionCookie();

            var onSecond = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            var homeOnSecond = HttpRequest.newBuilder(URI.create("http://localhost:" + second.port() + "/"))
                    .header("Accept", "text/html").header("Cookie", "SESSION=" + session).build();
            HttpResponse<String> home = onSecond.send(homeOnSecond, HttpResponse.BodyHandlers.ofString());

            assertThat(first.port()).isNotEqualTo(second.port());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Welcome, Priya Natarajan");

            String csrf = BrowserSession.csrfOf(onFirst.get("/").body());
            onFirst.post("/logout", csrf, Map.of());
            HttpResponse<String> afterLogout = onSecond.send(homeOnSecond, HttpResponse.BodyHandlers.ofString());
            assertThat(afterLogout.statusCode()).isEqualTo(302);
        }
    }
}
