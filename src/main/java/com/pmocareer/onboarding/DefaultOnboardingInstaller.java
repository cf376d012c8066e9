package com.pmocareer.onboarding;

import com.pmocareer.onboarding.DocumentViews.DocumentCommand;
import com.pmocareer.onboarding.DocumentViews.VersionCommand;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a database without onboarding templates, installs the default template (IT PMO — junior PM, first 90 days) and
 * the three PMO documents it asks new hires to read (starting versions an admin replaces).
 */
@Component
@Order(-9)
class DefaultOnboardingInstaller implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultOnboardingInstaller.class);
    static final String DEFAULT_TEMPLATE = "onboarding/default-template.json";

    private final TemplateStore templates;
    private final PmoDocuments documents;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final java.time.Clock clock;

    DefaultOnboardingInstaller(TemplateStore templates, PmoDocuments documents, JsonMapper json,
            TransactionTemplate transaction, java.time.Clock clock) {
        this.templates = templates;
        this.documents = documents;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!templates.ids().isEmpty()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> install(json.readTree(read(DEFAULT_TEMPLATE))));
            log.info("Installed the default onboarding template and PMO documents");
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            log.info("Another instance installed the default onboarding template first");
        }
    }

    private void install(JsonNode root) {
        for (JsonNode doc : root.get("documents")) {
            String title = doc.get("title").asString();
            if (documents.idByTitle(title).isEmpty()) {
                long id = documents.insertDocument(new DocumentCommand(title, DocumentKind.valueOf(doc.get("kind").asString()),
                        doc.get("description").asString()));
                String file = doc.get("file").asString();
                documents.insertVersion(id, new VersionCommand(null, file, DocumentFiles.contentTypeOf(file),
                        read("onboarding/documents/" + file), "Starting version shipped with PMO-Career"), null);
            }
        }
        var tasks = new ArrayList<TemplateTask>();
        for (JsonNode task : root.get("tasks")) {
            var dependsOn = new ArrayList<String>();
            if (task.has("dependsOn")) {
                task.get("dependsOn").forEach(key -> dependsOn.add(key.asString()));
            }
            tasks.add(new TemplateTask(task.get("key").asString(), task.get("title").asString(),
                    task.get("description").asString(), TaskCategory.valueOf(task.get("category").asString()),
                    TaskOwner.valueOf(task.get("owner").asString()), task.get("dueOffsetDays").asInt(),
                    task.get("skipWeekends").asBoolean(),
                    task.has("reviewKind") ? ReviewKind.valueOf(task.get("reviewKind").asString()) : null,
                    task.has("document") ? documents.idByTitle(task.get("document").asString()).orElseThrow() : null,
                    task.has("course") ? task.get("course").asString() : null, dependsOn));
        }
        var problems = TemplateRules.check(tasks);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The shipped onboarding template is invalid: " + problems);
        }
        var now = java.time.OffsetDateTime.now(clock);
        long id = templates.insertTemplate(new TemplateViews.TemplateCommand(root.get("name").asString(),
                root.get("description").asString(), null, root.get("careerLevel").asString(), true, List.of(), null, null), now);
        long versionId = templates.insertVersion(id, TemplateStore.DRAFT);
        templates.replaceTasks(versionId, tasks);
        templates.publish(versionId, id, "Shipped with PMO-Career", null, now);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException missing) {
            throw new IllegalStateException("Cannot read " + path, missing);
        }
    }
}
