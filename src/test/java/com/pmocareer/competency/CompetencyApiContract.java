package com.pmocareer.competency;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The competency framework, ladder, ratings, gap analysis and readiness through the API; runs on H2 and PostgreSQL. */
abstract class CompetencyApiContract extends RunningApplication {

    static final String ADMIN = "admin@pmo.example";
    static final String LEAD = "lead@pmo.example";
    static final String LEAD2 = "lead2@pmo.example";
    static final String MENTOR = "mentor@pmo.example";

    /** A new junior in the root unit (the head of PMO's), with an account; answers id and e-mail. */
    record Junior(long id, String email) {
    }

    Junior newJunior() {
        String email = newJuniorWithPassword("long-enough-pw-1");
        return new Junior(personId(email), email);
    }

    long pairWithMentor(Junior junior) {
        var paired = api.post("/api/v1/mentorships", LEAD, ApiClient.json(Map.of("mentorId", personId(MENTOR),
                "menteeId", junior.id())));
        assertThat(paired.status()).as(paired.body()).isEqualTo(201);
        return paired.json().get("id").asLong();
    }

    ApiClient.Response rate(Junior junior, String as, String code, int level) {
        return api.post("/api/v1/people/" + junior.id() + "/assessments", as,
                ApiClient.json(Map.of("competencyCode", code, "level", level)));
    }

    JsonNode proficiency(Junior junior, String code) {
        var profile = api.get("/api/v1/people/" + junior.id() + "/competency-profile", LEAD).json();
        return StreamSupport.stream(profile.get("rows").spliterator(), false)
                .filter(row -> row.get("competency").get("code").asString().equals(code)).findFirst().orElseThrow()
                .get("proficiency");
    }

    @Test
    void theShippedFrameworkAndLadderAreServed() {
        var framework = api.get("/api/v1/competency-framework", "junior@pmo.example").json();
        var competencies = framework.findValues("indicators");

        assertThat(competencies).hasSizeBetween(35, 45).allSatisfy(indicators -> assertThat(indicators.size()).isEqualTo(5));
        assertThat(framework.findValuesAsString("category")).contains("WAYS_OF_WORKING", "POWER_SKILLS", "BUSINESS_ACUMEN");

        var ladder = api.get("/api/v1/career-levels", "junior@pmo.example").json();
        assertThat(ladder.findValuesAsString("code")).containsSequence("JUNIOR_PM", "PROJECT_MANAGER", "SENIOR_PM", "PROGRAMME_MANAGER");
        assertThat(ladder.get(1).get("required").get("NEGOTIATION").asInt()).isEqualTo(3);
        assertThat(ladder.get(2).get("criteria").toString()).contains("CERTIFICATION_HELD", "PMP", "PRINCE2_PRACTITIONER");
    }

    @Test
    void theCurrentLevelIsTheLatestMentorOrLeadRatingWithTheSelfViewBesideIt() {
        var junior = newJunior();
        pairWithMentor(junior);

        assertThat(rate(junior, MENTOR, "NEGOTIATION", 2).json().get("raterRole").asString()).isEqualTo("MENTOR");
        assertThat(rate(junior, LEAD, "NEGOTIATION", 3).json().get("raterRole").asString()).isEqualTo("LEAD");
        assertThat(rate(junior, junior.email(), "NEGOTIATION", 4).json().get("raterRole").asString()).isEqualTo("SELF");

        var now = proficiency(junior, "NEGOTIATION");
        assertThat(now.get("level").asInt()).isEqualTo(3);
        assertThat(now.get("selfLevel").asInt()).isEqualTo(4);
        assertThat(now.get("diverges").asBoolean()).isFalse();

        rate(junior, MENTOR, "NEGOTIATION", 2);
        var later = proficiency(junior, "NEGOTIATION");
        assertThat(later.get("level").asInt()).isEqualTo(2);
        assertThat(later.get("diverges").asBoolean()).isTrue();

        var history = api.get("/api/v1/people/" + junior.id() + "/assessments?competency=NEGOTIATION", junior.email()).json();
        assertThat(history.findValuesAsString("raterRole")).containsExactly("MENTOR", "SELF", "LEAD", "MENTOR");
    }

    @Test
    void aMentorRatesOnlyCurrentMenteesAndAJuniorOnlyThemselves() {
        var junior = newJunior();
        assertThat(rate(junior, MENTOR, "RISK", 3).status()).isEqualTo(404);

        long mentorship = pairWithMentor(junior);
        assertThat(rate(junior, MENTOR, "RISK", 3).status()).isEqualTo(201);

        assertThat(api.post("/api/v1/mentorships/" + mentorship + "/end", LEAD, "{}").status()).isEqualTo(200);
        assertThat(rate(junior, MENTOR, "RISK", 3).status()).isEqualTo(404);

        var asMentor = api.post("/api/v1/people/" + junior.id() + "/assessments", junior.email(),
                "{\"competencyCode\":\"RISK\",\"level\":4,\"raterRole\":\"MENTOR\"}");
        assertThat(asMentor.status()).isEqualTo(403);
        assertThat(rate(junior, junior.email(), "RISK", 4).json().get("raterRole").asString()).isEqualTo("SELF");
        assertThat(api.post("/api/v1/people/" + personId("junior2@pmo.example") + "/assessments", junior.email(),
                "{\"competencyCode\":\"RISK\",\"level\":4}").status()).isEqualTo(404);
    }

    @Test
    void aBadRatingIsRefusedFieldByFieldAndChangesNothing() {
        var junior = newJunior();
        String path = "/api/v1/people/" + junior.id() + "/assessments";

        var badLink = api.post(path, LEAD, "{\"competencyCode\":\"RISK\",\"level\":3,\"evidenceLinks\":[\"javascript:alert(1)\"]}");
        var unknown = api.post(path, LEAD, "{\"competencyCode\":\"ASTROLOGY\",\"level\":3}");
        var tooHigh = api.post(path, LEAD, "{\"competencyCode\":\"RISK\",\"level\":6}");

        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.json().findValuesAsString("field")).containsExactly("evidenceLinks[0]");
        assertThat(unknown.json().findValuesAsString("field")).containsExactly("competencyCode");
        assertThat(tooHigh.json().findValuesAsString("field")).containsExactly("level");
        assertThat(api.get(path, LEAD).json().size()).isZero();
    }

    @Test
    void theGapAnalysisPutsTheLargestGapFirstAndSuggestsStrongMentors() {
        var junior = newJunior();
        pairWithMentor(junior);
        rate(junior, MENTOR, "NEGOTIATION", 1);
        rate(junior, MENTOR, "RISK", 3);

        var report = api.get("/api/v1/people/" + junior.id() + "/gap-analysis?targetLevel=PROJECT_MANAGER", junior.email()).json();

        var gaps = new ArrayList<Integer>();
        report.get("rows").forEach(row -> gaps.add(row.get("gap").asInt()));
        assertThat(gaps).isSortedAccordingTo((a, b) -> b - a);
        var negotiation = row(report, "NEGOTIATION");
        assertThat(negotiation.get("required").asInt()).isEqualTo(3);
        assertThat(negotiation.get("current").asInt()).isEqualTo(1);
        assertThat(negotiation.get("gap").asInt()).isEqualTo(2);
        assertThat(negotiation.get("suggestions").findValuesAsString("title")).contains("Sofia Lindqvist");
        assertThat(row(report, "RISK").get("gap").asInt()).isZero();
        assertThat(api.get("/api/v1/people/" + junior.id() + "/gap-analysis?targetLevel=ASTRONAUT", LEAD).status())
                .isEqualTo(400);
    }

    @Test
    void readinessScoresTheNextLevelAndExplainsEveryCriterion() {
        var junior = newJunior();
        pairWithMentor(junior);
        rate(junior, MENTOR, "NEGOTIATION", 2);
        rate(junior, MENTOR, "RISK", 3);
        rate(junior, MENTOR, "SCRUM", 4);

        var report = api.get("/api/v1/people/" + junior.id() + "/readiness", junior.email()).json();

        assertThat(report.get("nextLevel").get("code").asString()).isEqualTo("PROJECT_MANAGER");
        assertThat(report.get("competenciesMet").asInt()).isEqualTo(2);
        assertThat(report.findValuesAsString("reason")).contains("Negotiation: level 2, needs 3", "Risk management: level 3, needs 3",
                "Stakeholder management: not assessed, needs 3");
        long months = ChronoUnit.MONTHS.between(LocalDate.parse("2026-01-10"), LocalDate.now());
        var criteria = report.get("criteria");
        assertThat(criteria.get(0).get("reason").asString()).isEqualTo(months + " of 12 months as Junior Project Manager");
        assertThat(criteria.get(1).get("status").asString()).isEqualTo("UNMET");
        assertThat(criteria.get(1).get("reason").asString()).isEqualTo("0 of 6 months leading projects as co-PM or PM (0 projects)");
        int required = report.get("competenciesRequired").asInt();
        int criteriaMet = (months >= 12 ? 1 : 0) + ("MET".equals(criteria.get(2).get("status").asString()) ? 1 : 0);
        int expected = (int) Math.floor(70.0 * 2 / required + 30.0 * criteriaMet / 3 + 1e-9);
        assertThat(report.get("score").asInt()).isEqualTo(expected);
        assertThat(report.get("ready").asBoolean()).isFalse();
    }

    @Test
    void aLeadsReadinessListHoldsTheirPeopleOnlyMostReadyFirst() {
        var list = api.get("/api/v1/readiness?size=200", LEAD2).json();

        assertThat(list.get("content").findValuesAsString("orgUnitName")).isNotEmpty()
                .allMatch(unit -> unit.equals("Digital & Applications Delivery"));
        var scores = new ArrayList<Integer>();
        list.get("content").forEach(row -> scores.add(row.get("score").asInt()));
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        assertThat(api.get("/api/v1/readiness", "junior@pmo.example").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/readiness?orgUnit=" + orgUnitId("Infrastructure & Cloud Delivery"), LEAD).json()
                .get("content").findValuesAsString("fullName")).contains("Liam Novak").doesNotContain("Aisha Rahman");
    }

    @Test
    void anAdminSetsWhatALevelAsksForAndTheAnalysesFollow() {
        var original = api.get("/api/v1/career-levels", ADMIN).json().get(1);
        var junior = newJunior();
        var changed = new java.util.HashMap<String, Integer>();
        original.get("required").properties().forEach(e -> changed.put(e.getKey(), e.getValue().asInt()));
        changed.put("NEGOTIATION", 4);
        try {
            var saved = api.put("/api/v1/career-levels/PROJECT_MANAGER", ADMIN, ApiClient.json(Map.of("summary", "Runs projects",
                    "required", changed, "criteria", List.of(Map.of("kind", "MONTHS_IN_ROLE", "months", 18,
                            "description", "At least 18 months as Junior PM")))));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);

            var gap = api.get("/api/v1/people/" + junior.id() + "/gap-analysis?targetLevel=PROJECT_MANAGER", LEAD).json();
            assertThat(row(gap, "NEGOTIATION").get("required").asInt()).isEqualTo(4);
            var readiness = api.get("/api/v1/people/" + junior.id() + "/readiness", LEAD).json();
            assertThat(readiness.get("criteria")).hasSize(1);
            assertThat(readiness.get("criteria").get(0).get("reason").asString()).contains("of 18 months");
        } finally {
            var criteria = new ArrayList<Map<String, Object>>();
            original.get("criteria").forEach(c -> {
                var criterion = new java.util.HashMap<String, Object>();
                criterion.put("kind", c.get("kind").asString());
                criterion.put("months", c.get("months").isNull() ? null : c.get("months").asInt());
                var certifications = new ArrayList<String>();
                c.get("certificationCodes").forEach(code -> certifications.add(code.asString()));
                criterion.put("certificationCodes", certifications);
                criterion.put("description", c.get("description").asString());
                criteria.add(criterion);
            });
            var restoredRequired = new java.util.HashMap<String, Integer>();
            original.get("required").properties().forEach(e -> restoredRequired.put(e.getKey(), e.getValue().asInt()));
            assertThat(api.put("/api/v1/career-levels/PROJECT_MANAGER", ADMIN, ApiClient.json(Map.of("summary",
                    original.get("summary").asString(), "required", restoredRequired, "criteria", criteria))).status()).isEqualTo(200);
        }
        var restored = api.get("/api/v1/career-levels", ADMIN).json().get(1);
        assertThat(restored.get("required")).isEqualTo(original.get("required"));
        assertThat(restored.get("criteria").findValuesAsString("description"))
                .isEqualTo(original.get("criteria").findValuesAsString("description"));
    }

    @Test
    void aBadLevelIsRefusedFieldByFieldAndChangesNothing() {
        var before = api.get("/api/v1/career-levels", ADMIN).body();

        var refused = api.put("/api/v1/career-levels/SENIOR_PM", ADMIN, ApiClient.json(Map.of("required",
                Map.of("ASTROLOGY", 3, "RISK", 7), "criteria", List.of(Map.of("kind", "MONTHS_LEADING_PROJECTS", "months", 0,
                        "description", "Lead"), Map.of("kind", "CERTIFICATION_HELD", "description", "")))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().findValuesAsString("field")).containsExactlyInAnyOrder("required.ASTROLOGY", "required.RISK",
                "criteria[0].months", "criteria[1].certificationCodes", "criteria[1].description");
        assertThat(api.get("/api/v1/career-levels", ADMIN).body()).isEqualTo(before);
        assertThat(api.put("/api/v1/career-levels/SENIOR_PM", LEAD, "{\"required\":{},\"criteria\":[]}").status()).isEqualTo(403);
        assertThat(api.put("/api/v1/career-levels/ASTRONAUT", ADMIN, "{\"required\":{},\"criteria\":[]}").status()).isEqualTo(404);
    }

    @Test
    void theReadinessListCountsANewRatingAtOnce() {
        long root = jdbc.sql("SELECT MIN(id) FROM org_unit").query(Long.class).single();
        long unit = api.post("/api/v1/org-units", ADMIN, ApiClient.json(Map.of("name", "Readiness " + System.nanoTime(),
                "parentId", root))).json().get("id").asLong();
        long person = api.post("/api/v1/people", ADMIN, ApiClient.json(Map.of("email", "ready-" + System.nanoTime()
                + "@example.com", "fullName", "Ready Soon", "orgUnitId", unit, "careerLevel", "JUNIOR_PM",
                "startDate", "2026-01-10"))).json().get("id").asLong();
        var junior = new Junior(person, null);
        String list = "/api/v1/readiness?orgUnit=" + unit;
        assertThat(rowOf(api.get(list, LEAD).json(), junior).get("competenciesMet").asInt()).isZero();

        rate(junior, LEAD, "RISK", 3);
        rate(junior, LEAD, "SCRUM", 2);

        var row = rowOf(api.get(list, LEAD).json(), junior);
        assertThat(row.get("competenciesMet").asInt()).isEqualTo(1);
        assertThat(row.get("score").asInt()).isEqualTo(
                api.get("/api/v1/people/" + junior.id() + "/readiness", LEAD).json().get("score").asInt());
    }

    private static JsonNode rowOf(JsonNode list, Junior junior) {
        return StreamSupport.stream(list.get("content").spliterator(), false)
                .filter(row -> row.get("personId").asLong() == junior.id()).findFirst().orElseThrow();
    }

    @Test
    void ratingsKeepTheFrameworkVersionTheyWereMadeAgainst() {
        var junior = newJunior();
        api.delete("/api/v1/competency-framework/draft", ADMIN);
        int before = api.get("/api/v1/competency-framework", ADMIN).json().get("number").asInt();
        rate(junior, LEAD, "CONFLICT", 2);

        var draft = api.post("/api/v1/competency-framework/draft", ADMIN, "{}");
        assertThat(draft.status()).isEqualTo(201);
        String renamed = draft.json().get("framework").toString().replace("\"Conflict resolution\"", "\"Conflict resolution and mediation\"");
        var document = ApiClient.json(Map.of("framework", tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue(renamed, Map.class), "version", draft.json().get("version").asLong()));
        var saved = api.put("/api/v1/competency-framework/draft", ADMIN, document);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        var published = api.post("/api/v1/competency-framework/draft/publish", ADMIN,
                "{\"note\":\"Renamed conflict resolution\",\"version\":" + saved.json().get("version").asLong() + "}");
        assertThat(published.json().get("number").asInt()).isEqualTo(before + 1);
        rate(junior, LEAD, "CONFLICT", 3);

        var history = api.get("/api/v1/people/" + junior.id() + "/assessments?competency=CONFLICT", LEAD).json();
        assertThat(history.findValues("frameworkVersion")).extracting(JsonNode::asInt).containsExactly(before + 1, before);
        assertThat(history.findValuesAsString("competencyName"))
                .containsExactly("Conflict resolution and mediation", "Conflict resolution");
        assertThat(api.get("/api/v1/competency-framework/versions/" + before, LEAD).body()).contains("\"Conflict resolution\"");
        assertThat(proficiency(junior, "CONFLICT").get("level").asInt()).isEqualTo(3);
    }

    @Test
    void aBadFileIsRefusedWithItsReasonsAndChangesNothing() {
        api.delete("/api/v1/competency-framework/draft", ADMIN);
        int versions = api.get("/api/v1/competency-framework/versions", ADMIN).json().size();
        String csv = "area_code,area_name,code,name,category,description,level_1,level_2,level_3,level_4,level_5\n"
                + "SOFT,Soft skills,LISTENING,Listening,POWER_SKILLS,Hears people,a,b,c,d,e\n"
                + "SOFT,Soft skills,LISTENING,Listening twice,POWER_SKILLS,Hears people,a,b,c,d,e\n"
                + "TOOLS,Tools,JIRA,Jira,SORCERY,Tracks,a,b,,d,e\n";

        var refused = api.post("/api/v1/competency-framework/import?publish=true", ADMIN, "text/csv",
                java.net.http.HttpRequest.BodyPublishers.ofString(csv));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValues("line")).extracting(JsonNode::asInt).containsExactly(3, 4, 4);
        assertThat(api.get("/api/v1/competency-framework/versions", ADMIN).json().size()).isEqualTo(versions);
        assertThat(api.get("/api/v1/competency-framework/draft", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void anExportedFrameworkImportsBackAsAnIdenticalNewVersion() {
        api.delete("/api/v1/competency-framework/draft", ADMIN);
        var current = api.get("/api/v1/competency-framework", ADMIN).json();
        String csv = api.get("/api/v1/competency-framework/export?format=csv", ADMIN).body();
        String json = api.get("/api/v1/competency-framework/export?format=json", ADMIN).body();

        var fromCsv = api.post("/api/v1/competency-framework/import?publish=true&name=" + "Round%20trip", ADMIN, "text/csv",
                java.net.http.HttpRequest.BodyPublishers.ofString(csv));
        var fromJson = api.post("/api/v1/competency-framework/import?publish=true", ADMIN, json);

        assertThat(fromCsv.status()).as(fromCsv.body()).isEqualTo(201);
        assertThat(fromJson.status()).as(fromJson.body()).isEqualTo(201);
        assertThat(fromJson.json().get("number").asInt()).isEqualTo(current.get("number").asInt() + 2);
        assertThat(content(fromCsv.json())).isEqualTo(content(current));
        assertThat(content(fromJson.json())).isEqualTo(content(current));
    }

    /** What a framework says, without its ids and version data. */
    private static List<String> content(JsonNode framework) {
        var lines = new ArrayList<String>();
        framework.get("areas").forEach(area -> area.get("competencies").forEach(c -> lines.add(area.get("code").asString()
                + "|" + area.get("name").asString() + "|" + c.get("code").asString() + "|" + c.get("name").asString() + "|"
                + c.get("category").asString() + "|" + c.get("description").asString() + "|" + c.get("indicators").toString())));
        return lines;
    }

    private static JsonNode row(JsonNode report, String code) {
        return StreamSupport.stream(report.get("rows").spliterator(), false)
                .filter(row -> row.get("competencyCode").asString().equals(code)).findFirst().orElseThrow();
    }
}
