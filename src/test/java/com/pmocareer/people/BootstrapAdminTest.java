package com.pmocareer.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.AppInstance;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A production start on an empty PostgreSQL: no demo data, and a first admin from configuration, made once. */
class BootstrapAdminTest {

    static final Map<String, String> PRODUCTION = Map.of("pmo.demo-data", "auto",
            "pmo.bootstrap-admin.email", "it-ops@example.org", "pmo.bootstrap-admin.password", "first-admin-secret");

    @Test
    void anEmptyDatabaseGetsOnlyTheConfiguredFirstAdminAndOnlyOnce() {
        try (var app = AppInstance.start("pmo_bootstrap", PRODUCTION)) {
            var api = new ApiClient(app.port());
            var minted = api.mint("it-ops@example.org", "first-admin-secret", "{}");
            assertThat(minted.status()).isEqualTo(201);
            String token = minted.json().get("token").asString();
            assertThat(api.withToken("GET", "/api/v1/me", token).json().get("roles").toString()).contains("ADMIN");
            JdbcClient jdbc = app.bean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isOne();
            assertThat(jdbc.sql("SELECT name FROM org_unit").query(String.class).list())
                    .containsExactly(BootstrapAdmin.FIRST_UNIT);
        }
        var changed = new java.util.HashMap<>(PRODUCTION);
        changed.put("pmo.bootstrap-admin.password", "another-password-entirely");
        try (var app = AppInstance.start("pmo_bootstrap", changed)) {
            var api = new ApiClient(app.port());
            assertThat(api.mint("it-ops@example.org", "another-password-entirely", "{}").status()).isEqualTo(401);
            assertThat(api.mint("it-ops@example.org", "first-admin-secret", "{}").status()).isEqualTo(201);
        }
    }
}
