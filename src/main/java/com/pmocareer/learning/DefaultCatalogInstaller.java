package com.pmocareer.learning;

import com.pmocareer.learning.CourseViews.CourseCommand;
import com.pmocareer.learning.CourseViews.ProviderCommand;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a database without courses, installs the shipped catalog: providers, 40 courses over every programme area with
 * competencies and units, four learning paths (two for every junior PM) and the mandatory trainings.
 */
@Component
@Order(-8)
class DefaultCatalogInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultCatalogInstaller.class);
    static final String DEFAULT_CATALOG = "learning/default-catalog.json";

    private final CatalogStore catalog;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DefaultCatalogInstaller(CatalogStore catalog, JdbcClient jdbc, JsonMapper json, TransactionTemplate transaction,
            Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM course").query(Long.class).single() > 0) {
            return;
        }
        try (InputStream in = new ClassPathResource(DEFAULT_CATALOG).getInputStream()) {
            JsonNode root = json.readTree(in);
            transaction.executeWithoutResult(status -> install(root));
            log.info("Installed the default course catalog");
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            log.info("Another instance installed the default course catalog first");
        } catch (IOException missing) {
            throw new IllegalStateException("Cannot read " + DEFAULT_CATALOG, missing);
        }
    }

    private void install(JsonNode root) {
        Map<String, Long> providers = new LinkedHashMap<>();
        for (JsonNode provider : root.get("providers")) {
            providers.put(provider.get("name").asString(), catalog.insertProvider(new ProviderCommand(
                    provider.get("name").asString(), provider.get("inHouse").asBoolean(), text(provider, "contactName"),
                    text(provider, "contactEmail"), text(provider, "contractRef"))));
        }
        Map<String, Long> courses = new LinkedHashMap<>();
        List<Runnable> prerequisites = new ArrayList<>();
        for (JsonNode course : root.get("courses")) {
            Map<String, Integer> competencies = new LinkedHashMap<>();
            course.get("competencies").properties().forEach(e -> competencies.put(e.getKey(), e.getValue().asInt()));
            Map<UnitCategory, BigDecimal> units = new LinkedHashMap<>();
            course.get("units").properties().forEach(e -> units.put(UnitCategory.valueOf(e.getKey()), e.getValue().decimalValue()));
            List<String> required = new ArrayList<>();
            if (course.has("prerequisites")) {
                course.get("prerequisites").forEach(code -> required.add(code.asString()));
            }
            var command = new CourseCommand(course.get("code").asString(), course.get("title").asString(),
                    course.get("summary").asString(), Topic.valueOf(course.get("topic").asString()),
                    providers.get(course.get("provider").asString()), CourseFormat.valueOf(course.get("format").asString()),
                    course.get("hours").decimalValue(), course.get("cost").decimalValue(), "EUR",
                    course.get("language").asString(), CourseLevel.valueOf(course.get("level").asString()),
                    course.has("approvalRequired") && course.get("approvalRequired").asBoolean(),
                    course.has("pmEducation") && course.get("pmEducation").asBoolean(), null, true, competencies, units,
                    required, null);
            long id = catalog.insert(command, command.providerId());
            courses.put(command.code(), id);
            prerequisites.add(() -> {
                Map<String, Long> ids = new LinkedHashMap<>();
                required.forEach(code -> ids.put(code, courses.get(code)));
                catalog.replaceDetails(id, command, ids);
            });
        }
        prerequisites.forEach(Runnable::run);
        Map<String, Long> paths = new LinkedHashMap<>();
        for (JsonNode path : root.get("paths")) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO learning_path (code, name, description) VALUES (:code, :name, :description)")
                    .param("code", path.get("code").asString()).param("name", path.get("name").asString())
                    .param("description", path.get("description").asString()).update(keys, "id");
            long id = keys.getKey().longValue();
            paths.put(path.get("code").asString(), id);
            int position = 1;
            for (JsonNode item : path.get("items")) {
                jdbc.sql("INSERT INTO learning_path_item (path_id, position, course_id, required) VALUES (:path, :position, :course, :required)")
                        .param("path", id).param("position", position++).param("course", courses.get(item.get("course").asString()))
                        .param("required", item.get("required").asBoolean()).update();
            }
        }
        for (JsonNode assignment : root.get("pathAssignments")) {
            jdbc.sql("INSERT INTO learning_path_assignment (path_id, career_level, assigned_at) VALUES (:path, :level, :now)")
                    .param("path", paths.get(assignment.get("path").asString()))
                    .param("level", assignment.get("careerLevel").asString()).param("now", OffsetDateTime.now(clock)).update();
        }
        for (JsonNode requirement : root.get("requirements")) {
            jdbc.sql("""
                    INSERT INTO compliance_requirement (code, name, description, audience, audience_value, recurrence,
                           every_months, window_month, grace_days, new_joiner_days, due_soon_days)
                    VALUES (:code, :name, :description, :audience, :value, :recurrence, :every, :window, :grace, :joiner, :soon)""")
                    .param("code", requirement.get("code").asString()).param("name", requirement.get("name").asString())
                    .param("description", text(requirement, "description"))
                    .param("audience", requirement.get("audience").asString()).param("value", text(requirement, "audienceValue"))
                    .param("recurrence", requirement.get("recurrence").asString())
                    .param("every", requirement.has("everyMonths") ? requirement.get("everyMonths").asInt() : null)
                    .param("window", requirement.has("windowMonth") ? requirement.get("windowMonth").asInt() : null)
                    .param("grace", requirement.get("graceDays").asInt()).param("joiner", requirement.get("newJoinerDays").asInt())
                    .param("soon", requirement.get("dueSoonDays").asInt()).update();
            long id = jdbc.sql("SELECT id FROM compliance_requirement WHERE code = :code")
                    .param("code", requirement.get("code").asString()).query(Long.class).single();
            requirement.get("courses").forEach(code -> jdbc.sql(
                    "INSERT INTO compliance_requirement_course (requirement_id, course_id) VALUES (:id, :course)")
                    .param("id", id).param("course", courses.get(code.asString())).update());
        }
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asString() : null;
    }
}
