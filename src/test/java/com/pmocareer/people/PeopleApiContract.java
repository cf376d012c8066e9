package com.pmocareer.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import com.pmocareer.support.ApiClient.Response;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The people API as scripts use it; run once on H2 and once on PostgreSQL by the subclasses. */
abstract class PeopleApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String JUNIOR = "junior@pmo.example";
    static final String JUNIOR2 = "junior2@pmo.example";


    Map<String, Object> newPerson(String email) {
        var person = new LinkedHashMap<String, Object>();
        person.put("email", email);
        person.put("fullName", "Ana Silva");
        person.put("jobTitle", "Junior Project Manager");
        person.put("orgUnitId", orgUnitId(DemoPmo.TEAM_INFRA));
        person.put("careerLevel", "JUNIOR_PM");
        person.put("startDate", "2026-09-01");
        person.put("educationLevel", "BACHELOR");
        return person;
    }

    static String uniqueEmail() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    JsonNode created(Map<String, Object> person) {
        Response response = api.post("/api/v1/people", ADMIN, ApiClient.json(person));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void adminCreatesAPersonAndTheChangeIsAudited() {
        String email = uniqueEmail();
        Response response = api.post("/api/v1/people", ADMIN, ApiClient.json(newPerson(email)));

        assertThat(response.status()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        assertThat(response.header("Location")).endsWith("/api/v1/people/" + id);
        JsonNode read = api.get("/api/v1/people/" + id, ADMIN).json();
        assertThat(read.get("email").asString()).isEqualTo(email);
        assertThat(read.get("orgUnitName").asString()).isEqualTo(DemoPmo.TEAM_INFRA);
        assertThat(read.get("version").asLong()).isZero();
        JsonNode audit = api.get("/api/v1/audit?entityType=Person&entityId=" + id, ADMIN).json();
        JsonNode entry = audit.get("content").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("CREATED");
        assertThat(entry.get("actor").asString()).isEqualTo(ADMIN);
        assertThat(entry.get("changes").toString()).contains("\"field\":\"email\"", email);
    }

    @Test
    void invalidFieldsAreAllListedAndNothingIsCreated() {
        long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
        var person = newPerson("not-an-email");
        person.put("fullName", " ");
        person.put("startDate", LocalDate.now().plusDays(30).toString());

        Response response = api.post("/api/v1/people", ADMIN, ApiClient.json(person));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "fullName", "startDate");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void unknownReferencesAreRefusedByField() {
        var person = newPerson(uniqueEmail());
        person.put("orgUnitId", 987654);
        person.put("careerLevel", "CEO");

        Response response = api.post("/api/v1/people", ADMIN, ApiClient.json(person));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("orgUnitId", "careerLevel");
    }

    @Test
    void aDuplicateEmailAnswers409() {
        Response response = api.post("/api/v1/people", ADMIN, ApiClient.json(newPerson(JUNIOR.toUpperCase())));

        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void aStaleVersionAnswers409AndChangesNothing() {
        JsonNode person = created(newPerson(uniqueEmail()));
        long id = person.get("id").asLong();
        var edit = newPerson(person.get("email").asString());
        edit.put("fullName", "First Edit");
        edit.put("version", 0);
        assertThat(api.put("/api/v1/people/" + id, ADMIN, ApiClient.json(edit)).status()).isEqualTo(200);

        edit.put("fullName", "Stale Edit");
        Response stale = api.put("/api/v1/people/" + id, ADMIN, ApiClient.json(edit));

        assertThat(stale.status()).isEqualTo(409);
        JsonNode current = api.get("/api/v1/people/" + id, ADMIN).json();
        assertThat(current.get("fullName").asString()).isEqualTo("First Edit");
        assertThat(current.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void anEditIsAuditedFieldByFieldBeforeAndAfter() {
        JsonNode person = created(newPerson(uniqueEmail()));
        long id = person.get("id").asLong();
        var edit = newPerson(person.get("email").asString());
        edit.put("careerLevel", "PROJECT_MANAGER");
        edit.put("version", 0);

        api.put("/api/v1/people/" + id, ADMIN, ApiClient.json(edit));

        JsonNode latest = api.get("/api/v1/audit?entityType=Person&entityId=" + id, ADMIN).json().get("content").get(0);
        assertThat(latest.get("action").asString()).isEqualTo("UPDATED");
        assertThat(latest.get("changes")).hasSize(1);
        JsonNode change = latest.get("changes").get(0);
        assertThat(change.get("field").asString()).isEqualTo("careerLevel");
        assertThat(change.get("before").asString()).isEqualTo("JUNIOR_PM");
        assertThat(change.get("after").asString()).isEqualTo("PROJECT_MANAGER");
    }

    @Test
    void searchFiltersByTextRoleAndOrgUnitAndAnswersPages() {
        JsonNode byText = api.get("/api/v1/people?q=novak", ADMIN).json();
        assertThat(byText.get("content").findValuesAsString("email")).containsExactly(JUNIOR);

        JsonNode mentors = api.get("/api/v1/people?role=MENTOR&size=50", ADMIN).json();
        assertThat(mentors.get("content").findValuesAsString("email")).contains("mentor@pmo.example")
                .doesNotContain(JUNIOR);

        JsonNode digital = api.get("/api/v1/people?orgUnit=" + orgUnitId(DemoPmo.TEAM_DIGITAL) + "&size=200", ADMIN).json();
        assertThat(digital.get("content").findValuesAsString("orgUnitName")).containsOnly(DemoPmo.TEAM_DIGITAL);

        JsonNode page = api.get("/api/v1/people?size=5&page=1", ADMIN).json();
        assertThat(page.get("content")).hasSize(5);
        assertThat(page.get("page").get("number").asInt()).isEqualTo(1);
        assertThat(page.get("page").get("size").asInt()).isEqualTo(5);
        assertThat(page.get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(19);
        assertThat(page.get("page").get("totalPages").asInt()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void searchReflectsEveryChangeToPeopleAndRolesAtOnce() {
        String email = uniqueEmail();
        var person = newPerson(email);
        person.put("fullName", "Quentin Zebulon");
        long id = created(person).get("id").asLong();
        assertThat(api.get("/api/v1/people?q=zebulon", ADMIN).json().get("content").findValuesAsString("email"))
                .containsExactly(email);

        person.put("fullName", "Quentin Xanthippe");
        person.put("version", 0);
        api.put("/api/v1/people/" + id, ADMIN, ApiClient.json(person));
        assertThat(api.get("/api/v1/people?q=zebulon", ADMIN).json().get("content")).isEmpty();
        assertThat(api.get("/api/v1/people?q=xanthippe", ADMIN).json().get("content")).hasSize(1);

        api.put("/api/v1/people/" + id + "/account", ADMIN, "{\"roles\":[\"MENTOR\"],\"enabled\":true}");
        assertThat(api.get("/api/v1/people?q=xanthippe&role=MENTOR", ADMIN).json().get("content")).hasSize(1);
        assertThat(api.get("/api/v1/people?q=xanthippe&role=JUNIOR_PM", ADMIN).json().get("content")).isEmpty();

        api.delete("/api/v1/people/" + id, ADMIN);
        assertThat(api.get("/api/v1/people?q=xanthippe", ADMIN).json().get("content")).isEmpty();
    }

    @Test
    void searchSeesAChangeCommittedByAnotherInstance() {
        long id = created(newPerson(uniqueEmail())).get("id").asLong();
        assertThat(api.get("/api/v1/people?q=ana%20silva", ADMIN).json().get("page").get("totalElements").asLong())
                .isPositive();

        // What another instance's PersonStore would write, straight to the shared database.
        jdbc.sql("UPDATE person SET full_name = 'Wilhelmina Quarrie', search_text = 'wilhelmina quarrie' WHERE id = :id")
                .param("id", id).update();
        jdbc.sql("UPDATE directory_revision SET revision = revision + 1 WHERE id = 1").update();

        assertThat(api.get("/api/v1/people?q=quarrie", ADMIN).json().get("content").findValuesAsString("fullName"))
                .containsExactly("Wilhelmina Quarrie");
    }

    @Test
    void aJuniorFindsOnlyThemselves() {
        JsonNode people = api.get("/api/v1/people?size=200", JUNIOR).json();

        assertThat(people.get("content").findValuesAsString("email")).containsExactly(JUNIOR);
        assertThat(api.get("/api/v1/people/" + personId(JUNIOR2), JUNIOR).status()).isEqualTo(404);
    }

    @Test
    void csvImportCreatesAndUpdatesByEmail() {
        String newcomer = uniqueEmail();
        String csv = """
                email,fullName,orgUnit,careerLevel,startDate,jobTitle,educationLevel,lineManagerEmail
                %s,New Comer,Infrastructure & Cloud Delivery,JUNIOR_PM,2026-10-01,Junior PM,bachelor,lead@pmo.example
                mentor4@pmo.example,James O'Connor,Digital & Applications Delivery,SENIOR_PM,2019-01-15,Principal PM,SECONDARY,
                """.formatted(newcomer);

        Response response = api.post("/api/v1/people/import", ADMIN, "text/csv", BodyPublishers.ofString(csv));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("created").asInt()).isEqualTo(1);
        assertThat(response.json().get("updated").asInt()).isEqualTo(1);
        JsonNode created = api.get("/api/v1/people/" + personId(newcomer), ADMIN).json();
        assertThat(created.get("lineManagerName").asString()).isEqualTo("Priya Natarajan");
        assertThat(api.get("/api/v1/people/" + personId("mentor4@pmo.example"), ADMIN).json().get("jobTitle").asString())
                .isEqualTo("Principal PM");
    }

    @Test
    void aCsvWithBadRowsChangesNothingAndListsEveryProblemByLine() {
        long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
        String good = uniqueEmail();
        String csv = """
                email,fullName,orgUnit,careerLevel,startDate
                %s,Good Row,IT PMO,JUNIOR_PM,2026-01-05
                ,No Email,IT PMO,JUNIOR_PM,2026-01-05
                x@example.com,Unknown Unit,Moon Base,JUNIOR_PM,2026-01-05
                y@example.com,Bad Date,IT PMO,JUNIOR_PM,05/01/2026
                %s,Duplicate,IT PMO,JUNIOR_PM,2026-01-05
                """.formatted(good, good);

        Response response = api.post("/api/v1/people/import", ADMIN, "text/csv", BodyPublishers.ofString(csv));

        assertThat(response.status()).isEqualTo(400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsString("field")).containsExactly("email", "orgUnit", "startDate", "email");
        assertThat(errors.findValues("line").stream().map(JsonNode::asInt)).containsExactly(3, 4, 5, 6);
        assertThat(errors.get(3).get("message").asString()).contains("twice");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aPersonExportsTheirOwnDataButNotAnothersAndAnAdminExportsAnyones() {
        long junior = personId(JUNIOR);

        Response own = api.get("/api/v1/people/" + junior + "/personal-data", JUNIOR);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("person").get("email").asString()).isEqualTo(JUNIOR);
        assertThat(own.json().has("account")).isTrue();
        assertThat(own.json().has("apiTokens")).isTrue();
        assertThat(own.json().has("changesToTheirRecord")).isTrue();
        assertThat(own.body()).doesNotContain("password_hash", "$2a$");

        assertThat(api.get("/api/v1/people/" + junior + "/personal-data", JUNIOR2).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/people/" + junior + "/personal-data", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void erasureAnonymisesThePersonKeepsAggregatesAndStopsSignIn() {
        String email = uniqueEmail();
        long id = created(newPerson(email)).get("id").asLong();
        api.put("/api/v1/people/" + id + "/account", ADMIN,
                "{\"roles\":[\"JUNIOR_PM\"],\"enabled\":true,\"newPassword\":\"correct-horse-battery\"}");
        assertThat(api.mint(email, "correct-horse-battery", "{}").status()).isEqualTo(201);
        long inUnit = jdbc.sql("SELECT COUNT(*) FROM person WHERE org_unit_id = :u")
                .param("u", orgUnitId(DemoPmo.TEAM_INFRA)).query(Long.class).single();

        assertThat(api.delete("/api/v1/people/" + id, ADMIN).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/people/" + id, ADMIN).status()).isEqualTo(404);
        var row = jdbc.sql("SELECT email, full_name, career_level, start_date FROM person WHERE id = :id")
                .param("id", id).query().singleRow();
        assertThat(row.get("email").toString()).doesNotContain(email).endsWith("@erased.invalid");
        assertThat(row.get("full_name").toString()).isEqualTo("Erased person " + id);
        assertThat(row.get("career_level")).isEqualTo("JUNIOR_PM");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE org_unit_id = :u")
                .param("u", orgUnitId(DemoPmo.TEAM_INFRA)).query(Long.class).single()).isEqualTo(inUnit);
        assertThat(api.mint(email, "correct-horse-battery", "{}").status()).isEqualTo(401);
        String trail = api.get("/api/v1/audit?entityType=Person&entityId=" + id, ADMIN).body();
        assertThat(trail).doesNotContain(email).contains("ERASED", "[erased]");
    }

    @Test
    void onlyAnAdminErasesAndNeverThemselves() {
        long junior = personId(JUNIOR);
        assertThat(api.delete("/api/v1/people/" + junior, "lead@pmo.example").status()).isEqualTo(403);
        assertThat(api.delete("/api/v1/people/" + personId(ADMIN), ADMIN).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/people/" + junior, ADMIN).status()).isEqualTo(200);
    }

    @Test
    void malformedJsonAnswers400() {
        Response response = api.post("/api/v1/people", ADMIN, "{\"email\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("not well-formed JSON");
    }

    @Test
    void anUnknownJsonFieldAnswers400NamingIt() {
        var person = newPerson(uniqueEmail());
        person.put("salary", 100000);

        Response response = api.post("/api/v1/people", ADMIN, ApiClient.json(person));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("salary");
    }

    @Test
    void aBodyOverTheLimitAnswers413() {
        var person = newPerson(uniqueEmail());
        person.put("jobTitle", "x".repeat(1_100_000));

        Response response = api.post("/api/v1/people", ADMIN, ApiClient.json(person));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anUnknownIdAnswers404AsAProblem() {
        Response response = api.get("/api/v1/people/99999999", ADMIN);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
        assertThat(api.get("/api/v1/no-such-thing", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void orgUnitsComeAsATree() {
        JsonNode roots = api.get("/api/v1/org-units", JUNIOR).json();

        assertThat(roots.findValuesAsString("name")).contains(DemoPmo.ROOT);
        JsonNode root = roots.get(0);
        assertThat(root.get("children").findValuesAsString("name")).contains(DemoPmo.TEAM_INFRA, DemoPmo.TEAM_DIGITAL);
    }

    @Test
    void anAdminBuildsTheOrgChartAndItsRulesHold() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        JsonNode parent = api.post("/api/v1/org-units", ADMIN,
                "{\"name\":\"PMO Europe " + suffix + "\",\"parentId\":" + orgUnitId(DemoPmo.ROOT) + "}").json();
        long parentId = parent.get("id").asLong();
        JsonNode child = api.post("/api/v1/org-units", ADMIN,
                "{\"name\":\"PMO Lisbon " + suffix + "\",\"parentId\":" + parentId + "}").json();
        long childId = child.get("id").asLong();
        assertThat(api.get("/api/v1/org-units", JUNIOR).body()).contains("PMO Lisbon " + suffix);

        Response duplicate = api.post("/api/v1/org-units", ADMIN, "{\"name\":\"pmo lisbon " + suffix + "\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        Response cycle = api.put("/api/v1/org-units/" + parentId, ADMIN,
                "{\"name\":\"PMO Europe " + suffix + "\",\"parentId\":" + childId + ",\"version\":0}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().get("errors").findValuesAsString("field")).containsExactly("parentId");
        Response renamed = api.put("/api/v1/org-units/" + childId, ADMIN,
                "{\"name\":\"PMO Porto " + suffix + "\",\"parentId\":" + parentId + ",\"version\":0}");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(api.put("/api/v1/org-units/" + childId, ADMIN,
                "{\"name\":\"Stale " + suffix + "\",\"parentId\":" + parentId + ",\"version\":0}").status())
                .isEqualTo(409);

        var person = newPerson(uniqueEmail());
        person.put("orgUnitId", childId);
        long personId = created(person).get("id").asLong();
        assertThat(api.delete("/api/v1/org-units/" + parentId, ADMIN).status()).isEqualTo(409);
        assertThat(api.delete("/api/v1/org-units/" + childId, ADMIN).status()).isEqualTo(409);
        api.delete("/api/v1/people/" + personId, ADMIN);
        assertThat(jdbc.sql("UPDATE person SET org_unit_id = :root WHERE id = :id").param("root", orgUnitId(DemoPmo.ROOT))
                .param("id", personId).update()).isOne();
        assertThat(api.delete("/api/v1/org-units/" + childId, ADMIN).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/org-units", ADMIN).body()).doesNotContain("PMO Porto " + suffix);
        assertThat(api.get("/api/v1/audit?entityType=OrgUnit&entityId=" + childId, ADMIN).body())
                .contains("CREATED", "UPDATED", "DELETED");
    }

    @Test
    void searchTextThatLooksLikeSqlIsJustText() {
        Response people = api.get("/api/v1/people?q=%27%20OR%20%271%27%3D%271", ADMIN);
        Response audit = api.get("/api/v1/audit?actor=%27%20OR%201%3D1%20--", ADMIN);

        assertThat(people.status()).isEqualTo(200);
        assertThat(people.json().get("content")).isEmpty();
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().get("content")).isEmpty();
    }
}
