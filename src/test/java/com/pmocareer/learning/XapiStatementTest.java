package com.pmocareer.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.shared.FieldProblem;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class XapiStatementTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-26T10:00:00Z");

    List<FieldProblem> problems = new ArrayList<>();

    XapiStatement read(String json) {
        return XapiStatement.read(JSON.readTree(json), "", NOW, problems);
    }

    @Test
    void readsAStatementShapedAsInTheSpecification() {
        var statement = read("""
                {"id": "fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "timestamp": "2026-11-20T16:05:00.000Z",
                 "actor": {"objectType": "Agent", "name": "Liam Novak", "mbox": "mailto:Junior@PMO.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/passed", "display": {"en-US": "passed"}},
                 "object": {"objectType": "Activity", "id": "https://lms.pmo.example/activities/gdpr-essentials",
                            "definition": {"name": {"en-US": "GDPR essentials"}}},
                 "result": {"score": {"scaled": 0.95}, "success": true, "completion": true}}""");
        assertThat(problems).isEmpty();
        assertThat(statement.email()).isEqualTo("junior@pmo.example");
        assertThat(statement.completion()).isTrue();
        assertThat(statement.scorePercent()).isEqualByComparingTo("95");
        assertThat(statement.timestamp()).isEqualTo(OffsetDateTime.parse("2026-11-20T16:05:00Z"));
        assertThat(statement.activityName()).isEqualTo("GDPR essentials");
    }

    @Test
    void aStatementWithoutIdGetsOneAndKeepsItInItsBody() {
        var statement = read("""
                {"actor": {"mbox": "mailto:a@b.example"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/attempted"},
                 "object": {"id": "https://lms.example/a/1"}}""");
        assertThat(statement.id()).matches("[0-9a-f-]{36}");
        assertThat(statement.body()).contains(statement.id());
        assertThat(statement.completion()).isFalse();
        assertThat(statement.timestamp()).isEqualTo(NOW);
    }

    @Test
    void namesEveryReasonAStatementIsRefused() {
        assertThat(read("""
                {"id": "not-a-uuid", "timestamp": "yesterday", "verb": {}, "object": {"objectType": "Agent", "id": "x"}}""")).isNull();
        assertThat(problems).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("id", "timestamp", "actor", "verb.id", "object.objectType");
    }

    @Test
    void anActorNeedsAnIdentifierAndAnMboxMustBeMailto() {
        read("""
                {"actor": {"name": "Nobody"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}, "object": {"id": "urn:x:1"}}""");
        read("""
                {"actor": {"mbox": "someone@example.com"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"}, "object": {"id": "urn:x:1"}}""");
        assertThat(problems).extracting(FieldProblem::field).containsExactly("actor", "actor.mbox");
    }

    @Test
    void aScaledScoreOutsideMinusOneToOneIsRefused() {
        read("""
                {"actor": {"mbox": "mailto:a@b.example"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
                 "object": {"id": "urn:x:1"}, "result": {"score": {"scaled": 1.5}}}""");
        assertThat(problems).extracting(FieldProblem::field).containsExactly("result.score.scaled");
    }
}
