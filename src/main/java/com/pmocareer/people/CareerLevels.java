package com.pmocareer.people;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The rungs people can be placed on, lowest first. */
@Service
public class CareerLevels {

    private final JdbcClient jdbc;

    CareerLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CareerLevelView> all() {
        return jdbc.sql("SELECT code, name, rank FROM career_level ORDER BY rank")
                .query((rs, n) -> new CareerLevelView(rs.getString("code"), rs.getString("name"), rs.getInt("rank")))
                .list();
    }

    public boolean exists(String code) {
        return code != null && all().stream().anyMatch(level -> level.code().equals(code));
    }
}
