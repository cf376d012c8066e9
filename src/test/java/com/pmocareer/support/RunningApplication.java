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

    protected long orgUnitId(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = :name").param("name", name).query(Long.class).single();
    }
}
