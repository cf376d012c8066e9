package com.pmocareer.learning;

import com.pmocareer.shared.FieldChecks;
import com.pmocareer.competency.CompetencyFramework;
import com.pmocareer.competency.Framework;
import com.pmocareer.learning.CourseViews.CatalogQuery;
import com.pmocareer.learning.CourseViews.CourseCommand;
import com.pmocareer.learning.CourseViews.CourseCompetency;
import com.pmocareer.learning.CourseViews.CourseRef;
import com.pmocareer.learning.CourseViews.CourseSummary;
import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.CourseViews.ProviderCommand;
import com.pmocareer.learning.CourseViews.ProviderView;
import com.pmocareer.platform.AuditLog;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.FieldProblem;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import com.pmocareer.shared.PageRequest;
import com.pmocareer.shared.PageResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The course catalog: everyone searches and reads it; an admin adds and edits courses and providers. A course names
 * the competencies it develops (codes of the current framework) with the level it aims at, the units a completion
 * earns, and the courses to take first (never in a cycle).
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
    static final String ENTITY = "Course";

    private final CatalogStore store;
    private final CompetencyFramework framework;
    private final AuditLog auditLog;
    private final Clock clock;

    Catalog(CatalogStore store, CompetencyFramework framework, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.framework = framework;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public PageResponse<CourseSummary> search(CatalogQuery query, PageRequest page) {
        return PageResponse.of(store.search(query, page, OffsetDateTime.now(clock)), page, store.count(query));
    }

    public CourseView get(long id) {
        CourseView course = store.find(id).orElseThrow(() -> new NotFoundException("Course", id));
        Framework current = framework.current();
        return withCompetencyNames(course, current);
    }

    public List<ProviderView> providers() {
        return store.providers();
    }

    public List<CourseRef> activeCourses() {
        return store.allRefs();
    }

    /** Competencies a course can name: the current framework's, as code → name. */
    public Map<String, String> competencyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        framework.current().competencies().forEach(competency -> names.put(competency.code(), competency.name()));
        return names;
    }

    @Transactional
    public CourseView create(CurrentUser user, CourseCommand command) {
        user.requireAdmin("Only an admin edits the catalog.");
        Map<String, Long> prerequisites = validate(command, null);
        long id;
        try {
            id = store.insert(command, command.providerId());
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("code", "is already used by another course");
        }
        store.replaceDetails(id, command, prerequisites);
        refuseCycle(id);
        auditLog.record(ENTITY, id, "CREATED", Map.of(), Map.of("code", command.code(), "title", command.title()));
        return get(id);
    }

    @Transactional
    public CourseView update(CurrentUser user, long id, CourseCommand command) {
        user.requireAdmin("Only an admin edits the catalog.");
        CourseView before = get(id);
        if (command.version() == null) {
            throw InvalidInputException.of("version", "send back the version you edited");
        }
        Map<String, Long> prerequisites = validate(command, id);
        try {
            store.update(id, command, command.providerId());
        } catch (DuplicateKeyException taken) {
            throw InvalidInputException.of("code", "is already used by another course");
        }
        store.replaceDetails(id, command, prerequisites);
        refuseCycle(id);
        auditLog.record(ENTITY, id, "UPDATED", Map.of("title", before.title(), "cost", before.cost()),
                Map.of("title", command.title(), "cost", command.cost() == null ? BigDecimal.ZERO : command.cost()));
        return get(id);
    }

    @Transactional
    public ProviderView createProvider(CurrentUser user, ProviderCommand command) {
        user.requireAdmin("Only an admin edits the catalog.");
        var problems = new ArrayList<FieldProblem>();
        if (command.name() == null || command.name().isBlank()) {
            problems.add(new FieldProblem("name", "must not be empty"));
        } else if (store.providerIdByName(command.name()).isPresent()) {
            problems.add(new FieldProblem("name", "is already a provider"));
        }
        if (command.contactEmail() != null && !command.contactEmail().isBlank() && !command.contactEmail().contains("@")) {
            problems.add(new FieldProblem("contactEmail", "must be an e-mail address"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The provider was not saved", problems);
        }
        long id = store.insertProvider(command);
        auditLog.record("LearningProvider", id, "CREATED", Map.of(), Map.of("name", command.name()));
        return store.providers().stream().filter(provider -> provider.id() == id).findFirst().orElseThrow();
    }

    private Map<String, Long> validate(CourseCommand command, Long courseId) {
        var problems = new ArrayList<FieldProblem>();
        if (command.code() == null || !CODE.matcher(command.code().trim().toUpperCase()).matches()) {
            problems.add(new FieldProblem("code", "must be 2–40 letters, digits, - or _"));
        }
        FieldChecks.requireText(problems, "title", command.title(), 200);
        FieldChecks.requireText(problems, "summary", command.summary(), 2000);
        if (command.topic() == null) {
            problems.add(new FieldProblem("topic", "choose a topic"));
        }
        if (command.format() == null) {
            problems.add(new FieldProblem("format", "choose a format"));
        }
        if (command.providerId() == null || store.providers().stream().noneMatch(p -> p.id() == command.providerId())) {
            problems.add(new FieldProblem("providerId", "choose a provider of the catalog"));
        }
        if (command.durationHours() == null || command.durationHours().signum() <= 0
                || command.durationHours().compareTo(BigDecimal.valueOf(1000)) > 0) {
            problems.add(new FieldProblem("durationHours", "must be more than 0 and at most 1000 hours"));
        }
        if (command.cost() != null && command.cost().signum() < 0) {
            problems.add(new FieldProblem("cost", "must not be negative"));
        }
        if (command.currency() != null && !command.currency().isBlank() && !command.currency().trim().matches("[A-Za-z]{3}")) {
            problems.add(new FieldProblem("currency", "must be a three-letter currency code"));
        }
        if (command.externalUrl() != null && !command.externalUrl().isBlank() && !FieldChecks.isWebAddress(command.externalUrl())) {
            problems.add(new FieldProblem("externalUrl", "must be an http or https address"));
        }
        Map<String, String> competencies = competencyNames();
        command.competencyMap().forEach((code, level) -> {
            if (code == null || !competencies.containsKey(code.trim().toUpperCase())) {
                problems.add(new FieldProblem("competencies." + code, "is not a competency of the current framework"));
            } else if (level == null || level < 1 || level > 5) {
                problems.add(new FieldProblem("competencies." + code, "target level must be 1 to 5"));
            }
        });
        command.unitMap().forEach((category, amount) -> {
            if (category == null || amount == null || amount.signum() <= 0 || amount.compareTo(BigDecimal.valueOf(200)) > 0) {
                problems.add(new FieldProblem("units." + category, "must be more than 0 and at most 200"));
            }
        });
        Map<String, Long> prerequisites = new LinkedHashMap<>();
        for (String code : command.prerequisiteCodes()) {
            var prerequisite = code == null ? java.util.Optional.<Long>empty() : store.idByCode(code);
            if (prerequisite.isEmpty()) {
                problems.add(new FieldProblem("prerequisites", code + " is not a course of the catalog"));
            } else if (prerequisite.get().equals(courseId)) {
                problems.add(new FieldProblem("prerequisites", "a course cannot be its own prerequisite"));
            } else {
                prerequisites.put(code, prerequisite.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The course was not saved", problems);
        }
        return prerequisites;
    }

    /** Runs inside the writing transaction: a cycle found here rolls the whole edit back. */
    private void refuseCycle(long courseId) {
        Map<Long, List<Long>> graph = store.prerequisiteGraph();
        var seen = new HashSet<Long>();
        var todo = new ArrayDeque<>(graph.getOrDefault(courseId, List.of()));
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next == courseId) {
                throw InvalidInputException.of("prerequisites", "would make the course a prerequisite of itself through other courses");
            }
            if (seen.add(next)) {
                todo.addAll(graph.getOrDefault(next, List.of()));
            }
        }
    }

    private static CourseView withCompetencyNames(CourseView course, Framework current) {
        List<CourseCompetency> named = course.competencies().stream()
                .map(c -> new CourseCompetency(c.code(), current.competency(c.code()).map(Framework.Competency::name)
                        .orElse(c.code()), c.targetLevel())).toList();
        return new CourseView(course.id(), course.code(), course.title(), course.summary(), course.topic(),
                course.providerId(), course.providerName(), course.inHouse(), course.format(), course.durationHours(),
                course.cost(), course.currency(), course.language(), course.level(), course.approvalRequired(),
                course.pmEducation(), course.externalUrl(), course.active(), named, course.units(), course.prerequisites(),
                course.version());
    }

}
