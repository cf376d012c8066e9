package com.pmocareer.certification;

import com.pmocareer.platform.KeptByRevision;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who holds which credential until when, kept per instance behind a revision that every credential write bumps. */
@Component
class HeldCredentials {

    record Holding(long credentialId, long typeId, String typeCode, LocalDate cycleEnd, int graceDays) {

        boolean heldOn(LocalDate day) {
            return CredentialStatus.on(day, cycleEnd, graceDays).held();
        }
    }

    private final JdbcClient jdbc;
    private final CertificationCatalog catalog;
    private final KeptByRevision<Map<Long, List<Holding>>> holdings;

    HeldCredentials(JdbcClient jdbc, CertificationCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.holdings = new KeptByRevision<>(jdbc, "credential_revision", Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    Map<Long, List<Holding>> all() {
        return holdings.get(() -> {
            Map<Long, List<Holding>> byPerson = new HashMap<>();
            var types = catalog.byIds();
            jdbc.sql("SELECT id, person_id, type_id, cycle_end FROM credential").query(rs -> {
                var type = types.get(rs.getLong(3));
                byPerson.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Holding(rs.getLong(1), type.id(),
                        type.code(), rs.getObject(4, LocalDate.class), type.policy().graceDays()));
            });
            return Map.copyOf(byPerson);
        });
    }

    /** Called in every transaction that writes credentials. */
    void changed() {
        holdings.changed();
    }
}
