package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.TypeCommand;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** On a database without certification types, installs the shipped ones with their rules and sources. */
@Component
@Order(-7)
class DefaultCertificationsInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultCertificationsInstaller.class);
    static final String DEFAULT_TYPES = "certification/default-certifications.json";

    private final CertificationCatalog catalog;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transaction;

    DefaultCertificationsInstaller(CertificationCatalog catalog, JdbcClient jdbc, JsonMapper json, TransactionTemplate transaction) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM certification_type").query(Long.class).single() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource(DEFAULT_TYPES).getInputStream()) {
            TypeCommand[] types = json.readValue(in, TypeCommand[].class);
            transaction.executeWithoutResult(status -> {
                for (TypeCommand type : types) {
                    catalog.install(type);
                }
            });
            log.info("Installed {} certification types", types.length);
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            log.info("Another instance installed the certification types first");
        } catch (IOException missing) {
            throw new IllegalStateException("Cannot read " + DEFAULT_TYPES, missing);
        }
    }
}
