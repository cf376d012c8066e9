package com.pmocareer.competency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives an empty database the shipped framework (41 competencies for a junior PM in an IT PMO) and career ladder,
 * on every database, before anything else runs. When several instances start at once, one wins and the others
 * find it installed.
 */
@Component
@Order(-10)
class DefaultFrameworkInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultFrameworkInstaller.class);

    private final CompetencyFramework framework;
    private final CareerLadder ladder;
    private final FrameworkFiles files;
    private final JsonMapper json;

    DefaultFrameworkInstaller(CompetencyFramework framework, CareerLadder ladder, FrameworkFiles files, JsonMapper json) {
        this.framework = framework;
        this.ladder = ladder;
        this.files = files;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (!framework.installed()) {
                framework.installFirst(files.fromJson(read("competency/default-framework.json")));
                log.info("Installed the default competency framework");
            }
            if (!ladder.configured()) {
                installLadder();
                log.info("Installed the default career ladder");
            }
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            log.info("Another instance installed the default framework first");
        }
    }

    private void installLadder() {
        var codes = framework.current().competencies().stream().map(Framework.Competency::code).toList();
        JsonNode root = json.readTree(read("competency/default-career-ladder.json"));
        for (JsonNode level : root.get("levels")) {
            Map<String, Integer> required = new LinkedHashMap<>();
            int fallback = level.get("defaultRequired").asInt();
            codes.forEach(code -> required.put(code, level.get("required").has(code)
                    ? level.get("required").get(code).asInt() : fallback));
            List<CareerCriterion> criteria = new ArrayList<>();
            for (JsonNode c : level.get("criteria")) {
                var certifications = new ArrayList<String>();
                if (c.has("certificationCodes")) {
                    c.get("certificationCodes").forEach(code -> certifications.add(code.asString()));
                }
                criteria.add(new CareerCriterion(0, CriterionKind.valueOf(c.get("kind").asString()),
                        c.has("months") ? c.get("months").asInt() : null, certifications, c.get("description").asString()));
            }
            ladder.define(level.get("code").asString(), level.get("summary").asString(), required, criteria);
        }
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
