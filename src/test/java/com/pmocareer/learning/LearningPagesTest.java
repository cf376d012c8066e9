package com.pmocareer.learning;

import static org.assertj.core.api.Assertions.assertThat;

import com.pmocareer.support.BrowserSession;
import com.pmocareer.support.OnH2;
import com.pmocareer.support.RunningApplication;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learning pages' forms, posted the way a browser posts them. */
@OnH2
class LearningPagesTest extends RunningApplication {

    static final String PASSWORD = "long-enough-pw-1";

    BrowserSession signedIn(String email, String password) {
        var session = new BrowserSession(port);
        session.signIn(email, password);
        return session;
    }

    long course(String code) {
        return jdbc.sql("SELECT id FROM course WHERE code = :code").param("code", code).query(Long.class).single();
    }

    @Test
    void theCatalogFiltersAndACoursePageOffersItsSessions() {
        var junior = signedIn("junior@pmo.example", "demo");
        String catalog = junior.get("/courses?q=scrum").body();
        assertThat(catalog).contains("Scrum Fundamentals").doesNotContain("Negotiation</a>");
        assertThat(junior.get("/courses?q=zzzz-nothing").body()).contains("No course matches");
        String course = junior.get("/courses/" + course("AGL-101")).body();
        assertThat(course).contains("Ask to enrol", "your lead approves the enrolment", "14 SEU (Scrum Alliance)");
        String elearning = junior.get("/courses/" + course("GOV-103")).body();
        assertThat(elearning).contains("No session is scheduled");
    }

    @Test
    void aJuniorEnrolsAndCancelsFromTheCoursePage() {
        String email = newJuniorWithPassword(PASSWORD);
        var junior = signedIn(email, PASSWORD);
        long session = jdbc.sql("""
                SELECT s.id FROM course_session s JOIN course c ON c.id = s.course_id
                 WHERE c.code = 'CHG-101' AND s.starts_at > CURRENT_TIMESTAMP ORDER BY s.starts_at""").query(Long.class).list().get(0);
        String page = "/courses/" + course("CHG-101");
        var enrolled = junior.submit(page, "/sessions/" + session + "/enrol", Map.of());
        assertThat(enrolled.location()).endsWith(page);
        assertThat(junior.get(page).body()).contains("You are enrolled for Change management with ADKAR", "Cancel my enrolment");
        var again = junior.submit(page, "/sessions/" + session + "/enrol", Map.of());
        assertThat(again.status()).isEqualTo(302);
        assertThat(junior.get(page).body()).contains("is already enrolled");
        long enrollment = jdbc.sql("SELECT id FROM enrollment WHERE session_id = :s AND person_id = :p").param("s", session)
                .param("p", personId(email)).query(Long.class).single();
        junior.submit(page, "/enrollments/" + enrollment + "/cancel", Map.of("back", "//evil.example/"));
        assertThat(junior.get("/learning").location()).contains("/learning");
        assertThat(jdbc.sql("SELECT status FROM enrollment WHERE id = :id").param("id", enrollment).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void theLeadDeclinesOnlyWithAReason() {
        var lead = signedIn("lead@pmo.example", "demo");
        long pending = jdbc.sql("SELECT id FROM enrollment WHERE person_id = :p AND status = 'PENDING_APPROVAL'")
                .param("p", personId("junior@pmo.example")).query(Long.class).list().get(0);
        assertThat(lead.get("/learning/approvals").body()).contains("Liam Novak", "Negotiation");
        lead.submit("/learning/approvals", "/enrollments/" + pending + "/reject", Map.of("note", ""));
        assertThat(lead.get("/learning/approvals").body()).contains("Not saved: the note say why");
        assertThat(jdbc.sql("SELECT status FROM enrollment WHERE id = :id").param("id", pending).query(String.class).single())
                .isEqualTo("PENDING_APPROVAL");
    }

    @Test
    void anActivityWithBadInputIsRefusedWithReasonsAndAGoodOneIsLogged() {
        String email = newJuniorWithPassword(PASSWORD);
        long person = personId(email);
        var junior = signedIn(email, PASSWORD);
        String page = "/people/" + person + "/activities";
        assertThat(junior.get(page).body()).contains("No activity logged yet");
        junior.submit(page, page, Map.of("kind", "WEBINAR", "title", "", "hours", "lots", "category", "SEU"));
        assertThat(junior.get(page).body()).contains("Not saved: hours must be a number");
        junior.submit(page, page, Map.of("kind", "WEBINAR", "title", "Future", "hours", "2", "category", "SEU",
                "occurredOn", LocalDate.now().plusDays(3).toString()));
        assertThat(junior.get(page).body()).contains("the date must not be in the future");
        junior.submit(page, page, Map.of("kind", "CONFERENCE", "title", "PMI Global Summit sessions", "hours", "6",
                "category", "PDU_POWER_SKILLS", "occurredOn", LocalDate.now().minusDays(4).toString()));
        assertThat(junior.get(page).body()).contains("Logged 6 h: PMI Global Summit sessions", "Waiting for verification");
    }

    @Test
    void theAdminCourseFormShowsEachProblemBesideItsField() {
        var admin = signedIn("admin@pmo.example", "demo");
        var fields = new HashMap<String, String>(Map.of("code", "?", "title", "", "summary", "A summary", "durationHours", "abc",
                "competencies", "SCRUM:9, NOPE"));
        var refused = admin.submit("/admin/courses/new", "/admin/courses", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("The course was not saved", "write each as CODE:level", "must be a number");
        fields.putAll(Map.of("durationHours", "2", "competencies", "SCRUM:9"));
        refused = admin.submit("/admin/courses/new", "/admin/courses", fields);
        assertThat(refused.body()).contains("must be 2–40 letters", "must not be empty", "target level must be 1 to 5",
                "choose a topic", "choose a provider");
    }

    @Test
    void theComplianceMatrixFiltersAndExportsAndAnExemptionNeedsAReason() {
        var lead = signedIn("lead@pmo.example", "demo");
        String overdue = lead.get("/compliance?state=OVERDUE").body();
        assertThat(overdue).contains("Yuki Tanaka", "past grace").doesNotContain("data-person=\"Priya Natarajan\"");
        var csv = lead.get("/compliance/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("Person,Org unit,Career level,");
        long requirement = jdbc.sql("SELECT id FROM compliance_requirement WHERE code = 'GDPR'").query(Long.class).single();
        lead.submit("/compliance", "/compliance/exemptions", Map.of("personId", String.valueOf(personId("junior7@pmo.example")),
                "requirementId", String.valueOf(requirement), "reason", ""));
        assertThat(lead.get("/compliance").body()).contains("Not saved: the reason say why");
    }
}
