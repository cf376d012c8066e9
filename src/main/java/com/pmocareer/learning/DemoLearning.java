package com.pmocareer.learning;

import com.pmocareer.learning.CourseViews.CourseView;
import com.pmocareer.learning.SessionViews.SessionCommand;
import com.pmocareer.people.DemoPmoLoaded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of learning in the demo PMO: past sessions with completions and a no-show, upcoming sessions (one full with
 * a waitlist, one starting in two days, requests waiting for approval), security-awareness, GDPR and ISO 27001
 * completions that leave people compliant, due soon, overdue (one past the grace period) and exempt, logged and
 * verified activities, xAPI mappings and a statement waiting in the review queue.
 */
@Component
class DemoLearning {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Catalog catalog;
    private final CatalogStore courses;
    private final SessionStore sessions;
    private final LearningRecords records;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoLearning(Catalog catalog, CatalogStore courses, SessionStore sessions, LearningRecords records, JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.catalog = catalog;
        this.courses = courses;
        this.sessions = sessions;
        this.records = records;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener
    @Order(5)
    void on(DemoPmoLoaded demo) {
        transaction.executeWithoutResult(status -> load(demo));
    }

    private void load(DemoPmoLoaded demo) {
        LocalDate today = demo.today();
        List<String> everyone = List.copyOf(demo.peopleByEmail().keySet());

        // Security awareness, every January: done this January by everyone but the three newest and Mateo, who did it
        // last December (late for last year's window, so overdue now and past the grace period).
        LocalDate january = LocalDate.of(today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear(), 1, 12);
        for (String email : everyone) {
            switch (email) {
                case "junior2@pmo.example" -> complete(demo, email, "SEC-2026", startOf(demo, email).plusDays(5));
                case "junior6@pmo.example", "junior12@pmo.example" -> {
                }
                case "junior10@pmo.example" -> complete(demo, email, "SEC-2026", january.minusMonths(1));
                default -> complete(demo, email, "SEC-2026", january.plusDays(email.length() % 10));
            }
        }
        // GDPR every 24 months: Liam is due within the month, Chloé overdue, the newest not yet done.
        complete(demo, "junior@pmo.example", "GOV-101", today.minusMonths(24).plusDays(20));
        complete(demo, "junior7@pmo.example", "GOV-101", today.minusMonths(26));
        complete(demo, "junior2@pmo.example", "GOV-101", startOf(demo, "junior2@pmo.example").plusDays(12));
        for (String email : List.of("junior3@pmo.example", "junior4@pmo.example", "junior5@pmo.example",
                "junior8@pmo.example", "junior9@pmo.example", "junior10@pmo.example", "junior11@pmo.example",
                "mentor@pmo.example", "mentor2@pmo.example", "mentor3@pmo.example", "mentor4@pmo.example",
                "lead@pmo.example", "lead2@pmo.example", "admin@pmo.example")) {
            complete(demo, email, "GOV-101", today.minusMonths(2 + email.length() % 14));
        }
        // ISO 27001 yearly: Hannah overdue, Tomás exempt while on parental leave.
        for (String email : everyone) {
            if (!email.equals("junior4@pmo.example") && !email.equals("junior3@pmo.example")
                    && !email.equals("junior6@pmo.example") && !email.equals("junior12@pmo.example")) {
                complete(demo, email, "GOV-103", today.minusMonths(1 + email.length() % 9));
            }
        }
        complete(demo, "junior4@pmo.example", "GOV-103", today.minusMonths(13));
        jdbc.sql("""
                INSERT INTO compliance_exemption (requirement_id, person_id, reason, approved_by, approved_at, until_on)
                SELECT r.id, :person, 'Parental leave until the end of March', :lead, :now, :until
                  FROM compliance_requirement r WHERE r.code = 'ISO27001'""")
                .param("person", demo.id("junior3@pmo.example")).param("lead", demo.id("lead@pmo.example"))
                .param("now", OffsetDateTime.now()).param("until", today.plusMonths(4)).update();

        // Past sessions with their completions (and a no-show).
        long scrum = session("AGL-101", today.minusMonths(5), 2, 12, "Training room 2.14, Berlin", null, "Marco Weiss");
        for (String email : List.of("junior@pmo.example", "junior3@pmo.example", "junior4@pmo.example",
                "junior8@pmo.example", "junior5@pmo.example")) {
            completeInSession(demo, scrum, email, new BigDecimal("88"));
        }
        enrol(demo, scrum, "junior7@pmo.example", EnrollmentStatus.NO_SHOW);
        long msProject = session("TOL-102", today.minusMonths(3), 1, 14, "Training room 2.14, Berlin", null, "Elena Brooks");
        for (String email : List.of("junior@pmo.example", "junior5@pmo.example", "junior9@pmo.example")) {
            completeInSession(demo, msProject, email, null);
        }
        long governance = session("GOV-104", today.minusMonths(2), 1, 30, null, "https://meet.pmo.example/gov-104", "Priya Natarajan");
        for (String email : List.of("junior@pmo.example", "junior3@pmo.example", "junior4@pmo.example", "junior5@pmo.example",
                "junior7@pmo.example", "junior8@pmo.example", "junior9@pmo.example", "junior10@pmo.example",
                "junior11@pmo.example", "junior2@pmo.example")) {
            completeInSession(demo, governance, email, null);
        }
        long risk = session("MTH-201", today.minusMonths(1), 1, 16, "Meeting room Ada, Berlin", null, "Sofia Lindqvist");
        completeInSession(demo, risk, "junior3@pmo.example", null);
        completeInSession(demo, risk, "junior11@pmo.example", null);

        // Upcoming sessions.
        long ceremonies = session("AGL-102", today.plusDays(5), 1, 4, "Team space 3, Berlin", null, "Marco Weiss");
        for (String email : List.of("junior@pmo.example", "junior3@pmo.example", "junior4@pmo.example", "junior8@pmo.example")) {
            enrol(demo, ceremonies, email, EnrollmentStatus.ENROLLED);
        }
        enrol(demo, ceremonies, "junior5@pmo.example", EnrollmentStatus.WAITLISTED);
        long reports = session("DOC-101", today.plusDays(2), 1, 12, null, "https://meet.pmo.example/doc-101", "Elena Brooks");
        enrol(demo, reports, "junior2@pmo.example", EnrollmentStatus.ENROLLED);
        enrol(demo, reports, "junior10@pmo.example", EnrollmentStatus.ENROLLED);
        long nextScrum = session("AGL-101", today.plusDays(12), 2, 12, "Training room 2.14, Berlin", null, "Marco Weiss");
        enrol(demo, nextScrum, "junior2@pmo.example", EnrollmentStatus.PENDING_APPROVAL);
        enrol(demo, nextScrum, "junior12@pmo.example", EnrollmentStatus.ENROLLED);
        long negotiation = session("SFT-101", today.plusDays(20), 2, 10, "Negotiation Lab, Friedrichstraße 68, Berlin", null, "Claire Dubois");
        enrol(demo, negotiation, "junior@pmo.example", EnrollmentStatus.PENDING_APPROVAL);
        long nextGovernance = session("GOV-104", today.plusDays(9), 1, 30, null, "https://meet.pmo.example/gov-104", "Priya Natarajan");
        enrol(demo, nextGovernance, "junior12@pmo.example", EnrollmentStatus.ENROLLED);
        enrol(demo, nextGovernance, "junior6@pmo.example", EnrollmentStatus.ENROLLED);
        session("TOL-102", today.plusDays(25), 1, 14, "Training room 2.14, Berlin", null, "Elena Brooks");
        session("CHG-101", today.plusDays(30), 1, 16, "Meeting room Ada, Berlin", null, "Elena Brooks");
        session("VND-101", today.plusDays(45), 1, 16, "Training room 2.14, Berlin", null, "Elena Brooks");
        session("CRT-101", today.plusDays(60), 5, 14, null, "https://exam-prep.example/live/pmp", "Tom Becker");

        // Continuous learning.
        activity(demo, "junior@pmo.example", ActivityKind.WEBINAR, "PMI chapter webinar: hybrid delivery in practice",
                "PMI Berlin/Brandenburg Chapter", today.minusDays(40), "1.5", UnitCategory.PDU_WAYS_OF_WORKING, "mentor@pmo.example");
        activity(demo, "junior@pmo.example", ActivityKind.READING, "Making Things Happen (Scott Berkun), part one", null,
                today.minusDays(10), "6", UnitCategory.PDU_POWER_SKILLS, null);
        activity(demo, "junior2@pmo.example", ActivityKind.CONFERENCE, "Agile Days 2026", "Agile Days e.V.",
                today.minusDays(20), "8", UnitCategory.PDU_WAYS_OF_WORKING, null);
        activity(demo, "junior3@pmo.example", ActivityKind.PODCAST, "Cloud cost control, three episodes", "The Cloud Cast",
                today.minusDays(70), "2", UnitCategory.PDU_BUSINESS_ACUMEN, "mentor@pmo.example");
        activity(demo, "mentor@pmo.example", ActivityKind.MENTORING_OTHERS, "Mentoring two junior PMs this half-year", null,
                today.minusDays(15), "10", UnitCategory.PDU_POWER_SKILLS, "lead@pmo.example");

        // xAPI: the LMS's activities mapped to courses, and a statement from someone the PMO does not know.
        map("https://lms.pmo.example/activities/security-awareness-2026", "SEC-2026");
        map("https://lms.pmo.example/activities/gdpr-essentials", "GOV-101");
        jdbc.sql("""
                INSERT INTO xapi_statement (statement_id, received_at, actor_mbox, verb_iri, activity_iri, occurred_at,
                                            status, reason, body)
                VALUES ('6d1f2a4e-93c1-4b7a-9d55-0c2b8f1e7a10', :now, 'mailto:contractor@vendor.example',
                        'http://adlnet.gov/expapi/verbs/completed', 'https://lms.pmo.example/activities/security-awareness-2026',
                        :now, 'REVIEW', 'No person has the e-mail contractor@vendor.example.', :body)""")
                .param("now", OffsetDateTime.now().minusDays(1)).param("body", """
                        {"id":"6d1f2a4e-93c1-4b7a-9d55-0c2b8f1e7a10","actor":{"mbox":"mailto:contractor@vendor.example","name":"Alex Contractor"},\
                        "verb":{"id":"http://adlnet.gov/expapi/verbs/completed","display":{"en-US":"completed"}},\
                        "object":{"id":"https://lms.pmo.example/activities/security-awareness-2026","objectType":"Activity"}}""")
                .update();
    }

    private LocalDate startOf(DemoPmoLoaded demo, String email) {
        return jdbc.sql("SELECT start_date FROM person WHERE id = :id").param("id", demo.id(email))
                .query(LocalDate.class).single();
    }

    private CourseView course(String code) {
        return catalog.get(courses.idByCode(code).orElseThrow());
    }

    private void complete(DemoPmoLoaded demo, String email, String code, LocalDate on) {
        if (on.isAfter(demo.today())) {
            return;
        }
        records.completeCourse(demo.id(email), course(code), on, null, "DEMO", code + "-" + demo.id(email) + "-" + on);
    }

    private long session(String code, LocalDate day, int days, int capacity, String location, String url, String trainer) {
        var command = new SessionCommand(day.atTime(LocalTime.of(9, 0)), day.plusDays(days - 1L).atTime(LocalTime.of(17, 0)),
                ZONE.getId(), location, url, trainer, capacity, day.minusDays(3));
        return sessions.insertSession(course(code).id(), command, ZONE);
    }

    private long enrol(DemoPmoLoaded demo, long session, String email, EnrollmentStatus status) {
        long id = sessions.insertEnrollment(session, demo.id(email), EnrollmentStatus.ENROLLED, OffsetDateTime.now(), null);
        if (status != EnrollmentStatus.WAITLISTED && status != EnrollmentStatus.PENDING_APPROVAL) {
            sessions.changeSeats(session, 1);
        }
        if (status != EnrollmentStatus.ENROLLED) {
            sessions.setStatus(id, status);
        }
        return id;
    }

    private void completeInSession(DemoPmoLoaded demo, long sessionId, String email, BigDecimal score) {
        long enrollment = enrol(demo, sessionId, email, EnrollmentStatus.ATTENDED);
        var session = sessions.session(sessionId).orElseThrow();
        LocalDate on = session.endsAt().toLocalDate();
        sessions.complete(enrollment, score, on, null);
        records.completeCourse(demo.id(email), course(session.courseCode()), on, score, "SESSION", String.valueOf(enrollment));
    }

    private void activity(DemoPmoLoaded demo, String email, ActivityKind kind, String title, String provider, LocalDate on,
            String hours, UnitCategory category, String verifiedBy) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO learning_activity (person_id, kind, title, provider, occurred_on, hours, category, status,
                       verified_by, verified_at, created_at)
                VALUES (:person, :kind, :title, :provider, :on, :hours, :category, :status, :by, :at, :at)""")
                .param("person", demo.id(email)).param("kind", kind.name()).param("title", title).param("provider", provider)
                .param("on", on).param("hours", new BigDecimal(hours)).param("category", category.name())
                .param("status", verifiedBy == null ? ActivityStatus.LOGGED.name() : ActivityStatus.VERIFIED.name())
                .param("by", verifiedBy == null ? null : demo.id(verifiedBy)).param("at", OffsetDateTime.now())
                .update(keys, "id");
        if (verifiedBy != null) {
            records.completeActivity(demo.id(email), keys.getKey().longValue(), title, on, new BigDecimal(hours), category);
        }
    }

    private void map(String iri, String code) {
        jdbc.sql("INSERT INTO xapi_activity_mapping (activity_iri, course_id) VALUES (:iri, :course)")
                .param("iri", iri).param("course", courses.idByCode(code).orElseThrow()).update();
    }
}
