package com.pmocareer.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRulesTest {

    static TemplateTask task(String key, Integer offset, String... dependsOn) {
        return new TemplateTask(key, "Task " + key, null, TaskCategory.METHODOLOGY, TaskOwner.NEW_HIRE, offset, false,
                null, null, null, List.of(dependsOn));
    }

    @Test
    void aWellFormedTaskListHasNoProblems() {
        assertThat(TemplateRules.check(List.of(task("a", 0), task("b", 3, "a"), task("c", 90, "a", "b")))).isEmpty();
    }

    @Test
    void aNegativeOffsetIsRefusedForItsTask() {
        var problems = TemplateRules.check(List.of(task("a", 0), task("b", -1)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("tasks[1].dueOffsetDays");
            assertThat(p.message()).contains("must not be negative");
        });
    }

    @Test
    void aCycleIsNamedAlongItsPath() {
        var problems = TemplateRules.check(List.of(task("a", 1, "b"), task("b", 2, "c"), task("c", 3, "a"), task("d", 4, "a")));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("tasks");
            assertThat(p.message()).isEqualTo("the dependencies form a cycle: a → b → c → a");
        });
    }

    @Test
    void aTaskCannotDependOnItselfOrOnATaskThatIsNotThere() {
        assertThat(TemplateRules.check(List.of(task("a", 1, "a"))))
                .extracting(p -> p.message()).containsExactly("a task cannot depend on itself");
        assertThat(TemplateRules.check(List.of(task("a", 1, "ghost"))))
                .extracting(p -> p.message()).containsExactly("'ghost' is not a task of this template");
    }

    @Test
    void keysAreUniqueAndSimpleAndEveryFieldIsGiven() {
        var problems = TemplateRules.check(List.of(task("a", 1), task("a", 2), task("Not OK", 3),
                new TemplateTask("x", " ", null, null, null, null, false, null, null, null, List.of())));
        assertThat(problems).extracting(p -> p.field()).containsExactlyInAnyOrder("tasks[1].key", "tasks[2].key",
                "tasks[3].title", "tasks[3].category", "tasks[3].owner", "tasks[3].dueOffsetDays");
        assertThat(TemplateRules.check(List.of())).extracting(p -> p.message()).containsExactly("a template needs at least one task");
    }
}
