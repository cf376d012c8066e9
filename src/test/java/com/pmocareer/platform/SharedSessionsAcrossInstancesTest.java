package com.pmocareer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.PmoCareerApplication;
import com.pmocareer.support.BrowserSession;
import com.pmocareer.support.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer: a session opened on one is honoured by the
 * other, and signing out on one ends it on both.
 */
class SharedSessionsAcrossInstancesTest {

    private static ConfigurableApplicationContext start() {
        var properties = new HashMap<String, Object>(EmbeddedPostgres.database("pmo_two_instances"));
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        // Command-line arguments, because builder properties would rank below application.yml.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(PmoCareerApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void aSessionFromOneInstanceWorksOnTheOther() throws Exception {
        try (var first = start(); var second = start()) {
            var onFirst = new BrowserSession(port(first));
            assertThat(onFirst.signIn("lead@pmo.example", "demo")).endsWith("/");
            String session = onFirst.sessionCookie();

            var onSecond = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            var homeOnSecond = HttpRequest.newBuilder(URI.create("http://localhost:" + port(second) + "/"))
                    .header("Accept", "text/html").header("Cookie", "SESSION=" + session).build();
            HttpResponse<String> home = onSecond.send(homeOnSecond, HttpResponse.BodyHandlers.ofString());

            assertThat(port(first)).isNotEqualTo(port(second));
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("Welcome, Priya Natarajan");

            String csrf = BrowserSession.csrfOf(onFirst.get("/").body());
            onFirst.post("/logout", csrf, java.util.Map.of());
            HttpResponse<String> afterLogout = onSecond.send(homeOnSecond, HttpResponse.BodyHandlers.ofString());
            assertThat(afterLogout.statusCode()).isEqualTo(302);
        }
    }
}
