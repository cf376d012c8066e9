package com.pmocareer.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo PMO once into an empty database: always on the embedded H2 default, on PostgreSQL only when
 * {@code pmo.demo-data=true}. Then tells, last in the log, where the product runs and how to sign in.
 */
@Component
@Order(0)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final JdbcClient jdbc;
    private final PersonStore people;
    private final OrgUnits orgUnits;
    private final AccountManagement accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Environment environment;
    private final String setting;
    private final String datasourceUrl;
    private final ApplicationEventPublisher events;

    DemoDataLoader(JdbcClient jdbc, PersonStore people, OrgUnits orgUnits, AccountManagement accounts, PasswordEncoder passwordEncoder,
            Clock clock, Environment environment, @Value("${pmo.demo-data:auto}") String setting,
            @Value("${spring.datasource.url:}") String datasourceUrl, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.people = people;
        this.orgUnits = orgUnits;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.environment = environment;
        this.setting = setting;
        this.datasourceUrl = datasourceUrl;
    }

    boolean wanted() {
        return switch (setting.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> datasourceUrl.startsWith("jdbc:h2:");
        };
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!wanted() || jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single() > 0) {
            return;
        }
        Map<String, Long> units = new HashMap<>();
        units.put(DemoPmo.ROOT, orgUnits.insert(DemoPmo.ROOT, null));
        units.put(DemoPmo.TEAM_INFRA, orgUnits.insert(DemoPmo.TEAM_INFRA, units.get(DemoPmo.ROOT)));
        units.put(DemoPmo.TEAM_DIGITAL, orgUnits.insert(DemoPmo.TEAM_DIGITAL, units.get(DemoPmo.ROOT)));
        String hash = passwordEncoder.encode(DemoPmo.PASSWORD);
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> ids = new HashMap<>();
        for (DemoPmo.DemoPerson demo : DemoPmo.PEOPLE) {
            long id = people.insert(new PersonCommand(demo.email(), demo.fullName(), demo.jobTitle(),
                    units.get(demo.unit()), demo.level(), today.minusMonths(demo.monthsAgo()).minusDays(demo.email().length()),
                    demo.education(), ids.get(demo.managerEmail()), null));
            ids.put(demo.email(), id);
            accounts.openAccount(id, hash, demo.roles());
        }
        events.publishEvent(new DemoPmoLoaded(Map.copyOf(ids), today));
        log.info("Loaded the demo PMO: {} people in {} org units", DemoPmo.PEOPLE.size(), units.size());
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var message = new StringBuilder("\n\n  PMO-Career is running at http://localhost:").append(port).append('\n');
        boolean demoAccounts = jdbc.sql("SELECT COUNT(*) FROM person WHERE email = 'admin@pmo.example'")
                .query(Long.class).single() > 0;
        if (demoAccounts) {
            message.append("  Demo sign-ins (password '").append(DemoPmo.PASSWORD).append("'):\n");
            DemoPmo.PEOPLE.stream().filter(p -> !p.email().matches("junior([3-9]|1\\d)@.*"))
                    .forEach(p -> message.append(String.format("    %-22s %s%n", p.email(), p.roles())));
            message.append("    junior3..junior12@pmo.example  [JUNIOR_PM]\n");
        }
        log.info(message.toString());
    }
}
