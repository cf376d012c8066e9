package com.pmocareer.onboarding;

import com.pmocareer.shared.FieldProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What makes a template's task list publishable; every problem is named with the task it is in. */
final class TemplateRules {

    static final int MAX_OFFSET_DAYS = 365;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    private TemplateRules() {
    }

    static List<FieldProblem> check(List<TemplateTask> tasks) {
        var problems = new ArrayList<FieldProblem>();
        if (tasks == null || tasks.isEmpty()) {
            problems.add(new FieldProblem("tasks", "a template needs at least one task"));
            return problems;
        }
        var keys = new HashSet<String>();
        for (int i = 0; i < tasks.size(); i++) {
            TemplateTask task = tasks.get(i);
            String at = "tasks[" + i + "]";
            if (task.key() == null || !KEY.matcher(task.key()).matches()) {
                problems.add(new FieldProblem(at + ".key", "must be 1–60 lower-case letters, digits or hyphens"));
            } else if (!keys.add(task.key())) {
                problems.add(new FieldProblem(at + ".key", "'" + task.key() + "' is used by an earlier task"));
            }
            if (task.title() == null || task.title().isBlank() || task.title().length() > 200) {
                problems.add(new FieldProblem(at + ".title", "must be given, at most 200 characters"));
            }
            if (task.description() != null && task.description().length() > 4000) {
                problems.add(new FieldProblem(at + ".description", "must be at most 4000 characters"));
            }
            if (task.category() == null) {
                problems.add(new FieldProblem(at + ".category", "must be given"));
            }
            if (task.owner() == null) {
                problems.add(new FieldProblem(at + ".owner", "must be given"));
            }
            if (task.dueOffsetDays() == null) {
                problems.add(new FieldProblem(at + ".dueOffsetDays", "must be given (0 = the first day)"));
            } else if (task.dueOffsetDays() < 0) {
                problems.add(new FieldProblem(at + ".dueOffsetDays", "must not be negative: a task cannot fall due before the start date"));
            } else if (task.dueOffsetDays() > MAX_OFFSET_DAYS) {
                problems.add(new FieldProblem(at + ".dueOffsetDays", "must be at most " + MAX_OFFSET_DAYS));
            }
            if (task.courseRef() != null && task.courseRef().length() > 200) {
                problems.add(new FieldProblem(at + ".courseRef", "must be at most 200 characters"));
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            TemplateTask task = tasks.get(i);
            for (String dependency : task.dependsOn()) {
                if (!keys.contains(dependency)) {
                    problems.add(new FieldProblem("tasks[" + i + "].dependsOn", "'" + dependency + "' is not a task of this template"));
                } else if (dependency.equals(task.key())) {
                    problems.add(new FieldProblem("tasks[" + i + "].dependsOn", "a task cannot depend on itself"));
                }
            }
        }
        cycle(tasks).ifPresent(cycle -> problems.add(new FieldProblem("tasks",
                "the dependencies form a cycle: " + String.join(" → ", cycle))));
        return problems;
    }

    /** A dependency cycle, as the keys along it (first key repeated at the end), if there is one. */
    static java.util.Optional<List<String>> cycle(List<TemplateTask> tasks) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        tasks.stream().filter(t -> t.key() != null).forEach(t -> edges.put(t.key(), t.dependsOn()));
        Map<String, Integer> state = new HashMap<>();
        for (String start : edges.keySet()) {
            var path = new ArrayList<String>();
            var found = visit(start, edges, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return java.util.Optional.empty();
    }

    private static final int VISITING = 1;
    private static final int DONE = 2;

    private static java.util.Optional<List<String>> visit(String key, Map<String, List<String>> edges,
            Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(key);
        if (seen != null && seen == DONE) {
            return java.util.Optional.empty();
        }
        if (seen != null && seen == VISITING) {
            var cycle = new ArrayList<>(path.subList(path.indexOf(key), path.size()));
            cycle.add(key);
            return java.util.Optional.of(cycle);
        }
        state.put(key, VISITING);
        path.add(key);
        for (String next : edges.getOrDefault(key, List.of())) {
            if (edges.containsKey(next) && !next.equals(key)) {
                var found = visit(next, edges, state, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(key, DONE);
        return java.util.Optional.empty();
    }
}
