package com.pmocareer;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.ApiClient;
import com.pmocareer.support.RunningApplication;
import com.pmocareer.support.BrowserSession;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every role against every endpoint and page, with the status each must get. Later modules add their rows.
 * Columns: ADMIN, LEAD (head of PMO, root unit), LEAD2 (digital team lead), MENTOR (infra), JUNIOR (infra),
 * JUNIOR2 (digital); anonymous callers always get 401 from the API. Runs on H2 and on PostgreSQL.
 */
abstract class AuthorizationMatrixContract extends RunningApplication {

    static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("ADMIN", "admin@pmo.example");
        CALLERS.put("LEAD", "lead@pmo.example");
        CALLERS.put("LEAD2", "lead2@pmo.example");
        CALLERS.put("MENTOR", "mentor@pmo.example");
        CALLERS.put("JUNIOR", "junior@pmo.example");
        CALLERS.put("JUNIOR2", "junior2@pmo.example");
    }

    record Rule(String method, String path, Supplier<String> body, String contentType, int... expected) {
    }

    Map<String, BrowserSession> sessions = new HashMap<>();

    String newPersonJson() {
        return ApiClient.json(Map.of("email", "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com",
                "fullName", "Matrix Person", "orgUnitId", orgUnitId("Infrastructure & Cloud Delivery"),
                "careerLevel", "JUNIOR_PM", "startDate", "2026-03-01"));
    }

    long freshPerson() {
        var created = api.post("/api/v1/people", "admin@pmo.example", newPersonJson());
        assertThat(created.status()).as("a fresh person for the matrix: " + created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    long freshUnit() {
        return api.post("/api/v1/org-units", "admin@pmo.example", "{\"name\":\"Unit " + UUID.randomUUID() + "\"}")
                .json().get("id").asLong();
    }

    String juniorEdit() {
        long version = jdbc.sql("SELECT version FROM person WHERE email = 'junior@pmo.example'").query(Long.class).single();
        return ApiClient.json(Map.of("email", "junior@pmo.example", "fullName", "Liam Novak",
                "jobTitle", "Junior Project Manager", "orgUnitId", orgUnitId("Infrastructure & Cloud Delivery"),
                "careerLevel", "JUNIOR_PM", "startDate", jdbc.sql("SELECT start_date FROM person WHERE email = 'junior@pmo.example'")
                        .query(java.time.LocalDate.class).single().toString(),
                "educationLevel", "BACHELOR", "lineManagerId", personId("lead@pmo.example"), "version", version));
    }

    List<Rule> apiRules() {
        long junior = personId("junior@pmo.example");
        long junior2 = personId("junior2@pmo.example");
        String json = "application/json";
        return List.of(
                new Rule("GET", "/api/v1/me", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/people", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/people/" + junior, null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior2, null, null, 200, 200, 200, 404, 404, 200),
                new Rule("PUT", "/api/v1/people/" + junior, this::juniorEdit, json, 200, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/people", this::newPersonJson, json, 201, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/people/import",
                        () -> "email,fullName,orgUnit,careerLevel,startDate\nimp-" + UUID.randomUUID().toString().substring(0, 8)
                                + "@example.com,Imported,IT PMO,JUNIOR_PM,2026-01-01\n",
                        "text/csv", 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/personal-data", null, null, 200, 403, 404, 403, 200, 404),
                new Rule("DELETE", "/api/v1/people/{fresh}", null, null, 204, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/org-units", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/org-units", () -> "{\"name\":\"Unit " + UUID.randomUUID() + "\"}", json,
                        201, 403, 403, 403, 403, 403),
                new Rule("PUT", "/api/v1/org-units/{freshUnit}", () -> "{\"name\":\"Renamed " + UUID.randomUUID()
                        + "\",\"version\":0}", json, 200, 403, 403, 403, 403, 403),
                new Rule("DELETE", "/api/v1/org-units/{freshUnit}", null, null, 204, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/accounts", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/account", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("PUT", "/api/v1/people/{fresh}/account", () -> "{\"roles\":[\"JUNIOR_PM\"],\"enabled\":true}",
                        json, 200, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/people/" + junior + "/account/unlock", () -> "", json, 204, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/audit", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/auth/tokens", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("PUT", "/api/v1/me/password", () -> "{\"currentPassword\":\"not-it\",\"newPassword\":\"long-enough-1\"}",
                        json, 400, 400, 400, 400, 400, 400),
                new Rule("DELETE", "/api/v1/auth/tokens/999999999", null, null, 404, 404, 404, 404, 404, 404),
                // Competency: everyone reads the framework and the ladder; the rest follows whom one may see.
                new Rule("GET", "/api/v1/competency-framework", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/competency-framework/versions", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/competency-framework/export?format=csv", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/competency-framework/import", () -> "{\"name\":\"\",\"areas\":[]}", json,
                        400, 403, 403, 403, 403, 403),
                new Rule("DELETE", "/api/v1/competency-framework/draft", null, null, 204, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/career-levels", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("PUT", "/api/v1/career-levels/SENIOR_PM", () -> "{\"required\":{\"ASTROLOGY\":3},\"criteria\":[]}", json,
                        400, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/assessments", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior2 + "/assessments", null, null, 200, 200, 200, 404, 404, 200),
                new Rule("POST", "/api/v1/people/" + junior + "/assessments", () -> "{\"competencyCode\":\"RISK\",\"level\":3}",
                        json, 403, 201, 404, 201, 201, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/assessments",
                        () -> "{\"competencyCode\":\"RISK\",\"level\":3,\"raterRole\":\"PEER\"}", json, 403, 403, 404, 403, 403, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/competency-profile", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/gap-analysis?targetLevel=SENIOR_PM", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/readiness", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/readiness", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/assessment-rounds", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/assessment-rounds", this::roundJson, json, 201, 201, 404, 403, 403, 404),
                new Rule("GET", "/api/v1/assessment-rounds/invitations", null, null, 200, 200, 200, 200, 200, 200),
                // Development plans: the person, their mentor and lead write; an admin only reads.
                new Rule("GET", "/api/v1/people/" + junior + "/development-plan", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/development-plan/goals", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/development-plan/goals", this::nextCycleGoalJson, json,
                        403, 201, 404, 201, 201, 404),
                // Mentoring: leads and admins pair; everyone lists their own.
                new Rule("GET", "/api/v1/mentorships", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/mentorships", this::mentorshipJson, json, 201, 201, 400, 403, 403, 403),
                // Onboarding: templates are read by all, written by admins; plans follow whom one may see.
                new Rule("GET", "/api/v1/onboarding/templates", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/onboarding/templates", () -> "{\"name\":\"\",\"tasks\":[]}", json, 400, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior2 + "/onboarding", null, null, 200, 200, 200, 404, 404, 200),
                new Rule("POST", "/api/v1/people/{fresh}/onboarding", () -> "{\"startDate\":\"" + java.time.LocalDate.now() + "\"}",
                        json, 201, 201, 404, 404, 404, 404),
                new Rule("POST", "/api/v1/onboarding/tasks/" + openReviewOfAisha() + "/complete", () -> "{}", json, 403, 409, 409, 404, 404, 403),
                new Rule("POST", "/api/v1/onboarding/tasks/" + openReviewOfAisha() + "/not-applicable", () -> "{\"reason\":\"\"}", json,
                        403, 400, 400, 404, 404, 403),
                new Rule("GET", "/api/v1/onboarding/plans", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/documents", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/documents/" + handbook(), null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/documents", () -> "{\"title\":\"\"}", json, 400, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/documents/" + handbook() + "/versions", () -> "{}", json, 400, 403, 403, 403, 403, 403),
                // Notifications and calendar addresses are each person's own.
                new Rule("GET", "/api/v1/notifications", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/notifications/preferences", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/admin/scans", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/calendar-feed", null, null, 200, 403, 404, 403, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/calendar-feed", () -> "", json, 403, 403, 404, 403, 201, 404),
                // Learning: the catalog is for everyone, editing it for admins; enrolments and records follow whom one may see.
                new Rule("GET", "/api/v1/courses", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/courses/" + course("AGL-101"), null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/courses", () -> "{}", json, 400, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/courses/" + course("AGL-101") + "/sessions", () -> "{}", json, 400, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/learning-providers", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/learning-providers", () -> "{\"name\":\"\"}", json, 400, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/sessions/" + matrixSession() + "/enrollments", () -> "{\"personId\":" + freshPerson() + "}",
                        json, 201, 201, 404, 404, 404, 404),
                new Rule("GET", "/api/v1/sessions/" + matrixSession() + "/enrollments", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/enrollments", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/approvals", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/enrollments/" + pendingOfLiam() + "/reject", () -> "{\"note\":\"\"}", json,
                        400, 400, 404, 403, 403, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/learning-records", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/learning-paths", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/learning-paths", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/learning-paths", () -> "{}", json, 400, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/activities", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/activities", () -> "{}", json, 403, 403, 404, 403, 400, 404),
                new Rule("GET", "/api/v1/compliance/requirements", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/compliance/requirements", () -> "{}", json, 400, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/compliance/status", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/people/" + junior + "/compliance", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/compliance/exemptions", () -> "{\"personId\":" + junior + ",\"reason\":\"\"}", json,
                        400, 400, 404, 403, 403, 404),
                new Rule("GET", "/api/v1/reports/compliance", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/xapi/review", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/xapi/mappings", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/admin/integration-tokens", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/xapi/statements", () -> "{}", json, 401, 401, 401, 401, 401, 401),
                // Experience: the registry is for everyone, keeping it for leads and admins; logs and work products follow
                // whom one may see; a mentor or lead confirms and reviews, never the author.
                new Rule("GET", "/api/v1/projects", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("POST", "/api/v1/projects", () -> "{}", json, 400, 400, 400, 403, 403, 403),
                new Rule("GET", "/api/v1/projects/" + project("INF-DC-25"), null, null, 200, 200, 200, 200, 200, 200),
                new Rule("PUT", "/api/v1/projects/" + project("INF-DC-25"), () -> "{}", json, 400, 400, 400, 403, 403, 403),
                new Rule("POST", "/api/v1/projects/" + project("INF-DC-25") + "/assignments", () -> "{\"personId\":" + junior + "}",
                        json, 400, 400, 400, 403, 403, 400),
                new Rule("GET", "/api/v1/people/" + junior + "/assignments", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/months-leading-projects", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/experience", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/experience", () -> "{}", json, 403, 403, 404, 403, 400, 404),
                new Rule("POST", "/api/v1/experience/" + confirmedEntryOfLiam() + "/confirmation", () -> "{\"accepted\":true}", json,
                        409, 409, 404, 409, 403, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/artifacts", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/artifacts/" + approvedReportOfLiam(), null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/artifacts/" + approvedReportOfLiam() + "/reviews", () -> "{}", json,
                        409, 409, 404, 409, 403, 404),
                new Rule("GET", "/api/v1/artifacts/to-review", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/rubrics", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("PUT", "/api/v1/rubrics/STATUS_REPORT", () -> "[]", json, 400, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/imports/ms-project", () -> "--matrix--\r\n", "multipart/form-data; boundary=matrix",
                        400, 400, 400, 403, 403, 403),
                new Rule("GET", "/api/v1/jira-connections", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("POST", "/api/v1/jira-connections", () -> "{}", json, 400, 400, 400, 403, 403, 403),
                new Rule("POST", "/api/v1/imports/jira", () -> "{}", json, 400, 400, 400, 403, 403, 403),
                // Mentoring: profiles are public, editing them the mentor's; matching is the leads'; a journal is the pair's.
                new Rule("GET", "/api/v1/mentors", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/mentors/" + personId("mentor@pmo.example") + "/profile", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("PUT", "/api/v1/mentors/" + personId("mentor@pmo.example") + "/profile", () -> "{}", json,
                        400, 403, 403, 400, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/mentoring-preferences", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("PUT", "/api/v1/people/" + junior + "/mentoring-preferences", () -> "{}", json, 400, 400, 404, 403, 400, 404),
                new Rule("GET", "/api/v1/mentoring/weights", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("PUT", "/api/v1/mentoring/weights", () -> "{\"gapCoverage\":0,\"language\":0,\"timeZone\":0,\"crossTeam\":0}", json,
                        400, 403, 403, 403, 403, 403),
                new Rule("POST", "/api/v1/mentoring/matching", () -> "", json, 201, 201, 201, 403, 403, 403),
                new Rule("GET", "/api/v1/mentoring/proposals", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/api/v1/mentorships/" + mentorshipOfLiam() + "/journal", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/mentorships/" + mentorshipOfLiam() + "/sessions", () -> "{}", json, 403, 403, 404, 400, 400, 404),
                new Rule("PUT", "/api/v1/mentorships/" + mentorshipOfLiam() + "/agreement", () -> "{}", json, 403, 403, 404, 400, 400, 404),
                new Rule("POST", "/api/v1/mentorships/" + mentorshipOfLiam() + "/feedback", () -> "{}", json, 403, 403, 404, 400, 400, 404),
                new Rule("POST", "/api/v1/mentorships/" + mentorshipOfLiam() + "/close-out", () -> "{\"summary\":\"\"}", json,
                        400, 400, 404, 400, 400, 404),
                // Certifications: the catalog is public and kept by admins; a person's credentials, ledger, eligibility
                // and goals follow who may see them; claims are one's own; budgets and the team view are the leads'.
                new Rule("GET", "/api/v1/certification-types", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/api/v1/certification-types/PMP", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("PUT", "/api/v1/certification-types/PMP", () -> "{}", json, 400, 403, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/people/" + junior + "/certifications", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/certifications", () -> "{}", json, 400, 400, 404, 403, 400, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/certifications/" + capmOfLiam() + "/pdu-ledger", null, null,
                        200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/certifications/" + capmOfLiam() + "/claims.csv", null, null,
                        200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/certifications/" + capmOfLiam() + "/renewals", () -> "{}", json,
                        400, 400, 404, 403, 400, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/pdus", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/pdus", () -> "{}", json, 403, 403, 404, 403, 400, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/eligibility/PMP", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/api/v1/people/" + junior + "/certification-goals", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/certification-goals", () -> "{}", json, 400, 400, 404, 403, 400, 404),
                new Rule("POST", "/api/v1/people/" + junior + "/certification-goals/" + goalOfLiam() + "/budget-decision", () -> "{}", json,
                        400, 400, 404, 403, 403, 404),
                new Rule("GET", "/api/v1/certification-budgets", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("PUT", "/api/v1/certification-budgets/" + orgUnitId("Infrastructure & Cloud Delivery") + "/2030", () -> "{}", json,
                        400, 400, 403, 403, 403, 403),
                new Rule("GET", "/api/v1/certifications/team", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/api/v1/certifications/team/eligibility/PMP", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/api/v1/certification-goals/awaiting-decision", null, null, 200, 200, 200, 200, 200, 200));
    }

    long capmOfLiam() {
        return jdbc.sql("""
                SELECT c.id FROM credential c JOIN certification_type t ON t.id = c.type_id
                 WHERE c.person_id = :p AND t.code = 'CAPM'""").param("p", personId("junior@pmo.example")).query(Long.class).single();
    }

    long goalOfLiam() {
        return jdbc.sql("SELECT MIN(id) FROM certification_goal WHERE person_id = :p").param("p", personId("junior@pmo.example"))
                .query(Long.class).single();
    }

    long project(String code) {
        return jdbc.sql("SELECT id FROM project WHERE code = :code").param("code", code).query(Long.class).single();
    }

    long confirmedEntryOfLiam() {
        return jdbc.sql("SELECT MIN(id) FROM experience_entry WHERE person_id = :p AND status = 'CONFIRMED'")
                .param("p", personId("junior@pmo.example")).query(Long.class).single();
    }

    long approvedReportOfLiam() {
        return jdbc.sql("SELECT id FROM artifact WHERE title = 'Steering committee status report'").query(Long.class).single();
    }

    long mentorshipOfLiam() {
        return jdbc.sql("SELECT id FROM mentorship WHERE mentee_id = :p AND ended_on IS NULL")
                .param("p", personId("junior@pmo.example")).query(Long.class).single();
    }

    long course(String code) {
        return jdbc.sql("SELECT id FROM course WHERE code = :code").param("code", code).query(Long.class).single();
    }

    private Long matrixSession;

    /** A session far ahead with plenty of seats, made once for the enrolment rows. */
    long matrixSession() {
        if (matrixSession == null) {
            var start = java.time.LocalDate.now().plusDays(200).atTime(9, 0);
            matrixSession = api.post("/api/v1/courses/" + course("ITD-104") + "/sessions", "admin@pmo.example", ApiClient.json(Map.of(
                    "startsAt", start.toString(), "endsAt", start.plusHours(4).toString(), "timeZone", "Europe/Berlin",
                    "location", "Matrix room", "capacity", 500, "enrolmentDeadline", start.toLocalDate().minusDays(1).toString())))
                    .json().get("id").asLong();
        }
        return matrixSession;
    }

    long pendingOfLiam() {
        return jdbc.sql("SELECT id FROM enrollment WHERE person_id = :p AND status = 'PENDING_APPROVAL'")
                .param("p", personId("junior@pmo.example")).query(Long.class).list().get(0);
    }

    long openReviewOfAisha() {
        return jdbc.sql("""
                SELECT t.id FROM onboarding_task t JOIN onboarding_plan p ON p.id = t.plan_id
                 WHERE p.person_id = :person AND t.task_key = 'review-90'""")
                .param("person", personId("junior2@pmo.example")).query(Long.class).single();
    }

    long handbook() {
        return jdbc.sql("SELECT id FROM pmo_document WHERE title = 'PMO Handbook'").query(Long.class).single();
    }

    String roundJson() {
        return ApiClient.json(Map.of("title", "Matrix round", "dueOn", java.time.LocalDate.now().plusDays(7).toString(),
                "competencyCodes", List.of("COMMUNICATION"),
                "raters", List.of(Map.of("personId", personId("mentor@pmo.example"), "relation", "MENTOR"))));
    }

    /** A goal in the next cycle, so that the demo plans of the current one stay as they are. */
    String nextCycleGoalJson() {
        var today = java.time.LocalDate.now();
        var nextCycleStart = today.getMonthValue() <= 6 ? today.withMonth(7).withDayOfMonth(1) : today.plusYears(1).withDayOfYear(1);
        String cycle = nextCycleStart.getYear() + "-H" + (nextCycleStart.getMonthValue() <= 6 ? 1 : 2);
        return ApiClient.json(Map.of("title", "Matrix goal", "measure", "Seen in the matrix", "competencyCode", "BUDGET",
                "targetLevel", 4, "dueOn", nextCycleStart.plusMonths(2).toString(), "cycle", cycle));
    }

    String mentorshipJson() {
        return ApiClient.json(Map.of("mentorId", personId("mentor4@pmo.example"), "menteeId", freshPerson()));
    }

    List<Rule> pageRules() {
        long junior = personId("junior@pmo.example");
        long junior2 = personId("junior2@pmo.example");
        return List.of(
                new Rule("GET", "/", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/people", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/people/" + junior, null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/new", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/people/" + junior + "/edit", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/people/" + junior + "/personal-data", null, null, 200, 403, 404, 403, 200, 404),
                new Rule("GET", "/admin/people/import", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/accounts", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/accounts/" + junior, null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/audit", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/org-units", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/tokens", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/account/password", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/competencies", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/career-ladder", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/admin/competencies/draft", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/career-ladder/PROJECT_MANAGER", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/people/" + junior + "/competencies", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/" + junior + "/competencies/RISK", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/" + junior + "/gap-analysis", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/" + junior + "/readiness", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/readiness", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/people/" + junior + "/development-plan", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/" + junior + "/assessment-rounds", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/mentorships", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/onboarding", null, null, 200, 200, 200, 200, 302, 302),
                new Rule("GET", "/people/" + junior2 + "/onboarding", null, null, 200, 200, 200, 404, 404, 200),
                new Rule("GET", "/onboarding/tasks/" + openReviewOfAisha() + "/review?personId=" + junior2, null, null,
                        403, 200, 200, 404, 404, 403),
                new Rule("GET", "/documents", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/documents/" + handbook(), null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/admin/onboarding/templates", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/onboarding/templates/" + defaultTemplate(), null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/notifications", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/notifications/preferences", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/admin/scans", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/courses", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/courses?q=scrum&topic=AGILE", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/courses/" + course("AGL-101"), null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/learning", null, null, 302, 302, 302, 302, 302, 302),
                new Rule("GET", "/people/" + junior + "/learning", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/" + junior + "/activities", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/learning/paths", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/learning/approvals", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/sessions/" + matrixSession() + "/roster", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/compliance", null, null, 200, 200, 200, 302, 302, 302),
                new Rule("GET", "/compliance/export?format=xlsx", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/admin/courses", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/courses/new", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/courses/" + course("AGL-101"), null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/admin/xapi", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/projects", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/projects?tag=GDPR&type=DATA", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/projects/new", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/projects/" + project("INF-DC-25"), null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/projects/" + project("INF-DC-25") + "/edit", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/experience", null, null, 302, 302, 302, 302, 302, 302),
                new Rule("GET", "/people/" + junior + "/experience", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/artifacts", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/artifacts/" + approvedReportOfLiam(), null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/admin/rubrics", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/imports/ms-project", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/imports/jira", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/mentors", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/mentors/" + personId("mentor@pmo.example"), null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/mentors/me", null, null, 302, 302, 302, 302, 302, 302),
                new Rule("GET", "/mentoring/preferences", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/mentoring/matching", null, null, 200, 200, 200, 403, 403, 403),
                new Rule("GET", "/mentorships/" + mentorshipOfLiam(), null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/certifications", null, null, 302, 302, 302, 302, 302, 302),
                new Rule("GET", "/people/" + junior + "/certifications", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/" + junior + "/certifications/" + capmOfLiam(), null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/" + junior + "/pdus", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/people/" + junior + "/eligibility?type=PMP", null, null, 200, 200, 404, 200, 200, 404),
                new Rule("GET", "/certifications/catalog", null, null, 200, 200, 200, 200, 200, 200),
                new Rule("GET", "/admin/certifications/PMP", null, null, 200, 403, 403, 403, 403, 403),
                new Rule("GET", "/certifications/team", null, null, 200, 200, 200, 403, 403, 403));
    }

    long defaultTemplate() {
        return jdbc.sql("SELECT MIN(id) FROM onboarding_template").query(Long.class).single();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheExpectedStatusFromEveryEndpoint() {
        var tests = new ArrayList<DynamicTest>();
        for (Rule rule : apiRules()) {
            int column = 0;
            for (var caller : CALLERS.entrySet()) {
                int expected = rule.expected()[column++];
                tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " as " + caller.getKey() + " → " + expected,
                        () -> assertThat(callApi(rule, caller.getValue())).isEqualTo(expected)));
            }
            tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.path() + " anonymously → 401",
                    () -> assertThat(callApi(rule, null)).isEqualTo(401)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsTheExpectedStatusFromEveryPage() {
        var tests = new ArrayList<DynamicTest>();
        for (Rule rule : pageRules()) {
            int column = 0;
            for (var caller : CALLERS.entrySet()) {
                int expected = rule.expected()[column++];
                tests.add(DynamicTest.dynamicTest(rule.path() + " as " + caller.getKey() + " → " + expected,
                        () -> assertThat(session(caller.getValue()).get(rule.path()).status()).isEqualTo(expected)));
            }
        }
        return tests.stream();
    }

    private int callApi(Rule rule, String email) {
        String path = rule.path().replace("{fresh}", String.valueOf(freshPerson()))
                .replace("{freshUnit}", String.valueOf(freshUnit()));
        String body = rule.body() == null ? null : rule.body().get();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .method(rule.method(), body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (rule.contentType() != null) {
            request.header("Content-Type", rule.contentType());
        }
        if (email != null) {
            request.header("Authorization", "Bearer " + api.tokenFor(email));
        }
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private BrowserSession session(String email) {
        return sessions.computeIfAbsent(email, key -> {
            var session = new BrowserSession(port);
            session.signIn(key, "demo");
            return session;
        });
    }
}
