package com.pmocareer.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every test against the running application needs: its port, an API client, and a look into its database. */
public abstract class RunningApplication {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    protected ApiClient api;

    @BeforeEach
    void connectToTheApplication() {
        api = new ApiClient(port);
    }

    protected long personId(String email) {
        return jdbc.sql("SELECT id FROM person WHERE email = :email").param("email", email).query(Long.class).single();
    }

    /** A new person in the first org unit, without an account; answers their id. */
    protected long newPerson(String email, String fullName) {
        var created = api.post("/api/v1/people", "admin@pmo.example", ApiClient.json(java.util.Map.of("email", email,
                "fullName", fullName, "orgUnitId", jdbc.sql("SELECT MIN(id) FROM org_unit").query(Long.class).single(),
                "careerLevel", "JUNIOR_PM", "startDate", "2026-01-10")));
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create " + email + ": " + created.body());
        }
        return created.json().get("id").asLong();
    }

    /** A new junior with an account and this password, so that tests never lock or change the demo accounts. */
    protected String newJuniorWithPassword(String password) {
        return newAccount("JUNIOR_PM", password);
    }

    /** A new mentor without mentees, with an account and this password. */
    protected String newMentorWithPassword(String password) {
        return newAccount("MENTOR", password);
    }

    /** A new person in the first org unit with an account holding the role; answers their e-mail. */
    protected String newAccount(String role, String password) {
        return newAccount(role, password, "Test " + role);
    }

    /** The same, with a name of the test's choosing (one a page can be searched for). */
    protected String newAccount(String role, String password, String fullName) {
        String email = "t-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        long id = newPerson(email, fullName);
        api.put("/api/v1/people/" + id + "/account", "admin@pmo.example", ApiClient.json(java.util.Map.of(
                "roles", java.util.List.of(role), "enabled", true, "newPassword", password)));
        api.knowPassword(email, password);
        return email;
    }

    protected long orgUnitId(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = :name").param("name", name).query(Long.class).single();
    }
}
