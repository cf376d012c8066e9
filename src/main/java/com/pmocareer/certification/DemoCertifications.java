package com.pmocareer.certification;

import com.pmocareer.certification.CertificationViews.RuleCommand;
import com.pmocareer.certification.CertificationViews.TypeCommand;
import com.pmocareer.certification.LedgerStore.NewEntry;
import com.pmocareer.people.DemoPmoLoaded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The demo PMO's certifications. Ravi is eligible for PMP next month (35 months co-leading, the exam preparation
 * done) and asks for the exam's budget; Liam holds CAPM, short in Business Acumen under the PMO's CAPM minimums; Tomás's
 * CSM expires in 20 days with 14 of 20 SEUs from the Scrum course; Hannah renews PRINCE2 Practitioner through
 * PeopleCert CPD, year by year. The mentors and the head of PMO hold the credentials a lead expects to see. Course
 * completions of the demo reach the ledger through the learning module's events, as in production.
 */
@Component
class DemoCertifications {

    private final JdbcClient jdbc;
    private final CertificationCatalog catalog;
    private final LedgerStore ledger;
    private final HeldCredentials held;

    DemoCertifications(JdbcClient jdbc, CertificationCatalog catalog, LedgerStore ledger, HeldCredentials held) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.ledger = ledger;
        this.held = held;
    }

    @EventListener
    @Order(6)
    void on(DemoPmoLoaded demo) {
        LocalDate today = demo.today();
        capmMinimumsOfThePmo();

        long ravi = demo.id("junior8@pmo.example");
        claim(ravi, today.minusMonths(4), "PMP exam preparation bootcamp (35 contact hours)", "PM Academy Berlin", "35", true,
                Map.of(LedgerCategory.PDU_WAYS_OF_WORKING, "21", LedgerCategory.PDU_POWER_SKILLS, "8",
                        LedgerCategory.PDU_BUSINESS_ACUMEN, "6"));
        goal(ravi, "PMP", GoalStatus.STUDYING, today.plusMonths(2), "555", "0", BudgetStatus.REQUESTED,
                "Exam in the window after eligibility; the bootcamp is done.");

        long liam = demo.id("junior@pmo.example");
        credential(liam, "CAPM", today.minusMonths(4), "3318754", "https://www.credly.com/badges/demo-capm-liam");
        claim(liam, today.minusMonths(2), "Stakeholder communication webinar series", "PMI Berlin/Brandenburg Chapter",
                "3", false, Map.of(LedgerCategory.PDU_POWER_SKILLS, "3"));
        goal(liam, "PMP", GoalStatus.PLANNED, today.plusMonths(14), "0", "0", BudgetStatus.NOT_NEEDED,
                "After two more years of co-leading.");

        long tomas = demo.id("junior3@pmo.example");
        credential(tomas, "CSM", today.plusDays(21).minusMonths(24), "001234567", null);

        long hannah = demo.id("junior4@pmo.example");
        credential(hannah, "PRINCE2_FOUNDATION", today.minusMonths(36), "GR656001234", null);
        LocalDate practitioner = today.minusMonths(29);
        credential(hannah, "PRINCE2_PRACTITIONER", practitioner, "GR657005678", "https://www.peoplecert.org/verify/demo");
        String[][] cpdYears = {{"15", "6"}, {"16", "5"}, {"7", "3"}};
        for (int year = 0; year < cpdYears.length; year++) {
            LocalDate start = practitioner.plusYears(year);
            claim(hannah, start.plusMonths(2), "PeopleCert CPD log: courses and reading, year " + (year + 1), "PeopleCert",
                    cpdYears[year][0], false, Map.of(LedgerCategory.CPD, cpdYears[year][0]));
            claim(hannah, start.plusMonths(3), "PeopleCert CPD log: project work, year " + (year + 1), "PeopleCert",
                    cpdYears[year][1], false, Map.of(LedgerCategory.CPD_PROFESSIONAL_EXPERIENCE, cpdYears[year][1]));
        }
        goal(demo.id("junior9@pmo.example"), "PMI_ACP", GoalStatus.BOOKED, today.plusDays(12), "435", "900",
                BudgetStatus.APPROVED, null);

        long sofia = demo.id("mentor@pmo.example");
        long sofiasPmp = credential(sofia, "PMP", today.minusYears(5).minusMonths(2), "1987654", null);
        renewedOnce(sofiasPmp, today.minusYears(5).minusMonths(2), today.minusYears(2).minusMonths(5));
        claim(sofia, today.minusMonths(14), "PMI Global Summit", "PMI", "12", false,
                Map.of(LedgerCategory.PDU_WAYS_OF_WORKING, "6", LedgerCategory.PDU_POWER_SKILLS, "4",
                        LedgerCategory.PDU_BUSINESS_ACUMEN, "2"));
        claim(sofia, today.minusMonths(6), "Speaker at the PMI chapter's spring event", "PMI Berlin/Brandenburg Chapter",
                "6", false, Map.of(LedgerCategory.PDU_GIVING_BACK, "6"));
        credential(demo.id("mentor2@pmo.example"), "PMP", today.minusMonths(30), "2034567", null);
        credential(demo.id("mentor2@pmo.example"), "ITIL4_FOUNDATION", today.minusMonths(34).minusDays(10), "GR671234", null);
        credential(demo.id("mentor3@pmo.example"), "PSM_I", today.minusYears(4), "PSM-778812", null);
        credential(demo.id("mentor3@pmo.example"), "CSM", today.minusMonths(8), "000998877", null);
        credential(demo.id("mentor4@pmo.example"), "PRINCE2_FOUNDATION", today.minusYears(7), "GR656009999", null);
        credential(demo.id("mentor4@pmo.example"), "PRINCE2_PRACTITIONER", today.minusMonths(33), "GR657009999", null);
        credential(demo.id("lead@pmo.example"), "PMP", today.minusMonths(20), "1456789", null);
        credential(demo.id("lead@pmo.example"), "SAFE_AGILIST", today.minusMonths(11), "SA-44556", null);

        int year = today.getYear();
        for (int budgetYear : List.of(year, year + 1)) {
            budget(demo, "Infrastructure & Cloud Delivery", budgetYear, "6000");
            budget(demo, "Digital & Applications Delivery", budgetYear, "4000");
        }
        held.changed();
    }

    /** PMI does not publish CAPM's split by category; this PMO asks for 3 PDUs on each Talent Triangle side. */
    private void capmMinimumsOfThePmo() {
        TypeCommand capm = catalog.command("CAPM");
        List<RuleCommand> rules = new ArrayList<>(capm.rules());
        List<LedgerCategory> sides = List.of(LedgerCategory.PDU_WAYS_OF_WORKING, LedgerCategory.PDU_POWER_SKILLS,
                LedgerCategory.PDU_BUSINESS_ACUMEN);
        for (LedgerCategory side : sides) {
            rules.add(new RuleCommand(RuleKind.MINIMUM, side.label(), List.of(side), new BigDecimal("3"), null));
        }
        catalog.replaceForDemo(new TypeCommand(capm.code(), capm.issuer(), capm.name(), capm.level(), capm.suite(),
                capm.suiteRank(), capm.validityMonths(), capm.unitName(), capm.unitsRequired(), capm.carryOverMax(),
                capm.carryOverMonths(), capm.accepted(), capm.renewalByExam(), capm.renewalByHigher(), capm.renewalFee(),
                capm.examFee(), capm.currency(), capm.graceDays(), capm.ruleStatus(), capm.source(), capm.checkedOn(),
                capm.notes() + " The PMO asks for at least 3 PDUs on each Talent Triangle side until PMI's split is confirmed.",
                rules, capm.routes(), capm.version()));
    }

    private long credential(long personId, String code, LocalDate earnedOn, String number, String verificationUrl) {
        var type = catalog.get(code);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO credential (person_id, type_id, credential_number, earned_on, cycle_start, cycle_end,
                    verification_url, created_at)
                VALUES (:person, :type, :number, :earnedOn, :earnedOn, :end, :url, :now)""")
                .param("person", personId).param("type", type.id()).param("number", number).param("earnedOn", earnedOn)
                .param("end", type.policy().lifetime() ? null : earnedOn.plusMonths(type.policy().validityMonths()).minusDays(1))
                .param("url", verificationUrl).param("now", OffsetDateTime.now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    private void renewedOnce(long credentialId, LocalDate firstStart, LocalDate renewedOn) {
        LocalDate firstEnd = firstStart.plusMonths(36).minusDays(1);
        jdbc.sql("""
                INSERT INTO credential_cycle (credential_id, cycle_number, starts_on, ends_on, renewed_on, route, carried_over)
                VALUES (:id, 1, :start, :end, :renewedOn, 'UNITS', 0)""")
                .param("id", credentialId).param("start", firstStart).param("end", firstEnd).param("renewedOn", renewedOn).update();
        jdbc.sql("UPDATE credential SET cycle_number = 2, cycle_start = :start, cycle_end = :end WHERE id = :id")
                .param("start", firstEnd.plusDays(1)).param("end", firstEnd.plusMonths(36)).param("id", credentialId).update();
    }

    private void claim(long personId, LocalDate on, String title, String provider, String hours, boolean pmEducation,
            Map<LedgerCategory, String> units) {
        Map<LedgerCategory, BigDecimal> amounts = new java.util.EnumMap<>(LedgerCategory.class);
        units.forEach((category, amount) -> amounts.put(category, new BigDecimal(amount)));
        ledger.insert(new NewEntry(personId, on, title, provider, LedgerSource.CLAIM, null, new BigDecimal(hours), pmEducation,
                null, "https://pmo.example/evidence/" + Math.abs(title.hashCode()), null, null, null, amounts),
                OffsetDateTime.now());
    }

    private void goal(long personId, String code, GoalStatus status, LocalDate examOn, String examCost, String courseCost,
            BudgetStatus budget, String notes) {
        jdbc.sql("""
                INSERT INTO certification_goal (person_id, type_id, status, planned_exam_on, exam_cost, course_cost,
                    budget_year, budget_status, notes, created_at)
                VALUES (:person, :type, :status, :examOn, :examCost, :courseCost, :year, :budget, :notes, :now)""")
                .param("person", personId).param("type", catalog.get(code).id()).param("status", status.name())
                .param("examOn", examOn).param("examCost", new BigDecimal(examCost)).param("courseCost", new BigDecimal(courseCost))
                .param("year", examOn.getYear()).param("budget", budget.name()).param("notes", notes)
                .param("now", OffsetDateTime.now()).update();
    }

    private void budget(DemoPmoLoaded demo, String orgUnit, int year, String amount) {
        jdbc.sql("""
                INSERT INTO certification_budget (org_unit_id, budget_year, amount, currency, updated_by, updated_at)
                SELECT id, :year, :amount, 'EUR', :lead, :now FROM org_unit WHERE name = :name""")
                .param("year", year).param("amount", new BigDecimal(amount)).param("lead", demo.id("lead@pmo.example"))
                .param("now", OffsetDateTime.now()).param("name", orgUnit).update();
    }
}
